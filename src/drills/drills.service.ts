import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { nextAfterHours } from '../escalation/domain/business-hours';
import { policyFor } from '../escalation/domain/escalation-plan';
import { DRILL_INTEGRATION_PREFIX, DRILL_RUN_PREFIX } from '../escalation/drill-marker';
import type { SyncEventDto } from '../intake/dto/sync-event.dto';
import { IngestService } from '../intake/ingest.service';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { ConfigStore } from '../ownership/config.store';
import { EscalationAudit } from '../core/escalation-audit';
import { SeamError } from '../platform/errors/seam-error';
import { RoutingService } from '../routing/routing.service';
import { isUuid } from '../platform/text/uuid';
import { DrillQueriesRepository, type DrillTimelineEntry } from './drill-queries.repository';
import { DrillRepository } from './drill.repository';
import {
  ackWithinMinutesOf,
  judgeDrill,
  type DrillFacts,
  type DrillVerdict,
  type FiredLevel,
} from './domain/drill-verdict';

export const DRILL_SCENARIOS = ['login_failure', 'data_mismatch', 'integration_outage'] as const;
export type DrillScenario = (typeof DRILL_SCENARIOS)[number];

/** Synthetic incidents shaped like the real thing, so the classifier, routing and escalation all run for real. */
function scenarioEvents(scenario: DrillScenario, integration: string, drillId: string, at: Date): SyncEventDto[] {
  const base = {
    integration,
    occurredAt: at.toISOString(),
    status: 'failed' as const,
    runId: `${DRILL_RUN_PREFIX}${drillId}`,
    target: { system: 'netsuite', entity: 'salesOrder' },
  };
  switch (scenario) {
    case 'login_failure':
      return [
        {
          ...base,
          eventId: `${drillId}-1`,
          source: { system: 'portal', entity: 'order', id: 'DRILL-1' },
          error: {
            message: 'Invalid login attempt. For more details, see the Login Audit Trail.',
            code: 'INVALID_LOGIN',
            httpStatus: 401,
          },
        },
      ];
    case 'data_mismatch':
      return [
        {
          ...base,
          eventId: `${drillId}-1`,
          source: { system: 'portal', entity: 'order', id: 'DRILL-1' },
          error: { message: 'Invalid customer reference key 999999.', code: 'INVALID_KEY_OR_REF', httpStatus: 400 },
        },
      ];
    case 'integration_outage':
      return Array.from({ length: 5 }, (_, i) => ({
        ...base,
        eventId: `${drillId}-${i + 1}`,
        source: { system: 'portal', entity: 'order', id: `DRILL-${i + 1}` },
        error: { message: 'Service Unavailable: the account is undergoing scheduled maintenance', httpStatus: 503 },
      }));
  }
}

/**
 * Drills: a marked incident through the real pipeline, optionally as if it happened out of hours, and a
 * report of who was notified at each level, who acknowledged and how fast. Drill issues carry drill_id
 * and never appear in the console's lists or the engineering queue.
 */
@Injectable()
export class DrillsService {
  private readonly logger = new Logger(DrillsService.name);

  constructor(
    private readonly drills: DrillRepository,
    private readonly drillQueries: DrillQueriesRepository,
    private readonly ingest: IngestService,
    private readonly store: ConfigStore,
    private readonly routing: RoutingService,
    private readonly escalationAudit: EscalationAudit,
    private readonly audit: AuditService,
  ) {}

  async start(input: { scenario: DrillScenario; afterHours?: boolean; asIf?: string }, actor: string) {
    const id = randomUUID();
    const integration = `${DRILL_INTEGRATION_PREFIX}${id.slice(0, 8)}`;
    const now = new Date();
    let asIf = input.asIf ? new Date(input.asIf) : undefined;
    if (input.afterHours && !asIf) asIf = await this.nextAfterHours(input.scenario, integration, now);
    const events = scenarioEvents(input.scenario, integration, id, now);
    // the drill's own events are named here, before they exist: this, not anything in an event, makes an issue a drill's
    await this.drills.insert({
      id,
      scenario: input.scenario,
      integration,
      asIf: asIf ?? null,
      clockOffsetMs: asIf ? asIf.getTime() - now.getTime() : 0,
      requestedBy: actor,
      eventIds: events.map((event) => event.eventId),
    });
    await this.audit.record([
      {
        issueId: null,
        actor,
        action: AUDIT_ACTIONS.drillStarted,
        detail: {
          drill: id,
          scenario: input.scenario,
          integration,
          afterHours: input.afterHours ?? false,
          asIf: asIf?.toISOString() ?? null,
        },
      },
    ]);
    await this.ingest.ingest(events);
    return { id, scenario: input.scenario, integration, asIf: asIf?.toISOString() ?? null, report: `/v1/drills/${id}` };
  }

