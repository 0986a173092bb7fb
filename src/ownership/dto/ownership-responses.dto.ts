import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TeamDto } from './seam-config.dto';

export class AuditFindingDto {
  @ApiProperty({ example: 'policy_never_drilled' }) kind: string;
  @ApiProperty({ example: 'support' }) team: string;
  @ApiProperty({ example: 'support policy' }) subject: string;
  @ApiProperty({ example: "Support desk's escalation policy has never been drilled." }) detail: string;
  @ApiProperty({ enum: ['critical', 'warning'], example: 'warning' }) severity: string;
}

/** What PUT /v1/config and the one-team calls answer: what is in force now, and what the escalation audit finds in it. */
export class ConfigAppliedDto {
  @ApiProperty({ example: 3 }) teams: number;
  @ApiProperty({ example: 5 }) routes: number;
  @ApiProperty({ example: 3 }) policies: number;
  @ApiProperty({ example: 3 }) calendarDays: number;
  @ApiProperty({ example: 1 }) knownIssues: number;
  @ApiProperty({ example: 1 }) hypercare: number;
  @ApiProperty({ type: [AuditFindingDto] }) findings: AuditFindingDto[];
}

export class TeamListDto {
  @ApiProperty({
    type: [TeamDto],
    description: 'channels also carry lastDelivery { at, ok, error }; webhook URLs whole only to admins',
  })
  items: TeamDto[];
}

/** An away period as stored (the request's own is AwayPeriodDto in seam-config.dto.ts). */
export class StoredAwayPeriodDto {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'absent: away until marked back' }) until?: string;
  @ApiPropertyOptional({ example: 'annual leave' }) reason?: string;
}

export class AwaySetDto {
  @ApiProperty({ example: 'support' }) team: string;
  @ApiProperty({ example: 'raj' }) member: string;
  @ApiProperty({ example: true, description: 'away now: the flag, or a dated period in force' }) away: boolean;
  @ApiProperty({ type: [StoredAwayPeriodDto] }) awayPeriods: StoredAwayPeriodDto[];
}

export class ReachedLevelDto {
  @ApiProperty({ example: 0 }) level: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() afterHours: boolean;
  @ApiProperty({ type: [String], description: 'member ids reached (each has a channel)', example: ['mia'] })
  members: string[];
  @ApiProperty({ type: [String], description: 'member ids the level named who have no channel' })
  withoutChannel: string[];
  @ApiProperty({ type: [String], description: 'team channel ids' }) channels: string[];
  @ApiPropertyOptional({ enum: ['lead'], description: "the level's own people were away or missing" })
  fallback?: 'lead';
  @ApiProperty({ type: [String], description: 'member ids skipped as away' }) skippedAway: string[];
  @ApiProperty({ description: 'some target of the level has been confirmed to reach someone' }) anyVerified: boolean;
}

export class ReachDto {
  @ApiProperty({ example: 'support' }) team: string;
  @ApiProperty({ enum: ['page', 'business_hours', 'digest'] }) urgency: string;
  @ApiProperty({ type: [String], example: ['defect'] }) classes: string[];
  @ApiProperty({ enum: ['now', 'after_hours'] }) when: string;
  @ApiProperty({ format: 'date-time', description: 'the moment the chain is planned for' }) at: string;
  @ApiProperty({ type: [ReachedLevelDto] }) levels: ReachedLevelDto[];
}

export class AuditRunDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['config_change', 'people_change', 'drill', 'scheduled'] }) trigger: string;
  @ApiProperty() total: number;
  @ApiProperty() critical: number;
  @ApiProperty({ type: [String] }) kinds: string[];
}

export class ChannelVerifiedDto {
  @ApiProperty({ example: 'mia-mail' }) channel: string;
  @ApiProperty({ format: 'date-time' }) verifiedAt: string;
}

export class EscalationAuditDto {
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty({ nullable: true, example: '2 escalation path problems: 1 critical' }) banner: string | null;
  @ApiProperty({ type: [AuditFindingDto] }) findings: AuditFindingDto[];
  @ApiProperty({ type: [ReachDto], description: 'who each chain would reach, now and at the next out-of-hours time' })
  reachability: ReachDto[];
  @ApiProperty({
    type: AuditRunDto,
    nullable: true,
    description: "the worker's last run (after a change or on schedule)",
  })
  lastRun: AuditRunDto | null;
}
