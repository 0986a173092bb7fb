import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';

/**
 * All SQL of notification_budget: per window, the pages spent and held in each scope. Scopes: '*' (all
 * integrations), 'integration:<name>', and 'team:<slug>:<name>' for what each team's summary must say.
 */
@Injectable()
export class NotificationBudgetRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Runs `work` holding the budget's lock, in a transaction of its own or (given one) a savepoint of the
   * caller's, so it needs no second connection: concurrent levels cannot overspend.
   */
  async serialised<T>(work: (tx: Tx) => Promise<T>, outer: Tx = this.db.manager): Promise<T> {
    return outer.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('seam.notification_budget'))`);
      return work(tx);
    });
  }

  /** Pages spent in the window, by scope (a scope not listed spent none). */
  async paged(windowStart: Date, scopes: string[], tx: Tx = this.db.manager): Promise<Map<string, number>> {
    const rows: Array<{ scope: string; paged: number }> = await tx.query(
      `SELECT scope, paged FROM notification_budget WHERE window_start = $1 AND scope = ANY($2)`,
      [windowStart, scopes],
    );
    return new Map(rows.map((row) => [row.scope, row.paged]));
  }

  /** Counts one page, spent or held, in each of the scopes. */
  async count(column: 'paged' | 'held', scopes: string[], windowStart: Date, tx: Tx = this.db.manager): Promise<void> {
    const counter = column === 'paged' ? 'paged' : 'held';
    await tx.query(
      `INSERT INTO notification_budget (scope, window_start, ${counter}) SELECT unnest($1::text[]), $2, 1
       ON CONFLICT (scope, window_start) DO UPDATE SET ${counter} = notification_budget.${counter} + 1`,
      [scopes, windowStart],
    );
  }

  /** Team scopes of windows started by `startedBy` with held pages and no summary yet, each claimed once. */
  async claimUnsummarised(startedBy: Date): Promise<Array<{ scope: string; windowStart: Date; held: number }>> {
    const [rows]: [Array<{ scope: string; window_start: Date; held: number }>, number] = await this.db.query(
      `UPDATE notification_budget SET summarized_at = now()
       WHERE scope LIKE 'team:%' AND held > 0 AND summarized_at IS NULL AND window_start <= $1
       RETURNING scope, window_start, held`,
      [startedBy],
    );
    return rows.map((row) => ({ scope: row.scope, windowStart: row.window_start, held: row.held }));
  }
}
