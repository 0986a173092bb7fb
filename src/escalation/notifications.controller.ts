import { Requires } from '../access/access.decorators';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { NotificationListDto } from './dto/escalation-responses.dto';
import { NotificationsService } from './notifications.service';

const STATUSES = ['queued', 'retrying', 'sent', 'dead'] as const;

export class NotificationQueryDto {
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];
  @IsOptional() @IsUUID('all', { message: 'issueId must be a UUID' }) issueId?: string;
  @IsOptional() @IsUUID('all', { message: 'drillId must be a UUID' }) drillId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** Every notification Seam sent or tried to: the dead-letter list is ?status=dead. */
@ApiTags('notifications')
@Requires('issues.read')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Notifications, newest first; filter by status (dead = dead-lettered), issue or drill' })
  @ApiOkResponse({ type: NotificationListDto })
  async list(@Query() query: NotificationQueryDto) {
    return this.notifications.list(query);
  }
}
