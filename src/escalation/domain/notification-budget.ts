// How many individual pages one integration (and all of them together) may cause per window, and what
// the owners hear instead once it is spent. Pure: the caller counts and stores; this decides and words.

export interface BudgetLimits {
  perIntegration: number;
  total: number;
  windowMs: number;
}

export interface BudgetUse {
  /** pages this integration caused in the current window */
  integration: number;
  /** pages every integration caused in the current window */
  total: number;
}

export type BudgetDecision = { page: true } | { page: false; scope: 'integration' | 'total'; reason: string };

/** Fixed windows aligned to the epoch (whole hours by default), so every process agrees on the current one. */
export function budgetWindow(now: Date, windowMs: number): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: new Date(start), end: new Date(start + windowMs) };
}

export function budgetDecision(limits: BudgetLimits, used: BudgetUse, integration: string): BudgetDecision {
  if (used.integration >= limits.perIntegration) {
    return {
      page: false,
      scope: 'integration',
      reason: `${integration} already caused ${used.integration} page${used.integration === 1 ? '' : 's'} this ${windowName(limits.windowMs)} (budget ${limits.perIntegration}); one summary follows at its end`,
    };
  }
  if (used.total >= limits.total) {
    return {
      page: false,
      scope: 'total',
      reason: `${used.total} pages across all integrations this ${windowName(limits.windowMs)} (budget ${limits.total}); one summary follows at its end`,
    };
  }
  return { page: true };
}

/** What the owners get instead of the held pages. */
export interface BudgetSummary {
  type: 'budget_summary';
  integration: string;
  team: string;
  held: number;
  windowStart: string;
  windowEnd: string;
}

export function budgetSummaryText(summary: BudgetSummary, windowMs: number): string {
  return `${summary.held} more issue${summary.held === 1 ? '' : 's'} from integration ${summary.integration} in the last ${windowName(windowMs)}`;
}

function windowName(windowMs: number): string {
  if (windowMs === 3_600_000) return 'hour';
  if (windowMs % 60_000 === 0) return `${windowMs / 60_000} minutes`;
  return `${windowMs / 1000} seconds`;
}

/** The scope counting every integration's pages together. */
export const ALL_INTEGRATIONS_SCOPE = '*';

export const integrationScope = (integration: string): string => `integration:${integration}`;

/** What a team's summary must say; a slug has no colon, so the integration is whatever follows the second one. */
export const teamScope = (team: string, integration: string): string => `team:${team}:${integration}`;

export function teamScopeParts(scope: string): { team: string; integration: string } | undefined {
  if (!scope.startsWith('team:')) return undefined;
  const rest = scope.slice('team:'.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return undefined;
  return { team: rest.slice(0, colon), integration: rest.slice(colon + 1) };
}
