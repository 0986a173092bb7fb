import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';

/**
 * The stored events the classifier's context is read from (reads of sync_event only): the integration's
 * successes around a failure and the values and messages of an issue's latest failures. Each read runs on
 * the caller's transaction when given one (the pipeline's), else on its own connection (the dry run).
 */
@Injectable()
export class ClassificationContextRepository {
  constructor(private readonly db: DataSource) {}

  async successesAround(
    integration: string,
    firstSeen: Date,
    from: Date,
    tx: Tx = this.db.manager,
  ): Promise<{ before: number; since: number }> {
    const [row] = await tx.query(
      `SELECT COUNT(*) FILTER (WHERE occurred_at < $2)::int AS before, COUNT(*) FILTER (WHERE occurred_at >= $2)::int AS since
       FROM sync_event WHERE integration = $1 AND status = 'succeeded' AND occurred_at >= $3`,
      [integration, firstSeen, from],
    );
    return { before: row.before, since: row.since };
  }

  /** One record's failures in the integration between `from` and `before`, latest first (up to five). */
  async recordFailuresBetween(
    record: { integration: string; system: string; entity: string; id: string },
    from: Date,
    before: Date,
    tx: Tx = this.db.manager,
  ): Promise<Array<{ occurred_at: Date; http_status: string | null; code: string | null; message: string | null }>> {
    // The record's own events first, by the source_id index of the one or two partitions the hour spans: with the
    // integration in the same condition the planner may walk the integration's failures instead, and in a storm
    // those are many. A record has few events.
    return tx.query(
      `WITH record AS MATERIALIZED (
         SELECT occurred_at, integration, source_system, source_entity, status, body FROM sync_event
         WHERE source_id = $4 AND occurred_at >= $5 AND occurred_at < $6)
       SELECT occurred_at, body->'error'->>'httpStatus' AS http_status, body->'error'->>'code' AS code,
              left(body->'error'->>'message', 500) AS message
       FROM record
       WHERE integration = $1 AND source_system = $2 AND source_entity = $3 AND status = 'failed'
       ORDER BY occurred_at DESC LIMIT 5`,
      [record.integration, record.system, record.entity, record.id, from, before],
    );
  }

  /** The field's values in the integration's successes since `since`, most frequent first (up to 100). */
  valuesInSuccesses(
    integration: string,
    field: string,
    since: Date,
    tx: Tx = this.db.manager,
  ): Promise<Array<{ value: string | null; n: number }>> {
    return tx.query(
      `SELECT body->'payload'->>$2 AS value, COUNT(*)::int AS n FROM sync_event
       WHERE integration = $1 AND status = 'succeeded' AND occurred_at >= $3 AND body->'payload' ? $2
       GROUP BY 1 ORDER BY 2 DESC LIMIT 100`,
      [integration, field, since],
    );
  }

  /** Distinct values of the field among the issue's latest `sample` failures. */
  async distinctFailingValues(
    issueId: string,
    field: string,
    sample: number,
    tx: Tx = this.db.manager,
  ): Promise<number | undefined> {
    const failing: Array<{ n: number }> = await tx.query(
      `SELECT COUNT(DISTINCT v)::int AS n FROM (SELECT body->'payload'->>$2 AS v FROM sync_event WHERE issue_id = $1 ORDER BY id DESC LIMIT $3) recent`,
      [issueId, field, sample],
    );
    return failing[0]?.n;
  }

  /** Distinct messages among the issue's latest `sample` failures and this one. */
  async distinctMessages(issueId: string, message: string, sample: number, tx: Tx = this.db.manager): Promise<number> {
    const [row] = await tx.query(
      `SELECT COUNT(DISTINCT m)::int AS n FROM (
         (SELECT body->'error'->>'message' AS m FROM sync_event WHERE issue_id = $1 ORDER BY id DESC LIMIT $3) UNION SELECT $2::text
       ) messages`,
      [issueId, message, sample],
    );
    return row.n;
  }

  /**
   * When the integration's events first carried this release, and the release its latest event before then carried
   * (null when that event carried none). Undefined when no event carries it, or when nothing of the integration came
   * before it: a release is new only against what ran before. Index descents only, three per partition
   * (sync_event_release_idx, then the baseline index backwards from that moment, once per status): about 7 ms on the
   * console bench's 1,000,000 events, which is why ContextService keeps the answer a minute.
   */
  async releaseSeenOnEvents(
    integration: string,
    release: string,
    tx: Tx = this.db.manager,
  ): Promise<{ firstSeenAt: Date; previous: string | null } | undefined> {
    const [first]: Array<{ at: Date | null }> = await tx.query(
      `SELECT min(occurred_at) AS at FROM sync_event WHERE integration = $1 AND release = $2`,
      [integration, release],
    );
    if (!first?.at) return undefined;
    const [before]: Array<{ release: string | null }> = await tx.query(
      `SELECT release FROM (
         (SELECT release, occurred_at FROM sync_event
          WHERE integration = $1 AND status = 'succeeded' AND occurred_at < $2 ORDER BY occurred_at DESC LIMIT 1)
         UNION ALL
         (SELECT release, occurred_at FROM sync_event
          WHERE integration = $1 AND status = 'failed' AND occurred_at < $2 ORDER BY occurred_at DESC LIMIT 1)
       ) latest ORDER BY occurred_at DESC LIMIT 1`,
      [integration, first.at],
    );
    return before ? { firstSeenAt: new Date(first.at), previous: before.release } : undefined;
  }

  async failuresBefore(issueId: string, at: Date, tx: Tx = this.db.manager): Promise<number> {
    const [row] = await tx.query(`SELECT COUNT(*)::int AS n FROM sync_event WHERE issue_id = $1 AND occurred_at < $2`, [
      issueId,
      at,
    ]);
    return row.n;
  }
}
