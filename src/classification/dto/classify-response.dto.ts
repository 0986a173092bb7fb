import { ApiProperty } from '@nestjs/swagger';
import { ReasonDto } from '../../issues/dto/reason.dto';

export class ClassifyResponseDto {
  @ApiProperty({ enum: ['defect', 'bad_source_data', 'process_change', 'needs_triage'] }) classification: string;
  @ApiProperty() category: string;
  @ApiProperty({
    description:
      'calibrated: answers given at 0.9 were right (label or altLabel) about 90% of the time on held-out folds',
  })
  confidence: number;
  @ApiProperty({
    enum: ['defect', 'bad_source_data', 'process_change'],
    description: 'the best class even when the answer is needs_triage',
  })
  leaning: string;
  @ApiProperty({
    type: [String],
    description: 'the two most likely classes, best first: what a person decides between',
  })
  candidates: string[];
  @ApiProperty({ description: 'owner team slug' }) owner: string;
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
  @ApiProperty() fingerprint: string;
}
