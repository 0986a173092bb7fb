import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TRANSIENT_CATEGORIES } from '../classification/domain/categories';
import type { Category, Classification, Reason } from '../classification/domain/classification.types';
import { AuditService } from '../audit/audit.service';
import { ConfigStore } from '../ownership/config.store';
import { AppConfig } from '../platform/config/app-config';
import { ESCALATION_QUEUE, type EscalatePayload } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { planEscalation, urgencyOf, type EscalationStep } from './domain/escalation-plan';
import type { EscalationPolicy, SeamConfig, Team, Urgency } from './domain/escalation.types';
import { isBusinessTime, localParts } from './domain/business-hours';
import type { DigestContent } from './domain/messages';
import type { BudgetSummary } from './domain/notification-budget';
import { NotificationBudgetStore } from './notification-budget.store';
import { consolePathOf } from '../issues/domain/issue-story';
import { isTransientNoise, matchingKnownIssue, notifyDecision, stateChangeKey, type NoiseFacts } from './domain/noise';

const MINUTE = 60_000;
/** BullMQ job ids may not contain ':'; state keys do. Deterministic ids are what make re-enqueues no-ops. */
const jobIdOf = (...parts: Array<string | number>): string => parts.join('~').replace(/:/g, '.');
const MAX_LEVELS = 10;

interface IssueRow {
  id: string;
  status: 'new' | 'acknowledged' | 'resolved' | 'regressed';
  classification: Classification;
  category: Category;
  owner_team: string;
  integration: string;
  target_system: string | null;
  source_system: string;
  title: string;
  sample_message: string;
  last_release: string | null;
  occurrences: number;
  distinct_records: number;
  first_seen_at: Date;
  resolved_at: Date | null;
  resolved_reason: string | null;
  acknowledged_at: Date | null;
  notified_state_key: string | null;
  escalation_level: number | null;
  known_issue_id: string | null;
  drill_id: string | null;
  regressions: number;
  reasons: Reason[];
}

/** A team with no policy still gets told: everyone on it, and its shared channels, at once. */
function defaultPolicy(team: Team): EscalationPolicy {
  return { team: team.slug, levels: [{ afterMinutes: 0, notify: [...team.members.map((m) => m.id), ...(team.channels ?? []).map((c) => `channel:${c.id}`)] }], urgency: {} };
}

/** The regression count is part of the state: a second regression is news even though its status reads the same. */
export const keyOf = (issue: Pick<IssueRow, 'id' | 'status' | 'classification' | 'owner_team' | 'regressions'>): string =>
  stateChangeKey(issue.id, `${issue.status}.${issue.regressions}`, issue.classification, issue.owner_team);

/**
 * Decides, after each stored failure, whether an issue's owner should hear of it, and runs the
 * escalation chain as BullMQ delayed jobs: level by level until someone acknowledges. The decisions
 * (noise, known issues, urgency, plan) are the pure functions in ./domain; this is their glue.
 */
@Injectable()
export class EscalationService {
  private readonly logger = new Logger(EscalationService.name);

  constructor(
    private readonly db: DataSource,
    private readonly store: ConfigStore,
    private readonly queues: QueueService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly budget: NotificationBudgetStore,
  ) {}

  /** Cheap when nothing is due: one read. Never throws: a missed check is retried by the next event or the sweep. */
  async consider(issueId: string): Promise<void> {
    try {
      const issue = await this.issue(issueId);
      if (!issue || issue.status === 'resolved' || issue.status === 'acknowledged') return;
      const stateKey = keyOf(issue);
      if (issue.notified_state_key === stateKey) return;
      const clockOffsetMs = issue.drill_id ? await this.drillClockOffset(issue.drill_id) : 0;
      // one check per committed batch of the issue's failures until the state is notified: the batch that
      // crosses a threshold must be the one that notifies (after that, consider() stops at the read above)
      await this.queues.enqueue('escalate', { issueId, stateKey, level: 0, ...(clockOffsetMs ? { clockOffsetMs } : {}) }, { jobId: jobIdOf('check', stateKey, issue.occurrences) });
    } catch (error) {
      this.logger.warn(`escalation check for issue ${issueId} not queued: ${(error as Error).message}`);
    }
  }

