import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import type { Tx } from '../platform/database/unit-of-work';
import {
  ALL_INTEGRATIONS_SCOPE,
  budgetDecision,
  budgetWindow,
  integrationScope,
  teamScope,
  teamScopeParts,
  type BudgetDecision,
  type BudgetLimits,
} from './domain/notification-budget';
import { NotificationBudgetRepository } from './notification-budget.repository';

/**
 * The notification budget's counters live in Postgres, beside the rest of noise control's state (the
 * issue's notified_state_key, the audit log), so every worker process spends from the same budget.
 */
@Injectable()
export class NotificationBudgetService {
  readonly limits: BudgetLimits;

  constructor(
    private readonly budgets: NotificationBudgetRepository,
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
    outer?: Tx,
  ): Promise<{ decision: BudgetDecision; window: { start: Date; end: Date } }> {
    const window = budgetWindow(now, this.limits.windowMs);
    const scope = integrationScope(integration);
    return this.budgets.serialised(async (tx) => {
      const paged = await this.budgets.paged(window.start, [scope, ALL_INTEGRATIONS_SCOPE], tx);
      const used = { integration: paged.get(scope) ?? 0, total: paged.get(ALL_INTEGRATIONS_SCOPE) ?? 0 };
      const decision = budgetDecision(this.limits, used, integration);
      if (decision.page) await this.budgets.count('paged', [scope, ALL_INTEGRATIONS_SCOPE], window.start, tx);
      else await this.budgets.count('held', [scope, teamScope(team, integration)], window.start, tx);
      return { decision, window };
    }, outer);
  }

  /** Ended windows with held pages and no summary yet, each claimed once whichever process sweeps first. */
  async claimDueSummaries(
    now: Date,
  ): Promise<Array<{ team: string; integration: string; held: number; windowStart: Date; windowEnd: Date }>> {
    const claimed = await this.budgets.claimUnsummarised(new Date(now.getTime() - this.limits.windowMs));
    return claimed.flatMap((row) => {
      // only team scopes are claimed, so every row has its parts
      const parts = teamScopeParts(row.scope);
      if (!parts) return [];
      return [
        {
          ...parts,
          held: row.held,
          windowStart: row.windowStart,
          windowEnd: new Date(row.windowStart.getTime() + this.limits.windowMs),
        },
      ];
    });
  }
}