  async report(id: string) {
    if (!isUuid(id)) throw new SeamError('drill.not_found', [`drill ${id} does not exist`]);
    // judged on read as well as by the worker: whoever looks sees the verdict as soon as it is one
    await this.judge(id);
    const row = await this.drills.findById(id);
    if (!row) throw new SeamError('drill.not_found', [`drill ${id} does not exist`]);
    const { verdict, verdictReason, judgedAt, ...drill } = row;
    const issue = await this.drillQueries.issueOf(id);
    const notifications = issue ? await this.drillQueries.notifications(id) : [];
    const timeline = issue ? await this.drillQueries.timeline(issue.id) : [];
    const config = await this.store.load();
    const nameOf = (memberId: string | null) =>
      memberId ? (config.teams.flatMap((t) => t.members).find((m) => m.id === memberId)?.name ?? memberId) : null;
    const levels = [...new Set(notifications.map((n) => n.level))].map((level) => {
      const entry = timeline.find(
        (t) => (t.action === 'notified' || t.action === 'escalated') && t.detail.level === level,
      );
      return {
        level,
        at: entry?.at ?? notifications.find((n) => n.level === level)?.created_at,
        afterHours: notifications.some((n) => n.level === level && n.after_hours),
        ...(entry?.detail.fallback ? { fallback: entry.detail.fallback } : {}),
        notified: notifications
          .filter((n) => n.level === level)
          .map((n) => ({
            member: nameOf(n.member_id),
            channel: n.channel_id,
            kind: n.channel_kind,
            status: n.status,
            attempts: n.attempts,
          })),
      };
    });
    const ack = timeline.find((t) => t.action === 'acknowledged');
    const firstNotice = timeline.find((t) => t.action === 'notified');
    const pending = verdict ? undefined : judgeDrill(await this.facts(row.startedAt, issue, timeline), new Date());
    return {
      drill,
      issue: issue ?? null,
      levels,
      acknowledged: ack
        ? {
            at: ack.at,
            by: ack.actor,
            secondsAfterFirstNotice: firstNotice
              ? Math.round((ack.at.getTime() - firstNotice.at.getTime()) / 1000)
              : null,
          }
        : null,
      verdict: verdict
        ? { status: verdict, reason: verdictReason, judgedAt }
        : { status: 'pending', reason: pending?.reason ?? null, judgedAt: null },
    };
  }

  /**
   * Decides a drill once its outcome is known. Only a pass records the team's lastDrillAt (at the
   * acknowledgement): a drill that reached nobody, reached the lead because the cover was away, or was
   * not answered leaves the audit's "not drilled" finding standing.
   */
  async judge(id: string, now = new Date()): Promise<DrillVerdict | undefined> {
    const drill = await this.drills.findById(id);
    if (!drill || drill.verdict) return undefined;
    const issue = await this.drillQueries.issueOf(id);
    const timeline = issue ? await this.drillQueries.timeline(issue.id) : [];
    const facts = await this.facts(drill.startedAt, issue, timeline);
    const verdict = judgeDrill(facts, now);
    if (verdict.verdict === 'pending') return verdict;
    if (!(await this.drills.decide(id, verdict.verdict, verdict.reason, now))) return undefined;
    if (verdict.verdict === 'passed' && issue && facts.acknowledged) {
      await this.store.markDrilled(issue.ownerTeam, facts.acknowledged.at);
      await this.escalationAudit.afterChange('drill');
    } else {
      this.logger.warn(`drill ${id} failed: ${verdict.reason}`);
    }
    return verdict;
  }

  /** The worker's periodic pass over drills still waiting for a verdict. */
  async judgeUndecided(now = new Date()): Promise<number> {
    let decided = 0;
    for (const id of await this.drills.undecided()) if ((await this.judge(id, now))?.verdict) decided += 1;
    return decided;
  }

  private async facts(
    startedAt: Date,
    issue: { ownerTeam: string } | undefined,
    timeline: DrillTimelineEntry[],
  ): Promise<DrillFacts> {
    const config = await this.store.load();
    const team = issue ? config.teams.find((t) => t.slug === issue.ownerTeam) : undefined;
    const policy = team ? policyFor(config.policies, team) : undefined;
    const nameOf = (memberId: string) =>
      config.teams.flatMap((t) => t.members).find((m) => m.id === memberId)?.name ?? memberId;
    // a level that told nobody is on the timeline as escalation_unreachable, with no channels
    const levels: FiredLevel[] = timeline
      .filter((t) => t.action === 'notified' || t.action === 'escalated' || t.action === 'escalation_unreachable')
      .map((t) => ({
        level: Number(t.detail.level ?? 0),
        at: new Date(t.at),
        channels: Array.isArray(t.detail.channels) ? t.detail.channels.length : 0,
        ...(t.detail.fallback === 'lead' ? { fallback: 'lead' as const } : {}),
        skippedAway: Array.isArray(t.detail.skippedAway) ? (t.detail.skippedAway as string[]).map(nameOf) : [],
      }));
    const deferred = timeline.find((t) => t.action === 'notification_deferred');
    const answered = timeline.find((t) => t.action === 'acknowledged' || t.action === 'resolved');
    return {
      startedAt,
      levels,
      ...(deferred && typeof deferred.detail.until === 'string'
        ? { deferredUntil: new Date(deferred.detail.until) }
        : {}),
      ...(answered ? { acknowledged: { at: new Date(answered.at), by: answered.actor } } : {}),
      ackWithinMinutes: ackWithinMinutesOf(policy?.levels ?? [], policy?.ackWithinMinutes),
    };
  }

  /** The next hour at which the team that would own this scenario is out of hours. */
  private async nextAfterHours(scenario: DrillScenario, integration: string, now: Date): Promise<Date> {
    const config = await this.store.load();
    const classification = scenario === 'data_mismatch' ? 'bad_source_data' : 'defect';
    const owner = await this.routing.ownerOf({
      classification,
      category: 'unknown',
      system: 'netsuite',
      sourceSystem: 'portal',
      entity: 'salesOrder',
      integration,
    });
    const team = config.teams.find((t) => t.slug === owner);
    // a team that is never out of hours: the drill runs now
    return nextAfterHours(team?.businessHours, config.calendar, now, team?.region) ?? now;
  }
}
