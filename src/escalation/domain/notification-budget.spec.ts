import { describe, expect, it } from 'vitest';
import { budgetDecision, budgetSummaryText, budgetWindow, teamScope, teamScopeParts } from './notification-budget';

const HOUR = 3_600_000;
const limits = { perIntegration: 20, total: 100, windowMs: HOUR };

describe('budgetDecision', () => {
  it.each([
    [{ integration: 0, total: 0 }, true, undefined],
    [{ integration: 19, total: 50 }, true, undefined],
    [{ integration: 20, total: 50 }, false, 'integration'],
    [{ integration: 500, total: 500 }, false, 'integration'],
    [{ integration: 3, total: 99 }, true, undefined],
    [{ integration: 3, total: 100 }, false, 'total'],
  ])('with %o used: page = %s (%s)', (used, page, scope) => {
    const decision = budgetDecision(limits, used, 'shopify');
    expect(decision.page).toBe(page);
    if (!decision.page) expect(decision.scope).toBe(scope);
  });

  it('says why in words', () => {
    expect(budgetDecision(limits, { integration: 20, total: 20 }, 'shopify')).toEqual({
      page: false,
      scope: 'integration',
      reason: 'shopify already caused 20 pages this hour (budget 20); one summary follows at its end',
    });
  });
});

describe('budgetWindow', () => {
  it.each([
    ['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z'],
    ['2026-03-01T10:59:59.999Z', '2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z'],
    ['2026-03-01T11:00:00.000Z', '2026-03-01T11:00:00.000Z', '2026-03-01T12:00:00.000Z'],
  ])('%s falls in [%s, %s)', (now, start, end) => {
    expect(budgetWindow(new Date(now), HOUR)).toEqual({ start: new Date(start), end: new Date(end) });
  });
});

describe('budgetSummaryText', () => {
  it.each([
    [480, HOUR, '480 more issues from integration shopify in the last hour'],
    [1, HOUR, '1 more issue from integration shopify in the last hour'],
    [3, 5000, '3 more issues from integration shopify in the last 5 seconds'],
  ])('%i held in a window of %i ms', (held, windowMs, text) => {
    expect(
      budgetSummaryText(
        { type: 'budget_summary', integration: 'shopify', team: 'ops', held, windowStart: '', windowEnd: '' },
        windowMs,
      ),
    ).toBe(text);
  });
});

describe('teamScopeParts', () => {
  it.each<[string, string, { team: string; integration: string } | undefined]>([
    ['a team scope', 'team:support:shopify', { team: 'support', integration: 'shopify' }],
    ['an integration with colons', 'team:support:erp:orders', { team: 'support', integration: 'erp:orders' }],
    ['an integration scope', 'integration:shopify', undefined],
    ['the total', '*', undefined],
    ['a team without integration', 'team:support', undefined],
  ])('%s', (_name, scope, parts) => {
    expect(teamScopeParts(scope)).toEqual(parts);
  });

  it('reads back what teamScope wrote', () => {
    expect(teamScopeParts(teamScope('eng', 'a:b'))).toEqual({ team: 'eng', integration: 'a:b' });
  });
});
