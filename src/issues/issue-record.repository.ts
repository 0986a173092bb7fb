import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReadReplica } from '../platform/database/read-replica';
import type { Tx } from '../platform/database/unit-of-work';
import { encodeCursor } from '../platform/http/cursor';
import { recordsOfBatch } from './domain/record-batch';
import type { RetryCandidate } from './domain/retry-eligibility';
import type { RecordState } from './domain/failure-outcome';
import type { FailureFacts, RecordLinkChange } from './issue.repository';

/** A source record as the events named it: where it lives, its id, name and link, and its id at the target. */
interface RecordNames {
  system: string;
  entity: string;
  id: string;
  /** the record's name at the source (source.label), when the event carried one */
  label: string | null;
  url: string | null;
  targetId: string | null;
}

/** A record's link to one issue, as the record lookup lists it. */
export interface RecordIssueRow extends RecordNames {
  state: string;
  count: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
  issueId: string;
  title: string;
  classification: string;
  status: string;
  integration: string;
}

export interface RecordEventRow {
  id: string;
  eventId: string;
  sourceId: string;
  integration: string;
  status: string;
  occurredAt: Date;
  issueId: string | null;
  system: string;
  entity: string;
  message: string | null;
}

/** Below this many characters a search is an exact (case-insensitive) match: a trigram index needs three. */
const PARTIAL_FROM = 3;

export interface TraceBackRecord extends RecordNames {
  targetUrl: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  count: number;
  state: string;
  recoveredAt: Date | null;
}

/** A successful sync of one record. */
export interface SucceededRecord {
  integration: string;
  system: string;
  entity: string;
  recordId: string;
  succeededAt: Date;
}

/** Where the previous page ended: last seen (to the millisecond), system, entity, record id. */
export type RecordPosition = readonly [string, string, string, string];

/**
 * All SQL for issue_record: linking failures and successes to issues (in the caller's transaction), the record
 * lookup (by source id, target id or label, across issues) and the trace-back (the records of one issue, most
 * recently failing first, in pages). Trace-back positions compare
 * at millisecond precision (what a cursor carries), so a record stored with microseconds is never skipped or repeated.
 */
@Injectable()
export class IssueRecordRepository {
  constructor(
    private readonly db: DataSource,
    private readonly reads: ReadReplica,
  ) {}

  /**
   * Counts a batch of failures of one issue in three statements, whatever the batch size: the records'
   * states before, the later successes already stored (a batch is processed in any order), and one upsert
   * of every record touched. Per record, its latest failure in the batch decides its state, as if the
   * failures had been linked one by one in time order.
   */
  async linkFailures(issueId: string, failures: FailureFacts[], tx: Tx): Promise<RecordLinkChange[]> {
    const records = recordsOfBatch(failures);
    const column = <T>(pick: (record: (typeof records)[number]) => T): T[] => records.map(pick);
    const systems = column((r) => r.latest.sourceSystem);
    const entities = column((r) => r.latest.sourceEntity);
    const ids = column((r) => r.latest.sourceId);

    const previous: Array<{ n: string; state: RecordState }> = await tx.query(
      `SELECT u.n::text AS n, r.state FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(system, entity, record_id, n)
       JOIN issue_record r ON r.issue_id = $1 AND r.system = u.system AND r.entity = u.entity AND r.record_id = u.record_id
       ORDER BY r.system, r.entity, r.record_id FOR UPDATE OF r`,
      [issueId, systems, entities, ids],
    );
    const laterSuccesses: Array<{ n: string; occurred_at: Date | null }> = await tx.query(
      `SELECT u.n::text AS n,
              (SELECT s.occurred_at FROM sync_event s
               WHERE s.source_id = u.record_id AND s.integration = u.integration AND s.source_system = u.system AND s.source_entity = u.entity
                 AND s.status = 'succeeded' AND s.occurred_at > u.failed_at
               ORDER BY s.occurred_at LIMIT 1) AS occurred_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS u(integration, system, entity, record_id, failed_at, n)`,
      [column((r) => r.latest.integration), systems, entities, ids, column((r) => r.latest.occurredAt)],
    );
    const before = new Map(previous.map((row) => [Number(row.n) - 1, row.state]));
    const recoveredAt = new Map(laterSuccesses.map((row) => [Number(row.n) - 1, row.occurred_at]));
    const changes: RecordLinkChange[] = records.map((record, i) => ({
      facts: record.latest,
      before: before.get(i) ?? null,
      after: recoveredAt.get(i) ? 'recovered' : 'failing',
    }));
    await tx.query(
      `INSERT INTO issue_record (issue_id, system, entity, record_id, integration, url, target_id, target_url, first_seen_at, last_seen_at, count, state, recovered_at,
                                 label)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::int[], $12::text[], $13::timestamptz[],
                                $14::text[])
       ON CONFLICT (issue_id, system, entity, record_id) DO UPDATE SET
         count = issue_record.count + EXCLUDED.count,
         first_seen_at = LEAST(issue_record.first_seen_at, EXCLUDED.first_seen_at),
         last_seen_at = GREATEST(issue_record.last_seen_at, EXCLUDED.last_seen_at),
         url = COALESCE(EXCLUDED.url, issue_record.url),
         label = COALESCE(EXCLUDED.label, issue_record.label),
         target_id = COALESCE(EXCLUDED.target_id, issue_record.target_id),
         target_url = COALESCE(EXCLUDED.target_url, issue_record.target_url),
         state = EXCLUDED.state,
         recovered_at = EXCLUDED.recovered_at`,
      [
        issueId,
        systems,
        entities,
        ids,
        column((r) => r.latest.integration),
        column((r) => r.links.sourceUrl),
        column((r) => r.links.targetId),
        column((r) => r.links.targetUrl),
        column((r) => r.first),
        column((r) => r.latest.occurredAt),
        column((r) => r.count),
        changes.map((change) => change.after),
        records.map((_, i) => recoveredAt.get(i) ?? null),
        column((r) => r.links.sourceLabel),
      ],
    );
    return changes;
  }

