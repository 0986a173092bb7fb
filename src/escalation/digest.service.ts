import { Injectable } from '@nestjs/common';
import type { EscalationOutcome } from './domain/escalation-outcome';
import { IssueRepository } from '../issues/issue.repository';
import { AuditService } from '../audit/audit.service';
import { ConfigStore } from '../ownership/config.store';
import { AppConfig, publicBaseUrl } from '../platform/config/app-config';
import { isBusinessTime, localParts } from './domain/business-hours';
import { planEscalation, policyFor } from './domain/escalation-plan';
import type { SeamConfig, Team } from '../core/seam-config.types';
import type { DigestContent } from './domain/messages';
import type { BudgetSummary } from './domain/notification-budget';
import { consolePathOf } from '../issues/domain/issue-story';
import { DigestItemRepository } from './digest-item.repository';
import { EscalationQueriesRepository } from './escalation-queries.repository';
import { NotificationBudgetService } from './notification-budget.service';
import { NotificationWriter, type Target } from './notification-writer';
import { NotificationRepository } from './notification.repository';

/**
 * Messages about many issues at once: each team's daily digest of low-urgency issues, and the summary
 * of the pages the notification budget held. Both go to whom a team's first level would page.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly issues: IssueRepository,
    private readonly store: ConfigStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly budget: NotificationBudgetService,
    private readonly writer: NotificationWriter,
    private readonly queries: EscalationQueriesRepository,
    private readonly digestItems: DigestItemRepository,
    private readonly notifications: NotificationRepository,
  ) {}

  /** Low urgency: the issue waits for the team's daily digest instead of paging anyone. */
  async queueForDigest(issueId: string, stateKey: string, team: Team, why: string): Promise<EscalationOutcome> {
    if (!(await this.issues.claimForDigest(issueId, stateKey))) return { kind: 'digest', queued: false };
    await this.digestItems.queue(issueId, stateKey, team.slug);
    await this.audit.record([
      { issueId, actor: 'system', action: 'queued_for_digest', detail: { team: team.slug, why } },
    ]);
    return { kind: 'digest', queued: true };
  }

  /** Each team's digest, once per local day, in its business hours. */
  async sendDigests(now: Date): Promise<number> {
    const pending = await this.queries.pendingDigestItems();
    if (pending.length === 0) return 0;
    const config = await this.store.load();
    let sent = 0;
    for (const slug of [...new Set(pending.map((p) => p.team))]) {
      const team = config.teams.find((t) => t.slug === slug);
      if (!team || !isBusinessTime(team.businessHours, config.calendar, now, team.region)) continue;
      const day = localParts(now, team.businessHours?.timeZone ?? 'UTC').date;
      const digestKey = `digest:${slug}:${day}`;
      if (await this.notifications.existsForStateKey(digestKey)) continue; // one digest per team per local day
      const items = pending.filter((p) => p.team === slug);
      const base = publicBaseUrl(this.config);
      const content: DigestContent = {
        team: team.name,
        date: day,
        items: items.map((item) => ({
          issueId: item.issue_id,
          title: item.title,
          classification: item.classification,
          occurrences: item.occurrences,
          distinctRecords: item.distinct_records,
          integration: item.integration,
          href: `${base}${consolePathOf(item.issue_id)}`,
        })),
      };
      const channels = this.firstLevelOf(config, team, now);
      await this.writer.deliver(await this.writer.forMany(digestKey, channels, content));
      await this.digestItems.markSent(
        slug,
        items.map((i) => i.issue_id),
        now,
      );
      await this.audit.record(
        items.map((item) => ({
          issueId: item.issue_id,
          actor: 'system',
          action: 'included_in_digest',
          detail: { team: slug, date: day, channels: channels.map((c) => c.channelId) },
        })),
      );
      sent += 1;
    }
    return sent;
  }

  /** After a budget window ends: one summary per team and integration of the pages it held. */
  async sendBudgetSummaries(now: Date): Promise<number> {
    const due = await this.budget.claimDueSummaries(now);
    if (due.length === 0) return 0;
    const config = await this.store.load();
    for (const summary of due) {
      const team = config.teams.find((t) => t.slug === summary.team);
      if (!team) continue;
      const content: BudgetSummary = {
        type: 'budget_summary',
        integration: summary.integration,
        team: team.name,
        held: summary.held,
        windowStart: summary.windowStart.toISOString(),
        windowEnd: summary.windowEnd.toISOString(),
      };
      const stateKey = `budget:${team.slug}:${content.windowStart}:${summary.integration}`.slice(0, 300);
      const ids = await this.writer.forMany(stateKey, this.firstLevelOf(config, team, now), content);
      await this.writer.deliver(ids);
      const detail = { ...content, team: team.slug, notifications: ids };
      await this.audit.record([{ issueId: null, actor: 'system', action: 'notification_budget_summary', detail }]);
    }
    return due.length;
  }

  private firstLevelOf(config: SeamConfig, team: Team, now: Date): Target[] {
    const policy = policyFor(config.policies, team);
    const [first] = planEscalation({
      policy,
      team,
      teams: config.teams,
      urgency: 'page',
      openedAt: now,
      calendar: config.calendar,
    });
    return this.writer.channelsOf(config, team, first);
  }
}
