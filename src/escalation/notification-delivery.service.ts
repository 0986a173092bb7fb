import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { AuditService } from '../audit/audit.service';
import { ConfigStore } from '../ownership/config.store';
import { AppConfig, publicBaseUrl } from '../platform/config/app-config';
import { ChannelSender } from '../platform/outbound/channel-sender';
import type { OutboundMessage } from '../platform/outbound/domain/outbound-message';
import { consolePathOf } from '../issues/domain/issue-story';
import { maskText } from '../access/domain/masking';
import { PrivacyService } from '../privacy/privacy.service';
import { EscalationService } from './escalation.service';
import { formatBudgetSummary, formatDigest, formatMessage, type DigestContent } from './domain/messages';
import type { BudgetSummary } from './domain/notification-budget';
import { EscalationQueriesRepository } from './escalation-queries.repository';
import { NotificationRepository, type NotificationRow } from './notification.repository';

/**
 * Delivers one notification row through its channel. BullMQ retries a failure with exponential
 * backoff; the last failed attempt dead-letters the row, which stays visible on the issue's timeline,
 * in GET /v1/notifications?status=dead and, through the channel's last delivery, in the escalation audit.
 */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly queries: EscalationQueriesRepository,
    private readonly store: ConfigStore,
    private readonly sender: ChannelSender,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly privacy: PrivacyService,
    private readonly escalation: EscalationService,
  ) {}

  async deliver(notificationId: string, attempt: number, maxAttempts: number): Promise<string> {
    const row = await this.notifications.findById(notificationId);
    if (!row) throw new UnrecoverableError(`notification ${notificationId} does not exist`);
    if (row.status === 'sent' || row.status === 'dead') return row.status;
    const channel = await this.store.channel(row.channel_id);
    if (!channel) return this.fail(row, attempt, maxAttempts, `channel ${row.channel_id} no longer exists`, true);
    const message = row.payload
      ? await this.manyIssuesMessage(row.payload, channel.kind)
      : await this.issueMessage(row, channel.kind);
    if (!message) return this.fail(row, attempt, maxAttempts, 'issue no longer exists', true);
    try {
      await this.sender.send(channel, message);
    } catch (error) {
      return this.fail(row, attempt, maxAttempts, (error as Error).message, false);
    }
    await this.notifications.markSent(row.id, attempt);
    await this.store.recordDelivery(channel.id, true, null);
    return 'sent';
  }

  /**
   * Titles quote the latest failure's own words; a chat channel is no role privacy.visibleTo names, so
   * the values of privacy.sensitiveFields those failures held are masked in them.
   */
  private async maskedTitles(items: Array<{ issueId: string; title: string }>): Promise<string[]> {
    const masking = await this.privacy.maskingFor(undefined);
    if (!masking || items.length === 0) return items.map((item) => item.title);
    const hidden = await this.privacy.hiddenValues(masking.fields, {
      issueIds: items.map((item) => item.issueId),
      eventIds: [],
    });
    return items.map((item) => maskText(item.title, hidden));
  }

  private async manyIssuesMessage(
    payload: DigestContent | BudgetSummary,
    kind: Parameters<typeof formatMessage>[0],
  ): Promise<OutboundMessage> {
    if (!('type' in payload) || payload.type !== 'budget_summary') {
      const digest = payload as DigestContent;
      const titles = await this.maskedTitles(digest.items);
      return formatDigest(kind, { ...digest, items: digest.items.map((item, i) => ({ ...item, title: titles[i] })) });
    }
    const base = publicBaseUrl(this.config);
    return formatBudgetSummary(
      kind,
      payload,
      this.config.NOTIFY_BUDGET_WINDOW_MS,
      `${base}/console#/issues?integration=${encodeURIComponent(payload.integration)}`,
    );
  }

  private async issueMessage(
    row: NotificationRow,
    kind: Parameters<typeof formatMessage>[0],
  ): Promise<OutboundMessage | undefined> {
    const issue = row.issue_id ? await this.queries.messageIssue(row.issue_id) : undefined;
    if (!issue) return undefined;
    const urgency = await this.queries.lastUrgency(issue.id);
    const base = publicBaseUrl(this.config);
    return formatMessage(kind, {
      kind: row.drill_id ? 'drill' : row.level === 0 ? 'notified' : 'escalated',
      issueId: issue.id,
      title: (await this.maskedTitles([{ issueId: issue.id, title: issue.title }]))[0],
      classification: issue.classification,
      category: issue.category,
      ownerTeam: issue.owner_team,
      level: row.level,
      urgency: urgency ?? 'page',
      afterHours: row.after_hours,
      integration: issue.integration,
      occurrences: issue.occurrences,
      distinctRecords: issue.distinct_records,
      topReasons: issue.reasons
        .filter((r) => r.weight > 0)
        .slice(0, 3)
        .map((r) => r.detail),
      href: `${base}${consolePathOf(issue.id)}`,
      drillId: row.drill_id,
    });
  }

  private async fail(
    row: NotificationRow,
    attempt: number,
    maxAttempts: number,
    reason: string,
    permanent: boolean,
  ): Promise<never> {
    const dead = permanent || attempt >= maxAttempts;
    await this.notifications.markFailed(row.id, dead ? 'dead' : 'retrying', attempt, reason);
    await this.store.recordDelivery(row.channel_id, false, reason);
    if (dead) {
      await this.audit.record([
        {
          issueId: row.issue_id,
          actor: 'system',
          action: 'notification_dead_lettered',
          detail: { notification: row.id, channel: row.channel_id, level: row.level, attempts: attempt, error: reason },
        },
      ]);
      // a level that reached nobody must not leave the next one waiting out its delay
      if (row.issue_id)
        await this.escalation.afterDeadLetter(row.issue_id, row.state_key, row.level).catch(() => undefined);
      throw new UnrecoverableError(`notification ${row.id} dead-lettered after ${attempt} attempt(s): ${reason}`);
    }
    throw new Error(reason);
  }
}