  async recordStats(
    issueId: string,
    tx: Tx = this.db.manager,
  ): Promise<{ maxFailuresPerRecord: number; recordsRecovered: number }> {
    const [row] = await tx.query(
      `SELECT COALESCE(MAX(count), 0)::int AS max, COUNT(*) FILTER (WHERE state = 'recovered')::int AS recovered FROM issue_record WHERE issue_id = $1`,
      [issueId],
    );
    return { maxFailuresPerRecord: row.max, recordsRecovered: row.recovered };
  }

  /**
   * The issues on which a record is failing with failures from before `succeededAt`, in id order (the
   * order their rows are then locked in, as on the failure path).
   */
  async failingIssuesOf(record: SucceededRecord, tx: Tx): Promise<string[]> {
    const links: Array<{ issue_id: string }> = await tx.query(
      `SELECT issue_id FROM issue_record
       WHERE integration = $1 AND system = $2 AND entity = $3 AND record_id = $4 AND state = 'failing' AND last_seen_at <= $5
       ORDER BY issue_id`,
      [record.integration, record.system, record.entity, record.recordId, record.succeededAt],
    );
    return links.map((link) => link.issue_id);
  }

  /** Whether the record's link to the issue was failing and is now recovered. */
  async markRecovered(issueId: string, record: SucceededRecord, tx: Tx): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affectedCount].
    const [, recovered]: [unknown[], number] = await tx.query(
      `UPDATE issue_record SET state = 'recovered', recovered_at = $5
       WHERE issue_id = $1 AND system = $2 AND entity = $3 AND record_id = $4 AND state = 'failing'`,
      [issueId, record.system, record.entity, record.recordId, record.succeededAt],
    );
    return recovered > 0;
  }

  /**
   * The issue's failing records (up to 1,000), each with whether it changed at the source since it failed:
   * its latest payload (from any event of the integration) differs from the one it first failed with.
   */
  retryCandidates(issueId: string, integration: string, tx: Tx = this.db.manager): Promise<RetryCandidate[]> {
    return tx.query(
      `SELECT r.system, r.entity, r.record_id,
              (SELECT body->'payload' FROM sync_event WHERE integration = $2 AND source_id = r.record_id ORDER BY occurred_at DESC, id DESC LIMIT 1)
                IS DISTINCT FROM
              (SELECT body->'payload' FROM sync_event WHERE issue_id = $1 AND source_id = r.record_id ORDER BY occurred_at, id LIMIT 1) AS changed
       FROM issue_record r WHERE r.issue_id = $1 AND r.state = 'failing' ORDER BY r.record_id LIMIT 1000`,
      [issueId, integration],
    );
  }

  /**
   * Records whose source id, target id or label contains the text, in any case, with the issues each
   * touched; drills left out. Served by the trigram indexes on the lower-cased columns.
   */
  search(text: string, limit: number): Promise<RecordIssueRow[]> {
    const needle = text.toLowerCase();
    const partial = needle.length >= PARTIAL_FROM;
    const pattern = partial ? `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : needle;
    const op = partial ? 'LIKE' : '=';
    return this.reads.read((manager) =>
      manager.query(
        `SELECT r.system, r.entity, r.record_id AS id, r.label, r.url, r.target_id AS "targetId", r.state, r.count,
                r.first_seen_at AS "firstSeenAt", r.last_seen_at AS "lastSeenAt",
                i.id AS "issueId", i.title, i.classification, i.status, i.integration
         FROM issue_record r JOIN issue i ON i.id = r.issue_id
         WHERE i.drill_id IS NULL
           AND (lower(r.record_id) ${op} $1 OR lower(r.target_id) ${op} $1 OR lower(r.label) ${op} $1)
         ORDER BY r.last_seen_at DESC, r.issue_id LIMIT $2`,
        [pattern, limit],
      ),
    );
  }

  /** Every stored event of these source record ids (successes too), newest first; drills left out. */
  eventsOf(sourceIds: string[], limit: number): Promise<RecordEventRow[]> {
    if (sourceIds.length === 0) return Promise.resolve([]);
    return this.reads.read((manager) =>
      manager.query(
        `SELECT e.id::text, e.event_id AS "eventId", e.source_id AS "sourceId", e.integration, e.status,
                e.occurred_at AS "occurredAt",
                e.issue_id AS "issueId", e.body->'source'->>'system' AS system, e.body->'source'->>'entity' AS entity,
                e.body->'error'->>'message' AS message
         FROM sync_event e LEFT JOIN issue i ON i.id = e.issue_id
         WHERE e.source_id = ANY($1::text[]) AND i.drill_id IS NULL
         ORDER BY e.occurred_at DESC, e.id DESC LIMIT $2`,
        [sourceIds, limit],
      ),
    );
  }

  /**
   * Every stored event about one source record id (up to 200), newest first; drills left out. On the
   * primary: the lookup's second half opens right after a write may have stored the event.
   */
  eventsOfRecord(sourceId: string, tx: Tx = this.db.manager): Promise<Omit<RecordEventRow, 'sourceId'>[]> {
    return tx.query(
      `SELECT e.id::text, e.event_id AS "eventId", e.integration, e.status, e.occurred_at AS "occurredAt", e.issue_id AS "issueId",
              e.body->'source'->>'system' AS system, e.body->'source'->>'entity' AS entity, e.body->'error'->>'message' AS message
       FROM sync_event e LEFT JOIN issue i ON i.id = e.issue_id
       WHERE e.source_id = $1 AND i.drill_id IS NULL
       ORDER BY e.occurred_at DESC, e.id DESC LIMIT 200`,
      [sourceId],
    );
  }

  /** A page of the issue's records, on `on` (the replica's connection, when the caller reads there). */
  async page(
    issueId: string,
    limit: number,
    after: RecordPosition | undefined,
    on: Tx,
  ): Promise<{ items: TraceBackRecord[]; nextCursor: string | null }> {
    const rows: Array<TraceBackRecord & { position: Date }> = await on.query(
      `SELECT system, entity, record_id AS "id", label, url, target_id AS "targetId", target_url AS "targetUrl", first_seen_at AS "firstSeenAt",
              last_seen_at AS "lastSeenAt", count, state, recovered_at AS "recoveredAt", date_trunc('milliseconds', last_seen_at) AS position
       FROM issue_record WHERE issue_id = $1
         ${after ? `AND (date_trunc('milliseconds', last_seen_at), system, entity, record_id) < ($3::timestamptz, $4, $5, $6)` : ''}
       ORDER BY date_trunc('milliseconds', last_seen_at) DESC, system DESC, entity DESC, record_id DESC LIMIT $2`,
      after ? [issueId, limit + 1, ...after] : [issueId, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return {
      items: items.map(({ position: _position, ...record }) => record),
      nextCursor: last ? encodeCursor([last.position.toISOString(), last.system, last.entity, last.id]) : null,
    };
  }
}
