import type { Category, Classification } from '../../core/classification.types';

export interface RoutingFacts {
  classification: Classification;
  category: Category;
  system: string | null;
  sourceSystem: string;
  entity: string | null;
  integration: string;
}

/** Where an issue's failures go, as routing rules see it: the target's system and entity where known. */
export interface RoutedIssue {
  targetSystem: string | null;
  sourceSystem: string;
  targetEntity: string | null;
  sourceEntity: string;
  integration: string;
}

/** The facts an issue is routed by, under the class it has (or is about to get). */
export function issueRoutingFacts(
  issue: RoutedIssue,
  verdict: { classification: Classification; category: Category },
): RoutingFacts {
  return {
    classification: verdict.classification,
    category: verdict.category,
    system: issue.targetSystem,
    sourceSystem: issue.sourceSystem,
    entity: issue.targetEntity ?? issue.sourceEntity,
    integration: issue.integration,
  };
}

export interface RouteRule {
  priority: number;
  classification?: string | null;
  category?: string | null;
  /** matches the target system, or the source system */
  system?: string | null;
  entity?: string | null;
  integration?: string | null;
  ownerTeam: string;
}

export const FALLBACK_TEAM = 'support';

const specificity = (rule: RouteRule) =>
  [rule.classification, rule.category, rule.system, rule.entity, rule.integration].filter((value) => value != null)
    .length;

/** Orders rules once: lower priority number first, then the more specific rule within a priority. */
export function orderRules<T extends RouteRule>(rules: readonly T[]): T[] {
  return [...rules].sort((a, b) => a.priority - b.priority || specificity(b) - specificity(a));
}

function matches(rule: RouteRule, facts: RoutingFacts): boolean {
  return (
    (rule.classification == null || rule.classification === facts.classification) &&
    (rule.category == null || rule.category === facts.category) &&
    (rule.system == null || rule.system === facts.system || rule.system === facts.sourceSystem) &&
    (rule.entity == null || rule.entity === facts.entity) &&
    (rule.integration == null || rule.integration === facts.integration)
  );
}

/** The owner team of an issue: the first matching rule of rules already ordered by orderRules. */
export function routeIssue(
  orderedRules: readonly RouteRule[],
  facts: RoutingFacts,
): { ownerTeam: string; rule?: RouteRule } {
  const rule = orderedRules.find((candidate) => matches(candidate, facts));
  return rule ? { ownerTeam: rule.ownerTeam, rule } : { ownerTeam: FALLBACK_TEAM };
}