  /** Acknowledging (or resolving) stops the chain: pending levels are removed, and would stop themselves anyway. */
  async stop(issue: Pick<IssueRow, 'id' | 'status' | 'classification' | 'owner_team' | 'regressions'>, actor: string, reason: string): Promise<void> {
    const issueId = issue.id;
    const stateKey = keyOf(issue);
    const removed = await Promise.all(
      Array.from({ length: MAX_LEVELS }, (_, level) => this.queues.evictOnFailure(ESCALATION_QUEUE, (queue) => queue.remove(jobIdOf('level', stateKey, level))).catch(() => 0)),
    );
    if (removed.some((n) => n === 1)) await this.audit.record([{ issueId, actor, action: 'escalation_stopped', detail: { reason } }]);
  }

  async handle(job: EscalatePayload, realNow = new Date()): Promise<string> {
    // delays stay real; only the clock the plan reads (business hours, calendar) moves for an "as if" drill
    const now = new Date(realNow.getTime() + (job.clockOffsetMs ?? 0));
    const issue = await this.issue(job.issueId);
    if (!issue) return 'issue gone';
    if (keyOf(issue) !== job.stateKey) return 'state changed';
    if (issue.status === 'resolved' || issue.status === 'acknowledged') {
      if (job.level > 0) await this.audit.record([{ issueId: issue.id, actor: 'system', action: 'escalation_stopped', detail: { level: job.level, reason: issue.status === 'resolved' ? 'resolved' : 'acknowledged' } }]);
      return 'stopped';
    }
    const config = await this.store.load();
    const team = config.teams.find((t) => t.slug === issue.owner_team) ?? { slug: issue.owner_team, name: issue.owner_team, members: [] };
    const policy = config.policies.find((p) => p.team === team.slug) ?? defaultPolicy(team);
    if (!job.startedAt) return this.check(issue, job, config, team, policy, now);
    return this.runLevel(issue, job, config, team, policy, now);
  }

  /** Level 0 without a chain yet: noise control decides whether one starts. */
  private async check(issue: IssueRow, job: EscalatePayload, config: SeamConfig, team: Team, policy: EscalationPolicy, now: Date): Promise<string> {
    // a drill exists to exercise the chain: noise control would only hide what it is testing
    if (!issue.drill_id) {
      const quiet = await this.quieted(issue, job, config, now);
      if (quiet) return quiet;
    }
    return this.startChain(issue, job, config, team, policy, now);
  }

  /** Why this issue's owner should not hear of it (yet), or undefined when they should. */
  private async quieted(issue: IssueRow, job: EscalatePayload, config: SeamConfig, now: Date): Promise<string | undefined> {
    const facts = await this.noiseFacts(issue, config);
    if (isTransientNoise(config.noise, facts, now)) return 'transient';
    const known = matchingKnownIssue(config.knownIssues, facts, now);
    if (known) {
      if (issue.known_issue_id !== known.id) {
        await this.db.query(`UPDATE issue SET known_issue_id = $2 WHERE id = $1`, [issue.id, known.id]);
        await this.audit.record([{ issueId: issue.id, actor: 'system', action: 'known_issue_matched', detail: { knownIssue: known.id, title: known.title, supportScript: known.supportScript ?? null, expiresAt: known.expiresAt } }]);
      }
      return 'known issue';
    }
    // a transient failure gets the grace period for the integration's own retry before anyone hears of it
    const graceEnds = issue.first_seen_at.getTime() + config.noise.transientGraceMinutes * MINUTE;
    if (TRANSIENT_CATEGORIES.has(issue.category) && now.getTime() < graceEnds) {
      await this.queues.enqueue('escalate', job, { jobId: jobIdOf('grace', job.stateKey), delay: graceEnds - now.getTime() });
      return 'waiting for retry';
    }
    const decision = notifyDecision(config.noise, config.knownIssues, facts, now);
    if (!decision.notify) {
      const threshold = config.noise.thresholds[issue.classification];
      if (threshold?.orFailingForMinutes && facts.oldestFailingSince) {
        const due = facts.oldestFailingSince.getTime() + threshold.orFailingForMinutes * MINUTE;
        await this.queues.enqueue('escalate', job, { jobId: jobIdOf('age', job.stateKey), delay: Math.max(0, due - now.getTime()) + 1000 });
      }
      return `below threshold: ${decision.reason}`;
    }
    return undefined;
  }

