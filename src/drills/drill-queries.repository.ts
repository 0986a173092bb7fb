import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DrillTimelineEntry {
  at: Date;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

/** What a drill's report and verdict are read from: its issue, that issue's timeline, and its notifications. */
@Injectable()
export class DrillQueriesRepository {
  constructor(private readonly db: DataSource) {}

  async issueOf(drillId: string): Promise<
    | {
        id: string;
        classification: string;
        category: string;
        ownerTeam: string;
        status: string;
        acknowledgedAt: Date | null;
      }
    | undefined
  > {
    const [issue] = await this.db.query(
      `SELECT id, classification, category, owner_team AS "ownerTeam", status, acknowledged_at AS "acknowledgedAt" FROM issue WHERE drill_id = $1`,
      [drillId],
    );
    return issue;
  }

  async timeline(issueId: string): Promise<DrillTimelineEntry[]> {
    return this.db.query(
      `SELECT at, actor, action, detail FROM audit_log
       WHERE issue_id = $1 AND action IN ('notified', 'escalated', 'acknowledged', 'resolved', 'escalation_stopped', 'notification_deferred', 'escalation_unreachable')
       ORDER BY at, id`,
      [issueId],
    );
  }

  async notifications(drillId: string): Promise<
    Array<{
      level: number;
      member_id: string | null;
      channel_id: string;
      channel_kind: string;
      status: string;
      attempts: number;
      after_hours: boolean;
      created_at: Date;
    }>
  > {
    return this.db.query(
      `SELECT level, member_id, channel_id, channel_kind, status, attempts, after_hours, created_at FROM notification WHERE drill_id = $1 ORDER BY level, id`,
      [drillId],
    );
  }
}
