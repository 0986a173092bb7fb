import { ApiProperty } from '@nestjs/swagger';
import { ReasonDto } from '../../../issues/dto/reason.dto';

const CLASSES = ['defect', 'bad_source_data', 'process_change', 'needs_triage'];

export class RuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, example: 'MYOB lock date is a process change' }) name: string | null;
  @ApiProperty({ example: 100 }) priority: number;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { system: 'myob', messageRegex: 'lock date' } })
  match: Record<string, unknown>;
  @ApiProperty({ enum: CLASSES, example: 'process_change' }) classification: string;
  @ApiProperty({ nullable: true, example: 'period_locked' }) category: string | null;
  @ApiProperty({ example: 'bootstrap admin' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RuleListDto {
  @ApiProperty({ type: [RuleDto] }) items: RuleDto[];
}

export class RuleTestResultDto {
  @ApiProperty({ description: 'whether the rule matches the event', example: true }) matches: boolean;
  @ApiProperty({ enum: CLASSES, example: 'process_change' }) classification: string;
  @ApiProperty({ example: 'period_locked' }) category: string;
  @ApiProperty({ example: 0.99 }) confidence: number;
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
}