  private async startChain(issue: IssueRow, job: EscalatePayload, config: SeamConfig, team: Team, policy: EscalationPolicy, now: Date): Promise<string> {
    const urgency = urgencyOf(policy, { classification: issue.classification, distinctRecords: issue.distinct_records }, config.calendar, now, team);
    if (urgency.urgency === 'digest') return this.queueForDigest(issue, job, team, urgency.why);
    const steps = this.plan(config, team, policy, urgency.urgency, now);
    const first = steps[0];
    const startedAt = now.toISOString();
    const delay = first ? Math.max(0, first.at.getTime() - now.getTime()) : 0;
    await this.queues.enqueue('escalate', { ...job, startedAt }, { jobId: jobIdOf('level', job.stateKey, 0), delay });
    if (delay > 0) {
      await this.audit.record([{ issueId: issue.id, actor: 'system', action: 'notification_deferred', detail: { until: first.at.toISOString(), urgency: urgency.urgency, why: urgency.why } }]);
    }
    return delay > 0 ? 'deferred to business hours' : 'chain started';
  }

  private async runLevel(issue: IssueRow, job: EscalatePayload, config: SeamConfig, team: Team, policy: EscalationPolicy, now: Date): Promise<string> {
    // claim the level: a redelivered or duplicated job finds it taken, so each level notifies once
    const [claimed] = await this.db.query(
      `UPDATE issue SET notified_state_key = $2, escalation_level = $3
       WHERE id = $1 AND status NOT IN ('acknowledged', 'resolved')
         AND (notified_state_key IS DISTINCT FROM $2 OR escalation_level < $3)
       RETURNING id`,
      [issue.id, job.stateKey, job.level],
    );
    if (claimed.length === 0) return 'already notified';
    // after the claim, so each issue state spends from the budget once; a drill tests the chain, not the budget
    if (job.level === 0 && !issue.drill_id) {
      const held = await this.overBudget(issue, team, now);
      if (held) return held;
    }
    const startedAt = new Date(job.startedAt!);
    const urgency = urgencyOf(policy, { classification: issue.classification, distinctRecords: issue.distinct_records }, config.calendar, startedAt, team);
    const steps = this.plan(config, team, policy, urgency.urgency, startedAt);
    const step = steps[job.level];
    if (!step) return 'no such level';
    const sent = await this.notify(issue, job, team, config, step, urgency.urgency);
    const copied = job.level === 0 ? await this.copyHypercare(issue, job, config, team, now) : [];
    await this.audit.record([
      {
        issueId: issue.id,
        actor: 'system',
        action: job.level === 0 ? 'notified' : 'escalated',
        detail: {
          level: job.level,
          team: team.slug,
          recipients: step.recipients.map((id) => nameOf(config, team, id)),
          channels: sent,
          afterHours: step.afterHours,
          urgency: urgency.urgency,
          why: urgency.why,
          ...(issue.drill_id ? { drill: issue.drill_id } : {}),
          ...(copied.length ? { hypercareCopy: copied } : {}),
        },
      },
    ]);
    if (issue.drill_id && job.level === 0) await this.store.markDrilled(team.slug, new Date());
    const next = steps[job.level + 1];
    if (next && job.level + 1 < MAX_LEVELS) {
      await this.queues.enqueue('escalate', { ...job, level: job.level + 1 }, { jobId: jobIdOf('level', job.stateKey, job.level + 1), delay: Math.max(0, next.at.getTime() - now.getTime()) });
    }
    return `level ${job.level} notified ${sent.length} channel(s)`;
  }

  /**
   * One failing request can open hundreds of issues at once: past the integration's (or everyone's) page
   * budget for the window, an issue is held, stays open and visible, and its owners get one summary at
   * the window's end instead of a page each. The chain stops here; the issue's state counts as told.
   */
  private async overBudget(issue: IssueRow, team: Team, now: Date): Promise<string | undefined> {
    const { decision, window } = await this.budget.admit(issue.integration, team.slug, now);
    if (decision.page) return undefined;
    await this.audit.record([
      {
        issueId: issue.id,
        actor: 'system',
        action: 'notification_held',
        detail: { integration: issue.integration, team: team.slug, scope: decision.scope, reason: decision.reason, window: window.start.toISOString(), summaryAt: window.end.toISOString() },
      },
    ]);
    return 'held by the notification budget';
  }

