import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PendingStep } from './domain/escalation-due';

interface PendingRow {
  issue_id: string;
  state_key: string;
  level: number;
  started_at: Date | null;
  due_at: Date;
  clock_offset_ms: string | number;
  reason: string;
}

const toStep = (row: PendingRow): PendingStep => ({
  issueId: row.issue_id,
  stateKey: row.state_key,
  level: row.level,
  startedAt: row.started_at,
  dueAt: row.due_at,
  clockOffsetMs: Number(row.clock_offset_ms),
  reason: row.reason,
});

/**
 * All SQL of escalation_pending: the one next step (a level, or a noise re-check) of each issue's
 * escalation. It is the source of truth; BullMQ's delayed job only makes it fire on time.
 */
@Injectable()
export class EscalationPendingRepository {
  constructor(private readonly db: DataSource) {}

  /** A noise re-check: replaces whatever was pending for the issue unless a chain of the same state runs. */
  async scheduleRecheck(step: PendingStep, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO escalation_pending (issue_id, state_key, level, started_at, due_at, clock_offset_ms, reason)
       VALUES ($1, $2, 0, NULL, $3, $4, $5)
       ON CONFLICT (issue_id) DO UPDATE SET state_key = EXCLUDED.state_key, level = 0, started_at = NULL,
         due_at = EXCLUDED.due_at, clock_offset_ms = EXCLUDED.clock_offset_ms, reason = EXCLUDED.reason, updated_at = now()
       WHERE escalation_pending.started_at IS NULL OR escalation_pending.state_key <> EXCLUDED.state_key
       RETURNING issue_id`,
      [step.issueId, step.stateKey, step.dueAt, step.clockOffsetMs, step.reason],
    );
    return rows.length === 1;
  }

  /** Starts a chain at its first level; false when a chain of the same state already runs (a racing check). */
  async startChain(step: PendingStep, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO escalation_pending (issue_id, state_key, level, started_at, due_at, clock_offset_ms, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (issue_id) DO UPDATE SET state_key = EXCLUDED.state_key, level = EXCLUDED.level, started_at = EXCLUDED.started_at,
         due_at = EXCLUDED.due_at, clock_offset_ms = EXCLUDED.clock_offset_ms, reason = EXCLUDED.reason, updated_at = now()
       WHERE escalation_pending.started_at IS NULL OR escalation_pending.state_key <> EXCLUDED.state_key
       RETURNING issue_id`,
      [step.issueId, step.stateKey, step.level, step.startedAt, step.dueAt, step.clockOffsetMs, step.reason],
    );
    return rows.length === 1;
  }

  /**
   * Takes level `level` of the state: moves the row on to the next level (or removes it after the last).
   * Compare-and-set, so of a job and a sweep that both see the level exactly one fires it.
   */
  async take(
    issueId: string,
    stateKey: string,
    level: number,
    next: { dueAt: Date } | null,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = next
      ? await manager.query(
          `UPDATE escalation_pending SET level = level + 1, due_at = $4, reason = 'level', updated_at = now()
           WHERE issue_id = $1 AND state_key = $2 AND level = $3 AND started_at IS NOT NULL RETURNING issue_id`,
          [issueId, stateKey, level, next.dueAt],
        )
      : await manager.query(
          `DELETE FROM escalation_pending WHERE issue_id = $1 AND state_key = $2 AND level = $3 AND started_at IS NOT NULL RETURNING issue_id`,
          [issueId, stateKey, level],
        );
    return flat(rows).length === 1;
  }

  /** Removes the issue's pending step (of that state, when given) and says what it was. */
  async drop(
    issueId: string,
    stateKey?: string,
    manager: EntityManager = this.db.manager,
  ): Promise<PendingStep | undefined> {
    const rows = flat<PendingRow>(
      await manager.query(
        `DELETE FROM escalation_pending WHERE issue_id = $1 AND ($2::text IS NULL OR state_key = $2) RETURNING *`,
        [issueId, stateKey ?? null],
      ),
    );
    return rows[0] ? toStep(rows[0]) : undefined;
  }

  /** A noise re-check that found nothing left to wait for. */
  async dropRecheck(issueId: string, stateKey: string): Promise<void> {
    await this.db.query(
      `DELETE FROM escalation_pending WHERE issue_id = $1 AND state_key = $2 AND started_at IS NULL`,
      [issueId, stateKey],
    );
  }

  async find(issueId: string, manager: EntityManager = this.db.manager): Promise<PendingStep | undefined> {
    const [row]: PendingRow[] = await manager.query(`SELECT * FROM escalation_pending WHERE issue_id = $1`, [issueId]);
    return row ? toStep(row) : undefined;
  }

  /** Makes a pending level of the state due now; the step as it is afterwards, or undefined when none was pending. */
  async bringForward(issueId: string, stateKey: string, level: number, now: Date): Promise<PendingStep | undefined> {
    const rows = flat<PendingRow>(
      await this.db.query(
        `UPDATE escalation_pending SET due_at = $4, reason = 'brought_forward', updated_at = now()
         WHERE issue_id = $1 AND state_key = $2 AND level = $3 AND started_at IS NOT NULL AND due_at > $4 RETURNING *`,
        [issueId, stateKey, level, now],
      ),
    );
    return rows[0] ? toStep(rows[0]) : undefined;
  }

  /** Steps due by `asOf`, oldest first: the sweep makes sure each has a job. */
  async due(asOf: Date, limit = 500): Promise<PendingStep[]> {
    const rows: PendingRow[] = await this.db.query(
      `SELECT * FROM escalation_pending WHERE due_at <= $1 ORDER BY due_at LIMIT $2`,
      [asOf, limit],
    );
    return rows.map(toStep);
  }
}

/** UPDATE … RETURNING answers [rows, count] through TypeORM's pg driver; INSERT and DELETE answer rows. */
function flat<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}
