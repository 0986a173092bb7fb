import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class OnCallTurnDto {
  @ApiProperty({ description: 'member id' }) member: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'when this turn began (ISO)' }) from: string;
  @ApiProperty({ description: 'when it ends: the next hand-off or the end of an override (ISO)' }) until: string;
  @ApiProperty({ description: 'away then: escalation skips them and the audit flags it' }) away: boolean;
  @ApiPropertyOptional({ description: 'set when an override, not the rotation, put them on call' }) override?: {
    reason?: string;
  };
}

export class RotationOnCallDto {
  @ApiProperty() rotation: string;
  @ApiProperty({ type: OnCallTurnDto, nullable: true, description: 'null before the rotation starts' })
  now: OnCallTurnDto | null;
  @ApiProperty({ type: OnCallTurnDto, nullable: true }) next: OnCallTurnDto | null;
}

export class OnCallDto {
  @ApiProperty() team: string;
  @ApiProperty({ description: 'the instant this answer is for (ISO)' }) at: string;
  @ApiProperty({ type: [RotationOnCallDto] }) rotations: RotationOnCallDto[];
}