  /** After a budget window ends: one summary per team and integration of the pages it held. */
  private async sendBudgetSummaries(now: Date): Promise<number> {
    const due = await this.budget.claimDueSummaries(now);
    if (due.length === 0) return 0;
    const config = await this.store.load();
    for (const summary of due) {
      const team = config.teams.find((t) => t.slug === summary.team);
      if (!team) continue;
      const policy = config.policies.find((p) => p.team === team.slug) ?? defaultPolicy(team);
      const [first] = this.plan(config, team, policy, 'page', now);
      const content: BudgetSummary = { type: 'budget_summary', integration: summary.integration, team: team.name, held: summary.held, windowStart: summary.windowStart.toISOString(), windowEnd: summary.windowEnd.toISOString() };
      const stateKey = `budget:${team.slug}:${content.windowStart}:${summary.integration}`.slice(0, 300);
      const ids: string[] = [];
      for (const target of this.channelsOf(config, team, first)) {
        const [row] = await this.db.query(
          `INSERT INTO notification (issue_id, state_key, level, team, member_id, channel_id, channel_kind, status, payload)
           VALUES (NULL, $1, 0, $2, $3, $4, $5, 'queued', $6) ON CONFLICT (state_key, level, channel_id) DO NOTHING RETURNING id`,
          [stateKey, target.team, target.memberId, target.channelId, target.kind, JSON.stringify(content)],
        );
        if (row) ids.push(String(row.id));
      }
      await this.deliver(ids);
      await this.audit.record([{ issueId: null, actor: 'system', action: 'notification_budget_summary', detail: { ...content, team: team.slug, notifications: ids } }]);
    }
    return due.length;
  }

  /** Low urgency: the issue waits for the team's daily digest instead of paging anyone. */
  private async queueForDigest(issue: IssueRow, job: EscalatePayload, team: Team, why: string): Promise<string> {
    const [claimed] = await this.db.query(`UPDATE issue SET notified_state_key = $2 WHERE id = $1 AND notified_state_key IS DISTINCT FROM $2 RETURNING id`, [issue.id, job.stateKey]);
    if (claimed.length === 0) return 'already queued';
    await this.db.query(`INSERT INTO digest_item (issue_id, state_key, team) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [issue.id, job.stateKey, team.slug]);
    await this.audit.record([{ issueId: issue.id, actor: 'system', action: 'queued_for_digest', detail: { team: team.slug, why } }]);
    return 'queued for digest';
  }

  /**
   * The periodic sweep: re-checks issues whose check was never queued (the queue was down right after
   * their commit), and sends each team's digest once a day, in its business hours.
   */
  async sweep(now = new Date()): Promise<{ rechecked: number; digests: number; budgetSummaries: number }> {
    const missed: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM issue
       WHERE status IN ('new', 'regressed') AND drill_id IS NULL
         AND updated_at > now() - interval '1 day' AND updated_at < now() - interval '10 seconds'
         AND notified_state_key IS DISTINCT FROM (id::text || ':' || status || '.' || regressions || ':' || classification || ':' || owner_team)
       ORDER BY updated_at LIMIT 200`,
    );
    for (const { id } of missed) await this.consider(id);
    return { rechecked: missed.length, digests: await this.sendDigests(now), budgetSummaries: await this.sendBudgetSummaries(now) };
  }

