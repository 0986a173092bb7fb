import { compileUserPattern, type UserPattern } from '../../platform/text/user-pattern';
import type { ClassifiableEvent, UserRule } from './classification.types';

interface CompiledRule {
  rule: UserRule;
  order: number;
  /** null: the stored pattern is one the linear-time engine refuses, so the rule matches nothing */
  messageRegex?: UserPattern | null;
}

/**
 * User rules indexed by their most selective literal condition (code, then system, then
 * integration), so an event is only tested against the rules that could match it: a thousand
 * rules cost about as much as the handful sharing the event's code or system.
 */
export interface CompiledRules {
  byCode: Map<string, CompiledRule[]>;
  bySystem: Map<string, CompiledRule[]>;
  byIntegration: Map<string, CompiledRule[]>;
  unindexed: CompiledRule[];
  size: number;
  /** rules saved before patterns were checked for linear-time matching, with why each never matches now */
  refused: { rule: UserRule; problem: string }[];
}

const key = (value: string): string => value.trim().toLowerCase();

function push(index: Map<string, CompiledRule[]>, at: string, rule: CompiledRule): void {
  const list = index.get(at);
  if (list) list.push(rule);
  else index.set(at, [rule]);
}

export function compileRules(rules: readonly UserRule[]): CompiledRules {
  const compiled: CompiledRules = {
    byCode: new Map(),
    bySystem: new Map(),
    byIntegration: new Map(),
    unindexed: [],
    size: rules.length,
    refused: [],
  };
  rules.forEach((rule, order) => {
    const entry: CompiledRule = { rule, order };
    if (rule.match.messageRegex) {
      const { pattern, problem } = compileUserPattern(rule.match.messageRegex);
      entry.messageRegex = pattern ?? null;
      if (problem) compiled.refused.push({ rule, problem });
    }
    if (rule.match.code) push(compiled.byCode, key(rule.match.code), entry);
    else if (rule.match.system) push(compiled.bySystem, key(rule.match.system), entry);
    else if (rule.match.integration) push(compiled.byIntegration, key(rule.match.integration), entry);
    else compiled.unindexed.push(entry);
  });
  return compiled;
}

function matches(entry: CompiledRule, event: ClassifiableEvent): boolean {
  const { match } = entry.rule;
  const targetSystem = event.target?.system ?? event.source.system;
  if (match.system && key(match.system) !== key(targetSystem)) return false;
  if (match.sourceSystem && key(match.sourceSystem) !== key(event.source.system)) return false;
  if (
    match.entity &&
    key(match.entity) !== key(event.target?.entity ?? '') &&
    key(match.entity) !== key(event.source.entity)
  )
    return false;
  if (match.integration && key(match.integration) !== key(event.integration)) return false;
  if (match.code && key(match.code) !== key(event.error?.code ?? '')) return false;
  if (match.httpStatus !== undefined && match.httpStatus !== event.error?.httpStatus) return false;
  if (match.payloadField) {
    const payload = event.payload ?? {};
    // own keys only: `in` would find toString or constructor on every payload's prototype
    if (!Object.hasOwn(payload, match.payloadField)) return false;
    if (match.payloadValue !== undefined && String(payload[match.payloadField]) !== match.payloadValue) return false;
  }
  if (entry.messageRegex === null) return false;
  if (entry.messageRegex && !entry.messageRegex.test(event.error?.message ?? '')) return false;
  return true;
}

/** The rules that match, highest priority (lowest number) first; ties keep the order they were given in. */
export function matchingRules(compiled: CompiledRules, event: ClassifiableEvent): UserRule[] {
  if (compiled.size === 0) return [];
  const candidates = [
    ...(event.error?.code ? (compiled.byCode.get(key(event.error.code)) ?? []) : []),
    ...(compiled.bySystem.get(key(event.target?.system ?? event.source.system)) ?? []),
    ...(compiled.byIntegration.get(key(event.integration)) ?? []),
    ...compiled.unindexed,
  ];
  return candidates
    .filter((entry) => matches(entry, event))
    .sort((a, b) => (a.rule.priority ?? 100) - (b.rule.priority ?? 100) || a.order - b.order)
    .map((entry) => entry.rule);
}
