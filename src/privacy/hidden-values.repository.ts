import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Sample events per issue whose values are hidden: the ones an issue's detail shows, and its reasons came from. */
const LATEST_EVENTS_PER_ISSUE = 10;

/**
 * The sensitive values (of the fields privacy names) in an issue's or an event's stored payload and
 * error details. Per issue: the event that opened it (its title and sample message quote that one) and
 * its latest events (its reasons and sample events). Postgres walks the JSON and answers with the values
 * alone, not the payloads.
 */
const HIDDEN_VALUES_SQL = `
  WITH bodies AS (
    SELECT latest.body FROM unnest($1::uuid[]) AS listed(id)
    CROSS JOIN LATERAL (SELECT e.body FROM sync_event e WHERE e.issue_id = listed.id ORDER BY e.id DESC LIMIT ${LATEST_EVENTS_PER_ISSUE}) AS latest
    UNION ALL
    SELECT e.body FROM audit_log a
    JOIN issue i ON i.id = a.issue_id
    JOIN sync_event_key k ON k.integration = i.integration AND k.event_id = a.detail->>'eventId'
    JOIN sync_event e ON e.id = k.event_pk
    WHERE a.issue_id = ANY($1::uuid[]) AND a.action = 'opened'
    UNION ALL
    SELECT e.body FROM sync_event e WHERE e.id = ANY($2::bigint[])
  )
  SELECT DISTINCT kv->'value' #>> '{}' AS value
  FROM bodies, jsonb_path_query(jsonb_build_array(bodies.body->'payload', bodies.body->'error'->'details'), 'strict $.** ? (@.type() == "object").keyvalue()') AS kv
  WHERE lower(kv->>'key') = ANY($3::text[]) AND jsonb_typeof(kv->'value') IN ('string', 'number')`;

/** Privacy's read model: the stored values masking hides (reads of sync_event, audit_log and issue). */
@Injectable()
export class HiddenValuesRepository {
  constructor(private readonly db: DataSource) {}

  /** The values of these fields (lower-cased names) in the issues' and events' stored bodies. */
  async valuesOf(fields: readonly string[], refs: { issueIds: string[]; eventIds: string[] }): Promise<string[]> {
    const rows: Array<{ value: string | null }> = await this.db.query(HIDDEN_VALUES_SQL, [
      refs.issueIds,
      refs.eventIds,
      fields.map((field) => field.toLowerCase()),
    ]);
    return rows.map((row) => row.value).filter((value): value is string => typeof value === 'string');
  }
}
