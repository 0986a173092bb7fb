import { ApiProperty } from '@nestjs/swagger';

export class NotificationDto {
  @ApiProperty({ example: '1' }) id: string;
  @ApiProperty({ format: 'uuid' }) issueId: string;
  @ApiProperty({ format: 'uuid', nullable: true }) drillId: string | null;
  @ApiProperty({ example: 0 }) level: number;
  @ApiProperty({ example: 'engineering' }) team: string;
  @ApiProperty({ nullable: true, example: 'sam' }) memberId: string | null;
  @ApiProperty({ example: 'sam-mail' }) channelId: string;
  @ApiProperty({ enum: ['email', 'slack', 'teams', 'webhook', 'jira'], example: 'email' }) channelKind: string;
  @ApiProperty({ example: false }) afterHours: boolean;
  @ApiProperty({ enum: ['queued', 'retrying', 'sent', 'dead'], example: 'sent' }) status: string;
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({ nullable: true, example: null }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
}

export class HypercareWindowDto {
  @ApiProperty({ example: 'portal-netsuite-orders' }) integration: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) until: string;
  @ApiProperty({ required: false, example: 'engineering' }) engineeringTeam?: string;
  @ApiProperty({ required: false, example: 'support' }) firstResponderTeam?: string;
  @ApiProperty({ description: 'in force now', example: true }) active: boolean;
}

export class HypercareListDto {
  @ApiProperty({ type: [HypercareWindowDto] }) items: HypercareWindowDto[];
}

class ReportPeriodDto {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ example: 7 }) days: number;
}

class ReportClassDto {
  @ApiProperty({ example: 'process_change' }) classification: string;
  @ApiProperty({ example: 1 }) issues: number;
  @ApiProperty({ example: 4 }) failures: number;
}

class ReportEscalationsDto {
  @ApiProperty({ example: 3 }) notified: number;
  @ApiProperty({ example: 1 }) escalated: number;
  @ApiProperty({ example: 0 }) deadLettered: number;
}

class ReportAcknowledgeDto {
  @ApiProperty({ example: 2 }) acknowledged: number;
  @ApiProperty({ nullable: true, example: 540 }) medianSeconds: number | null;
}

export class HypercareReportDto {
  @ApiProperty({ example: 'portal-netsuite-orders' }) integration: string;
  @ApiProperty({ type: HypercareWindowDto, nullable: true, description: 'the window configured for it, if any' })
  window: HypercareWindowDto | null;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: [ReportClassDto] }) classes: ReportClassDto[];
  @ApiProperty({ type: ReportEscalationsDto }) escalations: ReportEscalationsDto;
  @ApiProperty({ type: ReportAcknowledgeDto }) acknowledge: ReportAcknowledgeDto;
}
