import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { encodeCursor } from './domain/cursor';

export interface TraceBackRecord {
  system: string;
  entity: string;
  id: string;
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
 * The trace-back: the records of an issue, most recently failing first, in pages. Positions compare at
 * millisecond precision (what a cursor carries), so a record stored with microseconds is never skipped or repeated.
 */
@Injectable()
export class IssueRecordRepository {
  async page(
    manager: EntityManager,
    issueId: string,
    limit: number,
    after?: RecordPosition,
  ): Promise<{ items: TraceBackRecord[]; nextCursor: string | null }> {
    const rows: Array<TraceBackRecord & { position: Date }> = await manager.query(
      `SELECT system, entity, record_id AS "id", url, target_id AS "targetId", target_url AS "targetUrl", first_seen_at AS "firstSeenAt",
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
