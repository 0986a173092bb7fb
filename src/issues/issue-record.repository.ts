import { Injectable } from '@nestjs/common';
import { ReadReplica } from '../platform/database/read-replica';

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

/** The record lookup's reads of issue_record (and of the events of the records it finds). */
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
}
