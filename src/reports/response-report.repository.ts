import { Injectable } from '@nestjs/common';
import { ReadReplica } from '../platform/database/read-replica';
import type { OpenIssue, Period, ResponseRow } from './domain/response-report';

/**
 * The SQL behind the response reports (reads of the issue table, drills left out). Time to acknowledge runs
 * from when an issue was first seen to its acknowledgement; time to resolve to its resolution. On the read
 * replica when there is one: a report tolerates replica lag.
 */
@Injectable()
export class ResponseReportRepository {
  constructor(private readonly replica: ReadReplica) {}

  async rows(period: Period, integration?: string): Promise<ResponseRow[]> {
    const rows: Array<Omit<ResponseRow, 'grouping'> & { level: number }> = await this.replica.read((on) =>
      on.query(
        `WITH timed AS (
         SELECT owner_team, classification, integration, status,
                extract(epoch FROM acknowledged_at - first_seen_at) AS tta,
                CASE WHEN status = 'resolved' THEN extract(epoch FROM resolved_at - first_seen_at) END AS ttr
         FROM issue
         WHERE drill_id IS NULL AND first_seen_at >= $1 AND first_seen_at < $2 AND ($3::text IS NULL OR integration = $3)
       )
       SELECT owner_team AS team, classification, integration, GROUPING(owner_team, classification, integration) AS level,
              count(*)::int AS issues, count(tta)::int AS acknowledged, count(ttr)::int AS resolved,
              count(*) FILTER (WHERE status <> 'resolved')::int AS open,
              avg(tta)::float8 AS "mttaSeconds", avg(ttr)::float8 AS "mttrSeconds",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY tta) AS "medianTtaSeconds",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ttr) AS "medianTtrSeconds"
       FROM timed
       GROUP BY GROUPING SETS ((), (owner_team), (classification), (integration))`,
        [period.since, period.until, integration ?? null],
      ),
    );
    // GROUPING(...) is a bit mask of the columns rolled up:
    // 7 = all (overall), 3 = only team kept, 5 = only class, 6 = only integration
    const groupings: Record<number, ResponseRow['grouping']> = {
      7: 'overall',
      3: 'team',
      5: 'classification',
      6: 'integration',
    };
    return rows.map(({ level, ...row }) => ({ ...row, grouping: groupings[level] }));
  }

  /** An integration's open issues, oldest first. */
  async openIssues(
    integration: string,
  ): Promise<Array<OpenIssue & { title: string; category: string; status: string; ownerTeam: string }>> {
    return this.replica.read((on) =>
      on.query(
        `SELECT id, title, classification, category, status, owner_team AS "ownerTeam", first_seen_at AS "firstSeenAt"
       FROM issue WHERE integration = $1 AND drill_id IS NULL AND status <> 'resolved' ORDER BY first_seen_at, id LIMIT 500`,
        [integration],
      ),
    );
  }
}
