import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Category, Classification, Reason } from '../core/classification.types';
import { escalationStateKey, type EscalationStateParts } from './domain/noise';

/** An issue as escalation reads it. */
export interface EscalationIssue {
  id: string;
  status: 'new' | 'acknowledged' | 'resolved' | 'regressed';
  classification: Classification;
  category: Category;
  owner_team: string;
  integration: string;
  target_system: string | null;
  source_system: string;
  title: string;
  sample_message: string;
  last_release: string | null;
  occurrences: number;
  distinct_records: number;
  first_seen_at: Date;
  resolved_at: Date | null;
  resolved_reason: string | null;
  acknowledged_at: Date | null;
  notified_state_key: string | null;
  escalation_level: number | null;
  known_issue_id: string | null;
  drill_id: string | null;
  regressions: number;
  reasons: Reason[];
}

/** What a notification about one issue says of it. */
export interface MessageIssue {
  id: string;
  title: string;
  classification: string;
  category: string;
  owner_team: string;
  integration: string;
  occurrences: number;
  distinct_records: number;
  reasons: Reason[];
}

/** A digest item not sent yet, with what the digest says of its issue. */
export interface PendingDigestItem {
  team: string;
  issue_id: string;
  state_key: string;
  title: string;
  classification: string;
  occurrences: number;
  distinct_records: number;
  integration: string;
}

const ISSUE_STATE_COLUMNS: Record<keyof EscalationStateParts, string> = {
  id: 'id::text',
  status: 'status',
  regressions: 'regressions',
  classification: 'classification',
  ownerTeam: 'owner_team',
};

/**
 * escalationStateKey as a SQL expression over the issue's columns, derived from the function itself (each
 * part replaced by a marker, the literals between them quoted), so the sweep and the workers cannot
 * disagree about what a state is.
 */
export function stateKeySql(columns: Record<keyof EscalationStateParts, string> = ISSUE_STATE_COLUMNS): string {
  const marked = escalationStateKey({
    id: '\u0000id\u0000',
    status: '\u0000status\u0000',
    regressions: '\u0000regressions\u0000',
    classification: '\u0000classification\u0000',
    ownerTeam: '\u0000ownerTeam\u0000',
  });
  return marked
    .split('\u0000')
    .map((piece, index) =>
      index % 2 === 1 ? columns[piece as keyof EscalationStateParts] : piece && `'${piece.replace(/'/g, "''")}'`,
    )
    .filter((piece) => piece !== '')
    .join(' || ');
}

/**
 * Escalation's reads of other capabilities' tables (issue, issue_record, sync_event, release, drill,
 * audit_log), and its joined reads: what a step, a message, a digest or the hypercare report needs to know.
 */
@Injectable()
export class EscalationQueriesRepository {
  constructor(private readonly db: DataSource) {}

  async issue(id: string): Promise<EscalationIssue | undefined> {
    const [row]: EscalationIssue[] = await this.db.query(
      `SELECT id, status, classification, category, owner_team, integration, target_system, source_system, title, sample_message, last_release,
              occurrences, distinct_records, first_seen_at, resolved_at, resolved_reason, acknowledged_at, notified_state_key, escalation_level,
              known_issue_id, drill_id, regressions, reasons
       FROM issue WHERE id = $1`,
      [id],
    );
    return row;
  }

