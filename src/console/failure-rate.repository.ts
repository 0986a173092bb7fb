import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface HourlyFailures {
  hour: Date;
  classification: string;
  failures: number;
}

/** The console list's chart: failures per hour per class over the last day (reads of sync_event and issue). */
@Injectable()
export class FailureRateRepository {
  constructor(private readonly db: DataSource) {}

  /** Drills left out: a drill's failures are not the integration's. */
  lastDay(): Promise<HourlyFailures[]> {
    return this.db.query(
      `SELECT date_trunc('hour', e.occurred_at) AS hour, i.classification, COUNT(*)::int AS failures
       FROM sync_event e JOIN issue i ON i.id = e.issue_id
       WHERE e.occurred_at >= now() - interval '24 hours' AND i.drill_id IS NULL
       GROUP BY 1, 2 ORDER BY 1`,
    );
  }
}
