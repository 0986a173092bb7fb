import { Requires } from '../access/access.decorators';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { DataSource } from 'typeorm';
import { NotificationListDto } from './dto/escalation-responses.dto';

const STATUSES = ['queued', 'retrying', 'sent', 'dead'] as const;

export class NotificationQueryDto {
  @IsOptional() @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` }) status?: (typeof STATUSES)[number];
  @IsOptional() @IsUUID('all', { message: 'issueId must be a UUID' }) issueId?: string;
  @IsOptional() @IsUUID('all', { message: 'drillId must be a UUID' }) drillId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** Every notification Seam sent or tried to: the dead-letter list is ?status=dead. */
@ApiTags('notifications')
@Requires('issues.read')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Notifications, newest first; filter by status (dead = dead-lettered), issue or drill' })
  @ApiOkResponse({ type: NotificationListDto })
  async list(@Query() query: NotificationQueryDto) {
    const items = await this.db.query(
      `SELECT id::text, issue_id AS "issueId", drill_id AS "drillId", level, team, member_id AS "memberId", channel_id AS "channelId", channel_kind AS "channelKind",
              after_hours AS "afterHours", copy_of AS "copyOf", deliver_after AS "deliverAfter", status, attempts, last_error AS "lastError", created_at AS "createdAt", updated_at AS "updatedAt"
       FROM notification
       WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR issue_id = $2) AND ($3::uuid IS NULL OR drill_id = $3)
       ORDER BY id DESC LIMIT $4`,
      [query.status ?? null, query.issueId ?? null, query.drillId ?? null, query.limit ?? 100],
    );
    return { items };
  }
}
