import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DRILL_INTEGRATION_PREFIX } from '../escalation/drill-marker';
import type { ArrivalHistory } from './domain/silence';

/** Gaps kept per integration: the recent ones, enough for a 99th percentile and bounded whatever the traffic. */
const MAX_GAPS = 2000;

/**
 * How integrations' events arrive, read from sync_event: when each last sent anything and the gaps between
 * the minutes in which it sent something (minutes, not events: a burst of a thousand is one arrival).
 */
@Injectable()
export class ArrivalHistoryRepository {
  constructor(private readonly db: DataSource) {}

  async since(from: Date): Promise<ArrivalHistory[]> {
    const rows: Array<{ integration: string; last_at: Date; gaps: number[] | null }> = await this.db.query(
      `WITH minutes AS (
         SELECT integration, date_trunc('minute', received_at) AS minute, max(received_at) AS last_at
         FROM sync_event WHERE received_at >= $1 AND integration NOT LIKE $2 || '%'
         GROUP BY 1, 2
       ), gaps AS (
         SELECT integration, minute, last_at,
                extract(epoch FROM minute - lag(minute) OVER (PARTITION BY integration ORDER BY minute))::float8 AS gap,
                row_number() OVER (PARTITION BY integration ORDER BY minute DESC) AS recency
         FROM minutes
       )
       SELECT integration, max(last_at) AS last_at, array_agg(gap ORDER BY minute DESC) FILTER (WHERE gap IS NOT NULL AND recency <= $3) AS gaps
       FROM gaps GROUP BY integration`,
      [from, DRILL_INTEGRATION_PREFIX, MAX_GAPS],
    );
    return rows.map((row) => ({ integration: row.integration, lastEventAt: row.last_at, gapsSeconds: row.gaps ?? [] }));
  }
}
