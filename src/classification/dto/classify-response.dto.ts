import { ApiProperty } from '@nestjs/swagger';

export class ReasonDto {
  @ApiProperty() signal: string;
  @ApiProperty() detail: string;
  @ApiProperty() weight: number;
}

export class ClassifyResponseDto {
  @ApiProperty({ enum: ['defect', 'bad_source_data', 'process_change', 'needs_triage'] }) classification: string;
  @ApiProperty() category: string;
  @ApiProperty() confidence: number;
  @ApiProperty({ description: 'owner team slug' }) owner: string;
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
  @ApiProperty() fingerprint: string;
}