  private async sendDigests(now: Date): Promise<number> {
    const pending: Array<{ team: string; issue_id: string; state_key: string; title: string; classification: string; occurrences: number; distinct_records: number; integration: string }> = await this.db.query(
      `SELECT d.team, d.issue_id, d.state_key, i.title, i.classification, i.occurrences, i.distinct_records, i.integration
       FROM digest_item d JOIN issue i ON i.id = d.issue_id
       WHERE d.sent_at IS NULL AND i.status NOT IN ('acknowledged', 'resolved')
       ORDER BY d.team, d.queued_at LIMIT 1000`,
    );
    if (pending.length === 0) return 0;
    const config = await this.store.load();
    let sent = 0;
    for (const slug of [...new Set(pending.map((p) => p.team))]) {
      const team = config.teams.find((t) => t.slug === slug);
      if (!team || !isBusinessTime(team.businessHours, config.calendar, now, team.region)) continue;
      const day = localParts(now, team.businessHours?.timeZone ?? 'UTC').date;
      const digestKey = `digest:${slug}:${day}`;
      const [already] = await this.db.query(`SELECT 1 FROM notification WHERE state_key = $1 LIMIT 1`, [digestKey]);
      if (already) continue; // one digest per team per local day
      const items = pending.filter((p) => p.team === slug);
      const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
      const content: DigestContent = {
        team: team.name,
        date: day,
        items: items.map((item) => ({ issueId: item.issue_id, title: item.title, classification: item.classification, occurrences: item.occurrences, distinctRecords: item.distinct_records, integration: item.integration, href: `${base}${consolePathOf(item.issue_id)}` })),
      };
      const policy = config.policies.find((p) => p.team === slug) ?? defaultPolicy(team);
      const [first] = this.plan(config, team, policy, 'page', now);
      const channels = this.channelsOf(config, team, first);
      const ids: string[] = [];
      for (const target of channels) {
        const [row] = await this.db.query(
          `INSERT INTO notification (issue_id, state_key, level, team, member_id, channel_id, channel_kind, status, payload)
           VALUES (NULL, $1, 0, $2, $3, $4, $5, 'queued', $6) ON CONFLICT (state_key, level, channel_id) DO NOTHING RETURNING id`,
          [digestKey, target.team, target.memberId, target.channelId, target.kind, JSON.stringify(content)],
        );
        if (row) ids.push(String(row.id));
      }
      await this.deliver(ids);
      await this.db.query(`UPDATE digest_item SET sent_at = $3 WHERE team = $1 AND sent_at IS NULL AND issue_id = ANY($2::uuid[])`, [slug, items.map((i) => i.issue_id), now]);
      await this.audit.record(items.map((item) => ({ issueId: item.issue_id, actor: 'system', action: 'included_in_digest', detail: { team: slug, date: day, channels: channels.map((c) => c.channelId) } })));
      sent += 1;
    }
    return sent;
  }

  /** The channels a step reaches: every channel of each recipient, and the team channels it names. */
  private channelsOf(config: SeamConfig, team: Team, step: EscalationStep | undefined): Array<{ team: string; memberId: string | null; channelId: string; kind: string }> {
    if (!step) return [];
    const targets: Array<{ team: string; memberId: string | null; channelId: string; kind: string }> = [];
    for (const recipient of step.recipients) {
      const owner = config.teams.find((t) => t.members.some((m) => m.id === recipient)) ?? team;
      const member = owner.members.find((m) => m.id === recipient);
      for (const channel of member?.channels ?? []) targets.push({ team: owner.slug, memberId: recipient, channelId: channel.id, kind: channel.kind });
    }
    for (const channelId of step.channels) {
      const owner = config.teams.find((t) => (t.channels ?? []).some((c) => c.id === channelId));
      const channel = owner?.channels?.find((c) => c.id === channelId);
      if (owner && channel) targets.push({ team: owner.slug, memberId: null, channelId, kind: channel.kind });
    }
    return targets;
  }

  /**
   * In an integration's hypercare window the handover is not done yet: support stays first responder and
   * the build team is copied as second line, so both hear of every new state of every issue (besides
   * the owner, who is told anyway).
   */
  private async copyHypercare(issue: IssueRow, job: EscalatePayload, config: SeamConfig, team: Team, now: Date): Promise<string[]> {
    const window = config.hypercare.find((w) => w.integration === issue.integration && new Date(w.from) <= now && now < new Date(w.until));
    if (!window) return [];
    const copied: string[] = [];
    for (const slug of [window.firstResponderTeam ?? 'support', window.engineeringTeam ?? 'engineering']) {
      const other = config.teams.find((t) => t.slug === slug);
      if (!other || other.slug === team.slug) continue;
      const policy = config.policies.find((p) => p.team === other.slug) ?? defaultPolicy(other);
      const [first] = this.plan(config, other, policy, 'page', now);
      if (first) copied.push(...(await this.notify(issue, job, other, config, first, 'page')));
    }
    return copied;
  }

