import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BusinessChange, ClassifiableEvent, ClassificationContext, ReleaseMarker } from './domain/classification.types';
import { failingFieldOf } from './domain/failing-field';

const HOUR = 3600_000;
/** how far before an issue's first failure a release or business change still counts as its cause */
const CAUSE_WINDOW_MS = 7 * 24 * HOUR;
const BASELINE_WINDOW_MS = 24 * HOUR;
const NOVELTY_WINDOW_MS = 30 * 24 * HOUR;
/** distinct values are read off an issue's latest events only, so a hot issue's 100,000th event costs what its 500th did */
const EVIDENCE_SAMPLE = 500;

export interface IssueFacts {
  id: string;
  integration: string;
  sourceSystem: string;
  sourceEntity: string;
  targetSystem: string | null;
  targetEntity: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  occurrences: number;
  distinctRecords: number;
  maxFailuresPerRecord: number;
  recordsRecovered: number;
}

/** Gathers, from storage, what the pure classifier needs to know around an event: the evidence beyond the message. */
@Injectable()
export class ContextService {
  async build(manager: EntityManager, event: ClassifiableEvent, issue?: IssueFacts): Promise<ClassificationContext> {
    const firstSeen = issue?.firstSeenAt ?? new Date(event.occurredAt);
    const lastSeen = issue?.lastSeenAt ?? new Date(event.occurredAt);
    const systems = [event.source.system, event.target?.system].filter((s): s is string => !!s);
    // One after another: inside a transaction these share one connection, which runs one query at a time.
    const releases = await this.releases(manager, event.integration, systems, firstSeen, lastSeen);
    const changes = await this.changes(manager, event.integration, systems, firstSeen, lastSeen);
    const baseline = await this.baseline(manager, event.integration, firstSeen);
    const failingField = await this.failingField(manager, event, issue?.id);
    const context: ClassificationContext = {
      releases,
      changes,
      successesBefore: baseline.before,
      successesSince: baseline.since,
      failingField,
    };
    if (issue) {
      context.history = {
        firstSeenAt: issue.firstSeenAt.toISOString(),
        lastSeenAt: issue.lastSeenAt.toISOString(),
        occurrences: issue.occurrences,
        distinctRecords: issue.distinctRecords,
        maxFailuresPerRecord: issue.maxFailuresPerRecord,
        recordsRecovered: issue.recordsRecovered,
      };
      context.history.distinctMessages = await this.distinctMessages(manager, issue.id, event);
      const latest = releases.find((release) => new Date(release.deployedAt) <= lastSeen);
      if (latest) context.failuresBeforeLatestRelease = await this.failuresBefore(manager, issue.id, new Date(latest.deployedAt));
    }
    return context;
  }

  private async releases(manager: EntityManager, integration: string, systems: string[], firstSeen: Date, lastSeen: Date): Promise<ReleaseMarker[]> {
    const rows: Array<{ version: string; deployed_at: Date; integration: string | null; system: string | null }> = await manager.query(
      `SELECT version, deployed_at, integration, system FROM release
       WHERE deployed_at BETWEEN $1 AND $2
         AND (integration = $3 OR (integration IS NULL AND (system IS NULL OR system = ANY($4))))
       ORDER BY deployed_at DESC LIMIT 5`,
      [new Date(firstSeen.getTime() - CAUSE_WINDOW_MS), lastSeen, integration, systems],
    );
    return rows.map((row) => ({ version: row.version, deployedAt: row.deployed_at.toISOString(), integration: row.integration, system: row.system }));
  }

  private async changes(manager: EntityManager, integration: string, systems: string[], firstSeen: Date, lastSeen: Date): Promise<BusinessChange[]> {
    const rows: Array<{ system: string; entity: string | null; integration: string | null; description: string; changed_at: Date }> = await manager.query(
      `SELECT system, entity, integration, description, changed_at FROM business_change
       WHERE changed_at BETWEEN $1 AND $2 AND (integration = $3 OR (integration IS NULL AND system = ANY($4)))
       ORDER BY changed_at DESC LIMIT 5`,
      [new Date(firstSeen.getTime() - CAUSE_WINDOW_MS), lastSeen, integration, systems],
    );
    return rows.map((row) => ({ system: row.system, entity: row.entity, integration: row.integration, description: row.description, changedAt: row.changed_at.toISOString() }));
  }

  private async baseline(manager: EntityManager, integration: string, firstSeen: Date): Promise<{ before: number; since: number }> {
    const [row] = await manager.query(
      `SELECT COUNT(*) FILTER (WHERE occurred_at < $2)::int AS before, COUNT(*) FILTER (WHERE occurred_at >= $2)::int AS since
       FROM sync_event WHERE integration = $1 AND status = 'succeeded' AND occurred_at >= $3`,
      [integration, firstSeen, new Date(firstSeen.getTime() - BASELINE_WINDOW_MS)],
    );
    return { before: row.before, since: row.since };
  }

  private async failingField(manager: EntityManager, event: ClassifiableEvent, issueId?: string): Promise<ClassificationContext['failingField']> {
    const { field, value } = failingFieldOf(event);
    if (!field) return undefined;
    const since = new Date(new Date(event.occurredAt).getTime() - NOVELTY_WINDOW_MS);
    const successes: Array<{ value: string | null; n: number }> = await manager.query(
        `SELECT body->'payload'->>$2 AS value, COUNT(*)::int AS n FROM sync_event
         WHERE integration = $1 AND status = 'succeeded' AND occurred_at >= $3 AND body->'payload' ? $2
         GROUP BY 1 ORDER BY 2 DESC LIMIT 100`,
        [event.integration, field, since],
    );
    const failing: Array<{ n: number }> = issueId
      ? await manager.query(
          `SELECT COUNT(DISTINCT v)::int AS n FROM (SELECT body->'payload'->>$2 AS v FROM sync_event WHERE issue_id = $1 ORDER BY id DESC LIMIT $3) recent`,
          [issueId, field, EVIDENCE_SAMPLE],
        )
      : [{ n: 0 }];
    const valuesInSuccesses = successes.map((row) => row.value).filter((v): v is string => v !== null);
    const successesWithField = successes.reduce((sum, row) => sum + row.n, 0);
    // the event being classified may not be linked to the issue yet: it counts as one failing value at least
    return { field, value, valuesInSuccesses, successesWithField, distinctFailingValues: Math.max(1, failing[0]?.n ?? 0) };
  }

  /** the event being classified may not be linked yet: its message counts too */
  private async distinctMessages(manager: EntityManager, issueId: string, event: ClassifiableEvent): Promise<number> {
    const [row] = await manager.query(
      `SELECT COUNT(DISTINCT m)::int AS n FROM (
         (SELECT body->'error'->>'message' AS m FROM sync_event WHERE issue_id = $1 ORDER BY id DESC LIMIT $3) UNION SELECT $2::text
       ) messages`,
      [issueId, event.error?.message ?? '', EVIDENCE_SAMPLE],
    );
    return row.n;
  }

  private async failuresBefore(manager: EntityManager, issueId: string, at: Date): Promise<number> {
    const [row] = await manager.query(`SELECT COUNT(*)::int AS n FROM sync_event WHERE issue_id = $1 AND occurred_at < $2`, [issueId, at]);
    return row.n;
  }
}
