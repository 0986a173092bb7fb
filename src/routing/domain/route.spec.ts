import { describe, expect, it } from 'vitest';
import { issueRoutingFacts, orderRules, routeIssue, type RouteRule, type RoutingFacts } from './route';

const defaults: RouteRule[] = [
  { priority: 100, classification: 'defect', ownerTeam: 'engineering' },
  { priority: 100, classification: 'bad_source_data', ownerTeam: 'support' },
  { priority: 100, classification: 'process_change', ownerTeam: 'business' },
  { priority: 100, classification: 'needs_triage', ownerTeam: 'support' },
  { priority: 1000, ownerTeam: 'support' },
];

const facts = (overrides: Partial<RoutingFacts>): RoutingFacts => ({
  classification: 'defect',
  category: 'upstream_5xx',
  system: 'netsuite',
  sourceSystem: 'shopify',
  entity: 'salesOrder',
  integration: 'shopify-netsuite-orders',
  ...overrides,
});

describe('routeIssue', () => {
  it.each([
    ['defect', 'engineering'],
    ['bad_source_data', 'support'],
    ['process_change', 'business'],
    ['needs_triage', 'support'],
  ] as const)('sends %s to %s with the default rules', (classification, team) => {
    expect(routeIssue(orderRules(defaults), facts({ classification })).ownerTeam).toBe(team);
  });

  it('prefers a more specific rule at the same priority', () => {
    const rules = orderRules([
      ...defaults,
      { priority: 100, classification: 'bad_source_data', system: 'netsuite', ownerTeam: 'netsuite-stewards' },
    ]);
    expect(routeIssue(rules, facts({ classification: 'bad_source_data' })).ownerTeam).toBe('netsuite-stewards');
    expect(
      routeIssue(rules, facts({ classification: 'bad_source_data', system: 'xero', sourceSystem: 'portal' })).ownerTeam,
    ).toBe('support');
  });

  it('lets a lower priority number win over specificity', () => {
    const rules = orderRules([
      ...defaults,
      { priority: 10, integration: 'shopify-netsuite-orders', ownerTeam: 'orders-squad' },
    ]);
    expect(routeIssue(rules, facts({ classification: 'process_change' })).ownerTeam).toBe('orders-squad');
  });

  it('matches a system rule on the source system too', () => {
    const rules = orderRules([
      { priority: 1, system: 'shopify', category: 'rate_limited', ownerTeam: 'platform' },
      ...defaults,
    ]);
    expect(routeIssue(rules, facts({ category: 'rate_limited' })).ownerTeam).toBe('platform');
  });

  it('falls back to support when no rule matches', () => {
    expect(routeIssue([], facts({})).ownerTeam).toBe('support');
  });
});

describe('issueRoutingFacts', () => {
  const issue = {
    targetSystem: 'netsuite',
    sourceSystem: 'shop',
    targetEntity: 'salesOrder',
    sourceEntity: 'order',
    integration: 'shop-netsuite',
  };

  it("routes by the target's system and entity, under the class given", () => {
    expect(issueRoutingFacts(issue, { classification: 'process_change', category: 'period_locked' })).toEqual({
      classification: 'process_change',
      category: 'period_locked',
      system: 'netsuite',
      sourceSystem: 'shop',
      entity: 'salesOrder',
      integration: 'shop-netsuite',
    });
  });

  it("falls back to the source's entity when the target's is not known", () => {
    const facts = issueRoutingFacts(
      { ...issue, targetSystem: null, targetEntity: null },
      {
        classification: 'defect',
        category: 'unknown',
      },
    );
    expect([facts.system, facts.entity]).toEqual([null, 'order']);
  });
});