  /** One delivery job per notification row, retried with backoff until NOTIFY_ATTEMPTS, then dead-lettered. */
  private async deliver(notificationIds: string[]): Promise<void> {
    await this.queues.enqueueBulk(
      'deliver-notification',
      notificationIds.map((notificationId) => ({ payload: { notificationId }, jobId: jobIdOf('notification', notificationId) })),
      { attempts: this.config.NOTIFY_ATTEMPTS, backoff: { type: 'exponential', delay: this.config.NOTIFY_BACKOFF_MS } },
    );
  }

  private plan(config: SeamConfig, team: Team, policy: EscalationPolicy, urgency: Urgency, openedAt: Date): EscalationStep[] {
    return planEscalation({ policy, team, teams: config.teams, urgency, openedAt, calendar: config.calendar });
  }

  /** One notification row per channel of every recipient, then one delivery job each. */
  private async notify(issue: IssueRow, job: EscalatePayload, team: Team, config: SeamConfig, step: EscalationStep, urgency: string): Promise<string[]> {
    const targets = this.channelsOf(config, team, step);
    const ids: string[] = [];
    for (const target of targets) {
      const [row] = await this.db.query(
        `INSERT INTO notification (issue_id, drill_id, state_key, level, team, member_id, channel_id, channel_kind, after_hours, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'queued') ON CONFLICT (state_key, level, channel_id) DO NOTHING RETURNING id`,
        [issue.id, issue.drill_id, job.stateKey, job.level, target.team, target.memberId, target.channelId, target.kind, step.afterHours],
      );
      if (row) ids.push(String(row.id));
    }
    await this.deliver(ids);
    if (targets.length === 0) {
      await this.audit.record([{ issueId: issue.id, actor: 'system', action: 'escalation_unreachable', detail: { level: job.level, urgency, recipients: step.recipients, note: 'no recipient of this level has a contact channel' } }]);
    }
    return targets.map((t) => t.channelId);
  }

  private async noiseFacts(issue: IssueRow, config: SeamConfig): Promise<NoiseFacts> {
    const windows = [...new Set(Object.values(config.noise.thresholds).map((t) => t!.windowMinutes).concat([60]))];
    const counts = new Map<number, number>();
    for (const minutes of windows) {
      const [row] = await this.db.query(`SELECT COUNT(*)::int AS n FROM sync_event WHERE issue_id = $1 AND occurred_at >= now() - make_interval(mins => $2)`, [issue.id, minutes]);
      counts.set(minutes, row.n);
    }
    const [oldest] = await this.db.query(`SELECT MIN(first_seen_at) AS at FROM issue_record WHERE issue_id = $1 AND state = 'failing'`, [issue.id]);
    return {
      classification: issue.classification,
      category: issue.category,
      status: issue.status,
      integration: issue.integration,
      system: issue.target_system ?? issue.source_system,
      sampleMessage: issue.sample_message,
      release: issue.last_release,
      failuresInWindow: (minutes: number) => counts.get(minutes) ?? issue.occurrences,
      oldestFailingSince: oldest?.at ?? null,
      firstSeenAt: issue.first_seen_at,
      resolvedAt: issue.resolved_at,
      resolvedReason: issue.resolved_reason,
    };
  }

  private async drillClockOffset(drillId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT clock_offset_ms::float8 AS offset FROM drill WHERE id = $1`, [drillId]);
    return row?.offset ?? 0;
  }

  private async issue(id: string): Promise<IssueRow | undefined> {
    const [row]: IssueRow[] = await this.db.query(
      `SELECT id, status, classification, category, owner_team, integration, target_system, source_system, title, sample_message, last_release,
              occurrences, distinct_records, first_seen_at, resolved_at, resolved_reason, acknowledged_at, notified_state_key, escalation_level,
              known_issue_id, drill_id, regressions, reasons
       FROM issue WHERE id = $1`,
      [id],
    );
    return row;
  }
}

function nameOf(config: SeamConfig, team: Team, memberId: string): string {
  for (const t of [team, ...config.teams]) {
    const member = t.members.find((m) => m.id === memberId);
    if (member) return member.name;
  }
  return memberId;
}
