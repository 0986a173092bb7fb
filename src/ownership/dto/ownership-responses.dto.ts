import { ApiProperty } from '@nestjs/swagger';
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

export class AwaySetDto {
  @ApiProperty({ example: 'support' }) team: string;
  @ApiProperty({ example: 'raj' }) member: string;
  @ApiProperty({ example: true }) away: boolean;
}

export class ChannelVerifiedDto {
  @ApiProperty({ example: 'mia-mail' }) channel: string;
  @ApiProperty({ format: 'date-time' }) verifiedAt: string;
}

export class EscalationAuditDto {
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty({ nullable: true, example: '2 escalation path problems: 1 critical' }) banner: string | null;
  @ApiProperty({ type: [AuditFindingDto] }) findings: AuditFindingDto[];
}
