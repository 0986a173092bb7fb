import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../platform/config/app-config';
import { budgetDecision, budgetWindow, type BudgetDecision, type BudgetLimits } from './domain/notification-budget';

/**
 * The notification budget's counters in Postgres, beside the rest of noise control's state (the issue's
 * notified_state_key, the audit log), so every worker process spends from the same budget. Scopes:
 * '*' (all integrations), 'integration:<name>', and 'team:<slug>:<name>' for what each team's summary
 * must say (a slug has no colon, so the integration is whatever follows the second one).
 */
@Injectable()
export class NotificationBudgetStore {
  readonly limits: BudgetLimits;

  constructor(
    private readonly db: DataSource,
    config: AppConfig,
  ) {
    this.limits = {
      perIntegration: config.NOTIFY_BUDGET_PER_INTEGRATION,
      total: config.NOTIFY_BUDGET_TOTAL,
      windowMs: config.NOTIFY_BUDGET_WINDOW_MS,
    };
  }

  /**
   * Spends one page, or counts one held page, in the current window. Serialised: concurrent levels cannot
   * overspend. Inside the caller's transaction when given one (a savepoint), so it needs no second connection.
   */
  async admit(
    integration: string,
    team: string,
    now: Date,
    outer: EntityManager = this.db.manager,
  ): Promise<{ decision: BudgetDecision; window: { start: Date; end: Date } }> {
    const window = budgetWindow(now, this.limits.windowMs);
    const scope = `integration:${integration}`;
    return outer.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('seam.notification_budget'))`);
      const rows: Array<{ scope: string; paged: number }> = await manager.query(
        `SELECT scope, paged FROM notification_budget WHERE window_start = $1 AND scope = ANY($2)`,
        [window.start, [scope, '*']],
      );
      const used = {
        integration: rows.find((r) => r.scope === scope)?.paged ?? 0,
        total: rows.find((r) => r.scope === '*')?.paged ?? 0,
      };
      const decision = budgetDecision(this.limits, used, integration);
      const [column, scopes] = decision.page
        ? ['paged', [scope, '*']]
        : ['held', [scope, `team:${team}:${integration}`]];
      await manager.query(
        `INSERT INTO notification_budget (scope, window_start, ${column}) SELECT unnest($1::text[]), $2, 1
         ON CONFLICT (scope, window_start) DO UPDATE SET ${column} = notification_budget.${column} + 1`,
        [scopes, window.start],
      );
      return { decision, window };
    });
  }

  /** Ended windows with held pages and no summary yet, each claimed once whichever process sweeps first. */
  async claimDueSummaries(
    now: Date,
  ): Promise<Array<{ team: string; integration: string; held: number; windowStart: Date; windowEnd: Date }>> {
    const [rows]: [Array<{ scope: string; window_start: Date; held: number }>, number] = await this.db.query(
      `UPDATE notification_budget SET summarized_at = now()
       WHERE scope LIKE 'team:%' AND held > 0 AND summarized_at IS NULL AND window_start <= $1
       RETURNING scope, window_start, held`,
      [new Date(now.getTime() - this.limits.windowMs)],
    );
    return rows.map((row) => {
      const rest = row.scope.slice('team:'.length);
      const colon = rest.indexOf(':');
      return {
        team: rest.slice(0, colon),
        integration: rest.slice(colon + 1),
        held: row.held,
        windowStart: row.window_start,
        windowEnd: new Date(row.window_start.getTime() + this.limits.windowMs),
      };
    });
  }
}
