import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { isBusinessTime } from '../escalation/domain/business-hours';
import { DRILL_INTEGRATION_PREFIX, DRILL_RUN_PREFIX } from '../escalation/drill-marker';
import type { SyncEventDto } from '../intake/dto/sync-event.dto';
import { IngestService } from '../intake/ingest.service';
import { ConfigStore } from '../ownership/config.store';
import { SeamError } from '../platform/errors/seam-error';
import { RoutingService } from '../routing/routing.service';

export const DRILL_SCENARIOS = ['login_failure', 'data_mismatch', 'integration_outage'] as const;
export type DrillScenario = (typeof DRILL_SCENARIOS)[number];

const HOUR = 3600_000;

/** Synthetic incidents shaped like the real thing, so the classifier, routing and escalation all run for real. */
function scenarioEvents(scenario: DrillScenario, integration: string, drillId: string, at: Date): SyncEventDto[] {
  const base = { integration, occurredAt: at.toISOString(), status: 'failed' as const, runId: `${DRILL_RUN_PREFIX}${drillId}`, target: { system: 'netsuite', entity: 'salesOrder' } };
  switch (scenario) {
    case 'login_failure':
      return [{ ...base, eventId: `${drillId}-1`, source: { system: 'portal', entity: 'order', id: 'DRILL-1' }, error: { message: 'Invalid login attempt. For more details, see the Login Audit Trail.', code: 'INVALID_LOGIN', httpStatus: 401 } }];
    case 'data_mismatch':
      return [{ ...base, eventId: `${drillId}-1`, source: { system: 'portal', entity: 'order', id: 'DRILL-1' }, error: { message: 'Invalid customer reference key 999999.', code: 'INVALID_KEY_OR_REF', httpStatus: 400 } }];
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
  constructor(
    private readonly db: DataSource,
    private readonly ingest: IngestService,
    private readonly store: ConfigStore,
    private readonly routing: RoutingService,
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
    await this.db.query(`INSERT INTO drill (id, scenario, integration, as_if, clock_offset_ms, requested_by, event_ids) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      id,
      input.scenario,
      integration,
      asIf ?? null,
      asIf ? asIf.getTime() - now.getTime() : 0,
      actor,
      events.map((event) => event.eventId),
    ]);
    await this.audit.record([
      { issueId: null, actor, action: AUDIT_ACTIONS.drillStarted, detail: { drill: id, scenario: input.scenario, integration, afterHours: input.afterHours ?? false, asIf: asIf?.toISOString() ?? null } },
    ]);
    await this.ingest.ingest(events);
    return { id, scenario: input.scenario, integration, asIf: asIf?.toISOString() ?? null, report: `/v1/drills/${id}` };
  }

  async report(id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new SeamError('drill.not_found', [`drill ${id} does not exist`]);
    const [drill] = await this.db.query(`SELECT id, scenario, integration, as_if AS "asIf", requested_by AS "requestedBy", started_at AS "startedAt" FROM drill WHERE id = $1`, [id]);
    if (!drill) throw new SeamError('drill.not_found', [`drill ${id} does not exist`]);
    const [issue] = await this.db.query(`SELECT id, classification, category, owner_team AS "ownerTeam", status, acknowledged_at AS "acknowledgedAt" FROM issue WHERE drill_id = $1`, [id]);
    const notifications: Array<{ level: number; member_id: string | null; channel_id: string; channel_kind: string; status: string; attempts: number; after_hours: boolean; created_at: Date }> = issue
      ? await this.db.query(`SELECT level, member_id, channel_id, channel_kind, status, attempts, after_hours, created_at FROM notification WHERE drill_id = $1 ORDER BY level, id`, [id])
      : [];
    const timeline: Array<{ at: Date; actor: string; action: string; detail: Record<string, unknown> }> = issue
      ? await this.db.query(`SELECT at, actor, action, detail FROM audit_log WHERE issue_id = $1 AND action IN ('notified', 'escalated', 'acknowledged', 'escalation_stopped') ORDER BY at, id`, [issue.id])
      : [];
    const config = await this.store.load();
    const nameOf = (memberId: string | null) => (memberId ? (config.teams.flatMap((t) => t.members).find((m) => m.id === memberId)?.name ?? memberId) : null);
    const levels = [...new Set(notifications.map((n) => n.level))].map((level) => {
      const entry = timeline.find((t) => (t.action === 'notified' || t.action === 'escalated') && t.detail.level === level);
      return {
        level,
        at: entry?.at ?? notifications.find((n) => n.level === level)?.created_at,
        afterHours: notifications.some((n) => n.level === level && n.after_hours),
        notified: notifications.filter((n) => n.level === level).map((n) => ({ member: nameOf(n.member_id), channel: n.channel_id, kind: n.channel_kind, status: n.status, attempts: n.attempts })),
      };
    });
    const ack = timeline.find((t) => t.action === 'acknowledged');
    const firstNotice = timeline.find((t) => t.action === 'notified');
    return {
      drill,
      issue: issue ?? null,
      levels,
      acknowledged: ack ? { at: ack.at, by: ack.actor, secondsAfterFirstNotice: firstNotice ? Math.round((ack.at.getTime() - firstNotice.at.getTime()) / 1000) : null } : null,
    };
  }

  /** The next hour at which the team that would own this scenario is out of hours. */
  private async nextAfterHours(scenario: DrillScenario, integration: string, now: Date): Promise<Date> {
    const config = await this.store.load();
    const classification = scenario === 'data_mismatch' ? 'bad_source_data' : 'defect';
    const owner = await this.routing.ownerOf({ classification, category: 'unknown', system: 'netsuite', sourceSystem: 'portal', entity: 'salesOrder', integration });
    const team = config.teams.find((t) => t.slug === owner);
    for (let hours = 0; hours < 24 * 8; hours++) {
      const at = new Date(now.getTime() + hours * HOUR);
      if (!isBusinessTime(team?.businessHours, config.calendar, at, team?.region)) return at;
    }
    return now; // a team that is never out of hours: the drill runs now
  }
}
