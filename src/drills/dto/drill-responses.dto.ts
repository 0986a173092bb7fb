import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const SCENARIOS = ['login_failure', 'data_mismatch', 'integration_outage'];

export class DrillStartedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SCENARIOS, example: 'login_failure' }) scenario: string;
  @ApiProperty({ description: 'the synthetic integration its events come from', example: 'seam-drill-85ca66f6' })
  integration: string;
  @ApiProperty({ format: 'date-time', nullable: true }) asIf: string | null;
  @ApiProperty({ description: 'where to follow it', example: '/v1/drills/85ca66f6-acba-4abc-b0cb-534670cf9a00' })
  report: string;
}

class DrillDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SCENARIOS }) scenario: string;
  @ApiProperty() integration: string;
  @ApiProperty({ format: 'date-time', nullable: true }) asIf: string | null;
  @ApiProperty({ example: 'bootstrap admin' }) requestedBy: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
}

class DrillIssueDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'defect' }) classification: string;
  @ApiProperty({ example: 'auth_config' }) category: string;
  @ApiProperty({ example: 'engineering' }) ownerTeam: string;
  @ApiProperty({ example: 'new' }) status: string;
  @ApiProperty({ format: 'date-time', nullable: true }) acknowledgedAt: string | null;
}

class DrillNoticeDto {
  @ApiProperty({ nullable: true, example: 'Sam Okafor' }) member: string | null;
  @ApiProperty({ example: 'sam-mail' }) channel: string;
  @ApiProperty({ example: 'email' }) kind: string;
  @ApiProperty({ example: 'sent' }) status: string;
  @ApiProperty({ example: 1 }) attempts: number;
}

class DrillLevelDto {
  @ApiProperty({ example: 0 }) level: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: false }) afterHours: boolean;
  @ApiPropertyOptional({
    enum: ['lead'],
    description: "set when the level's own people were away and the lead stood in",
  })
  fallback?: 'lead';
  @ApiProperty({ type: [DrillNoticeDto] }) notified: DrillNoticeDto[];
}

class DrillAcknowledgedDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'Sam Okafor' }) by: string;
  @ApiProperty({ nullable: true, example: 240 }) secondsAfterFirstNotice: number | null;
}

class DrillVerdictDto {
  @ApiProperty({ enum: ['pending', 'passed', 'failed'] }) status: string;
  @ApiProperty({ nullable: true, example: 'level 1 fell back to the lead: Nia Night away' }) reason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) judgedAt: string | null;
}

export class DrillReportDto {
  @ApiProperty({ type: DrillDto }) drill: DrillDto;
  @ApiProperty({ type: DrillIssueDto, nullable: true, description: 'null until the pipeline has made its issue' })
  issue: DrillIssueDto | null;
  @ApiProperty({ type: [DrillLevelDto] }) levels: DrillLevelDto[];
  @ApiProperty({ type: DrillAcknowledgedDto, nullable: true }) acknowledged: DrillAcknowledgedDto | null;
  @ApiProperty({
    type: DrillVerdictDto,
    description: 'a drill passes only when someone it meant to reach acknowledged in time',
  })
  verdict: DrillVerdictDto;
}
