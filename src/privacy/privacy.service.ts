import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { maskResponse, matchesMasked, referencesIn, roleSeesSensitive } from '../access/domain/masking';
import type { Caller } from '../access/key.store';
import { ConfigStore } from '../ownership/config.store';

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

export interface Masking {
  fields: string[];
}

/**
 * Privacy masking, the one implementation: which callers are masked, what values to hide, and the
 * masked form of a response. The masking interceptor applies it to every response; issue search asks it
 * whether a match survives masking.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly db: DataSource,
    private readonly config: ConfigStore,
  ) {}

  /** The masking this caller's responses get; undefined when the role may see the sensitive fields. */
  async maskingFor(caller: Caller | undefined): Promise<Masking | undefined> {
    const privacy = (await this.config.load()).privacy;
    if (roleSeesSensitive(privacy, caller?.role)) return undefined;
    return { fields: privacy!.sensitiveFields };
  }

  async hiddenValues(fields: readonly string[], refs: { issueIds: string[]; eventIds: string[] }): Promise<string[]> {
    if (refs.issueIds.length === 0 && refs.eventIds.length === 0) return [];
    const rows: Array<{ value: string | null }> = await this.db.query(HIDDEN_VALUES_SQL, [refs.issueIds, refs.eventIds, fields.map((field) => field.toLowerCase())]);
    return rows.map((row) => row.value).filter((value): value is string => typeof value === 'string');
  }

  /** The response as the masked caller may see it. */
  async mask(response: unknown, masking: Masking): Promise<unknown> {
    return maskResponse(response, masking.fields, await this.hiddenValues(masking.fields, referencesIn(response)));
  }

  /** For each issue, whether its title or sample message still contains the search once masked. */
  async stillMatch(items: Array<{ id: string; title: string; sampleMessage: string }>, search: string, masking: Masking): Promise<boolean[]> {
    const hidden = await this.hiddenValues(masking.fields, { issueIds: items.map((item) => item.id), eventIds: [] });
    return items.map((item) => matchesMasked(`${item.title} ${item.sampleMessage}`, search, hidden));
  }
}