  /**
   * Open issues changed in the last day (but not in the last seconds: their own check may still be on its
   * way) whose state nobody was told of: their check was never queued.
   */
  async unnotifiedIssues(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM issue
       WHERE status IN ('new', 'regressed') AND drill_id IS NULL
         AND updated_at > now() - interval '1 day' AND updated_at < now() - interval '10 seconds'
         AND notified_state_key IS DISTINCT FROM (${stateKeySql()})
       ORDER BY updated_at LIMIT 200`,
    );
    return rows.map((row) => row.id);
  }

  /** The issue's failures in the last `minutes`. */
  async failuresWithin(issueId: string, minutes: number): Promise<number> {
    const [row]: Array<{ n: number }> = await this.db.query(
      `SELECT COUNT(*)::int AS n FROM sync_event WHERE issue_id = $1 AND occurred_at >= now() - make_interval(mins => $2)`,
      [issueId, minutes],
    );
    return row.n;
  }

  /** Since when the issue's longest-failing record has been failing. */
  async oldestFailingSince(issueId: string): Promise<Date | null> {
    const [oldest]: Array<{ at: Date | null }> = await this.db.query(
      `SELECT MIN(first_seen_at) AS at FROM issue_record WHERE issue_id = $1 AND state = 'failing'`,
      [issueId],
    );
    return oldest?.at ?? null;
  }

  /** When the failure that last reopened the issue happened (its event's time; the regression's, if the event is pruned). */
  async reopenedAt(issueId: string): Promise<Date | null> {
    const [row]: Array<{ at: Date | null }> = await this.db.query(
      `SELECT coalesce((SELECT e.occurred_at FROM sync_event e WHERE e.issue_id = a.issue_id AND e.event_id = a.detail->>'eventId' LIMIT 1), a.at) AS at
       FROM audit_log a WHERE a.issue_id = $1 AND a.action = 'regressed' ORDER BY a.at DESC LIMIT 1`,
      [issueId],
    );
    return row?.at ?? null;
  }

  /** Deploy markers of the integration, or of its systems when a marker names no integration. */
  async releaseMarkers(
    integration: string,
    sourceSystem: string,
    targetSystem: string,
  ): Promise<Array<{ version: string; deployedAt: Date }>> {
    const rows: Array<{ version: string; deployed_at: Date }> = await this.db.query(
      `SELECT version, deployed_at FROM release
       WHERE integration = $1 OR (integration IS NULL AND system IN ($2, $3))
       ORDER BY deployed_at DESC LIMIT 50`,
      [integration, sourceSystem, targetSystem],
    );
    return rows.map((row) => ({ version: row.version, deployedAt: row.deployed_at }));
  }

  /** How far an "as if" drill shifts the clock its plan reads; 0 for a drill run as it happens. */
  async drillClockOffset(drillId: string): Promise<number> {
    const [row]: Array<{ offset: number }> = await this.db.query(
      `SELECT clock_offset_ms::float8 AS offset FROM drill WHERE id = $1`,
      [drillId],
    );
    return row?.offset ?? 0;
  }

  /** Whether the issue's timeline already has this kind of entry (action and code) for the state. */
  async recordedForState(issueId: string, action: string, stateKey: string, code: string): Promise<boolean> {
    const [seen]: unknown[] = await this.db.query(
      `SELECT 1 FROM audit_log WHERE issue_id = $1 AND action = $2 AND detail->>'stateKey' = $3 AND coalesce(detail->>'code', $2) = $4 LIMIT 1`,
      [issueId, action, stateKey, code],
    );
    return seen !== undefined;
  }

  async messageIssue(id: string): Promise<MessageIssue | undefined> {
    const [issue]: MessageIssue[] = await this.db.query(
      `SELECT id, title, classification, category, owner_team, integration, occurrences, distinct_records, reasons FROM issue WHERE id = $1`,
      [id],
    );
    return issue;
  }

  /** The urgency the issue's latest level was sent with. */
  async lastUrgency(issueId: string): Promise<string | null> {
    const [escalation]: Array<{ urgency: string | null }> = await this.db.query(
      `SELECT detail->>'urgency' AS urgency FROM audit_log WHERE issue_id = $1 AND action IN ('notified', 'escalated') ORDER BY at DESC LIMIT 1`,
      [issueId],
    );
    return escalation?.urgency ?? null;
  }

  /** Digest items not sent yet whose issue still needs someone, by team, oldest first. */
  async pendingDigestItems(): Promise<PendingDigestItem[]> {
    return this.db.query(
      `SELECT d.team, d.issue_id, d.state_key, i.title, i.classification, i.occurrences, i.distinct_records, i.integration
       FROM digest_item d JOIN issue i ON i.id = d.issue_id
       WHERE d.sent_at IS NULL AND i.status NOT IN ('acknowledged', 'resolved')
       ORDER BY d.team, d.queued_at LIMIT 1000`,
    );
  }

  /** The hypercare report's issues by class: drills left out. */
  async classesSince(
    integration: string,
    since: Date,
  ): Promise<Array<{ classification: string; issues: number; failures: number }>> {
    return this.db.query(
      `SELECT classification, COUNT(*)::int AS issues, SUM(occurrences)::int AS failures FROM issue
       WHERE integration = $1 AND drill_id IS NULL AND last_seen_at >= $2 GROUP BY 1 ORDER BY 2 DESC`,
      [integration, since],
    );
  }

  async escalationCountsSince(
    integration: string,
    since: Date,
  ): Promise<{ notified: number; escalated: number; deadLettered: number }> {
    const [counts] = await this.db.query(
      `SELECT COUNT(*) FILTER (WHERE a.action = 'notified')::int AS notified, COUNT(*) FILTER (WHERE a.action = 'escalated')::int AS escalated,
              COUNT(*) FILTER (WHERE a.action = 'notification_dead_lettered')::int AS "deadLettered"
       FROM audit_log a JOIN issue i ON i.id = a.issue_id WHERE i.integration = $1 AND i.drill_id IS NULL AND a.at >= $2`,
      [integration, since],
    );
    return counts;
  }

  /** Of issues first seen since: how many were acknowledged after a notice, and the median seconds it took. */
  async acknowledgementSince(
    integration: string,
    since: Date,
  ): Promise<{ acknowledged: number; median: number | string | null }> {
    const [ack] = await this.db.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ack.at - n.at)) AS median, COUNT(*)::int AS acknowledged
       FROM issue i
       JOIN LATERAL (SELECT min(at) AS at FROM audit_log WHERE issue_id = i.id AND action = 'notified') n ON n.at IS NOT NULL
       JOIN LATERAL (SELECT min(at) AS at FROM audit_log WHERE issue_id = i.id AND action = 'acknowledged' AND at >= n.at) ack ON ack.at IS NOT NULL
       WHERE i.integration = $1 AND i.drill_id IS NULL AND i.first_seen_at >= $2`,
      [integration, since],
    );
    return ack;
  }
}
