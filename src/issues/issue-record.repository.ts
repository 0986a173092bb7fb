import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReadReplica } from '../platform/database/read-replica';
import { encodeCursor } from './domain/cursor';

/** A record's link to one issue, as the record lookup lists it. */
export interface RecordIssueRow {
  system: string;
  entity: string;
  id: string;
  label: string | null;
  url: string | null;
  targetId: string | null;
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

export interface TraceBackRecord {
  system: string;
  entity: string;
  id: string;
  /** the record's name at the source (source.label), when the event carried one */
  label: string | null;
  url: string | null;
  targetId: string | null;
  targetUrl: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  count: number;
  state: string;
  recoveredAt: Date | null;
}

/** Where the previous page ended: last seen (to the millisecond), system, entity, record id. */
export type RecordPosition = readonly [string, string, string, string];

/**
 * All SQL for issue_record: the record lookup (by source id, target id or label, across issues) and the
 * trace-back (the records of one issue, most recently failing first, in pages). Trace-back positions compare
 * at millisecond precision (what a cursor carries), so a record stored with microseconds is never skipped or repeated.
 */
@Injectable()
export class IssueRecordRepository {
  constructor(private readonly reads: ReadReplica) {}

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

  async page(
    manager: EntityManager,
    issueId: string,
    limit: number,
    after?: RecordPosition,
  ): Promise<{ items: TraceBackRecord[]; nextCursor: string | null }> {
    const rows: Array<TraceBackRecord & { position: Date }> = await manager.query(
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
