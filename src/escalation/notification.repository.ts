import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';
import type { DigestContent } from './domain/messages';
import type { BudgetSummary } from './domain/notification-budget';

export type NotificationStatus = 'queued' | 'retrying' | 'sent' | 'dead';

export interface NotificationRow {
  id: string;
  issue_id: string | null;
  state_key: string;
  drill_id: string | null;
  level: number;
  team: string;
  member_id: string | null;
  channel_id: string;
  channel_kind: string;
  status: NotificationStatus;
  attempts: number;
  last_error: string | null;
  after_hours: boolean;
  /** what a digest or a budget summary says (they are about many issues, so issue_id is null) */
  payload: DigestContent | BudgetSummary | null;
  copy_of: string | null;
  deliver_after: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** What a notification is about, and to whom and when it goes: written with the row, listed as written. */
interface NotificationAddress {
  issueId: string | null;
  drillId: string | null;
  level: number;
  team: string;
  memberId: string | null;
  channelId: string;
  channelKind: string;
  afterHours: boolean;
  copyOf: string | null;
  deliverAfter: Date | null;
}

/** One row to write: a notification about one issue, or (issueId null, with content) a message about many. */
export interface NewNotification extends NotificationAddress {
  stateKey: string;
  content: object | null;
}

/** What GET /v1/notifications shows of a row. */
export interface NotificationListItem extends NotificationAddress {
  id: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NotificationFilter {
  status?: NotificationStatus;
  issueId?: string;
  drillId?: string;
  limit: number;
}

/** notification.id is a bigint: anything else names no row (and must not reach Postgres as one). */
const BIGINT_ID = /^[0-9]{1,18}$/;

/** All SQL of the notification table: one row per (state key, level, channel), and its delivery's progress. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly db: DataSource) {}

  /** The row's id when it is new; undefined when the (state key, level, channel) was written before. */
  async insert(row: NewNotification, tx: Tx = this.db.manager): Promise<string | undefined> {
    const [inserted]: Array<{ id: string }> = await tx.query(
      `INSERT INTO notification (issue_id, drill_id, state_key, level, team, member_id, channel_id, channel_kind,
                                 after_hours, status, copy_of, deliver_after, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'queued', $10, $11, $12)
       ON CONFLICT (state_key, level, channel_id) DO NOTHING RETURNING id`,
      [
        row.issueId,
        row.drillId,
        row.stateKey,
        row.level,
        row.team,
        row.memberId,
        row.channelId,
        row.channelKind,
        row.afterHours,
        row.copyOf,
        row.deliverAfter,
        row.content === null ? null : JSON.stringify(row.content),
      ],
    );
    return inserted ? String(inserted.id) : undefined;
  }

  async findById(id: string): Promise<NotificationRow | undefined> {
    if (!BIGINT_ID.test(id)) return undefined;
    const [row]: NotificationRow[] = await this.db.query(`SELECT * FROM notification WHERE id = $1`, [id]);
    return row;
  }

  async markSent(id: string, attempts: number): Promise<void> {
    await this.db.query(
      `UPDATE notification SET status = 'sent', attempts = $2, last_error = NULL, updated_at = now() WHERE id = $1`,
      [id, attempts],
    );
  }

  async markFailed(id: string, status: 'retrying' | 'dead', attempts: number, error: string): Promise<void> {
    await this.db.query(
      `UPDATE notification SET status = $2, attempts = $3, last_error = $4, updated_at = now() WHERE id = $1`,
      [id, status, attempts, error],
    );
  }

  /** The statuses of one level's notifications of an issue state. */
  async statusesOfLevel(issueId: string, stateKey: string, level: number): Promise<string[]> {
    const rows: Array<{ status: string }> = await this.db.query(
      `SELECT status FROM notification WHERE issue_id = $1 AND state_key = $2 AND level = $3`,
      [issueId, stateKey, level],
    );
    return rows.map((row) => row.status);
  }

  /** Whether anything was written under the state key (a team's digest of a day is one key). */
  async existsForStateKey(stateKey: string): Promise<boolean> {
    const [row]: unknown[] = await this.db.query(`SELECT 1 FROM notification WHERE state_key = $1 LIMIT 1`, [stateKey]);
    return row !== undefined;
  }

  /** Rows still queued or retrying whose last change is older than `before`, oldest first. */
  async unsettledSince(before: Date, limit = 200): Promise<Array<{ id: string; deliverAfter: Date | null }>> {
    const rows: Array<{ id: string; deliver_after: Date | null }> = await this.db.query(
      `SELECT id::text AS id, deliver_after FROM notification
       WHERE status IN ('queued', 'retrying') AND updated_at < $1 ORDER BY updated_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((row) => ({ id: row.id, deliverAfter: row.deliver_after }));
  }

  /** Newest first. */
  async list(filter: NotificationFilter): Promise<NotificationListItem[]> {
    return this.db.query(
      `SELECT id::text, issue_id AS "issueId", drill_id AS "drillId", level, team, member_id AS "memberId", channel_id AS "channelId", channel_kind AS "channelKind",
              after_hours AS "afterHours", copy_of AS "copyOf", deliver_after AS "deliverAfter", status, attempts, last_error AS "lastError", created_at AS "createdAt", updated_at AS "updatedAt"
       FROM notification
       WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR issue_id = $2) AND ($3::uuid IS NULL OR drill_id = $3)
       ORDER BY id DESC LIMIT $4`,
      [filter.status ?? null, filter.issueId ?? null, filter.drillId ?? null, filter.limit],
    );
  }
}
