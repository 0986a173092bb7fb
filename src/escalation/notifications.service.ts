import { Injectable } from '@nestjs/common';
import { NotificationRepository, type NotificationFilter, type NotificationListItem } from './notification.repository';

/** Every notification Seam sent or tried to, for GET /v1/notifications. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(
    filter: Omit<NotificationFilter, 'limit'> & { limit?: number },
  ): Promise<{ items: NotificationListItem[] }> {
    return { items: await this.notifications.list({ ...filter, limit: filter.limit ?? 100 }) };
  }
}
