import { Injectable } from '@nestjs/common';
import { TtlValue } from '../platform/ttl-cache';
import { orderRules, routeIssue, type RouteRule, type RoutingFacts } from './domain/route';
import { RoutingRuleRepository } from './routing-rule.repository';

const RULES_TTL_MS = 5000;

/** Loads the routing rows (briefly cached: every event asks) and lets the pure router decide. */
@Injectable()
export class RoutingService {
  private readonly cached = new TtlValue<RouteRule[]>(RULES_TTL_MS);

  constructor(private readonly rules: RoutingRuleRepository) {}

  /**
   * The current rules as a synchronous router. Load it before opening a transaction: a query on another
   * pooled connection inside one would wait on it (and on the embedded Postgres, which runs one
   * transaction at a time, never return).
   */
  async router(now = Date.now()): Promise<(facts: RoutingFacts) => string> {
    const rules = await this.cached.getOrLoad(now, async () => orderRules(await this.rules.all()));
    return (facts) => routeIssue(rules, facts).ownerTeam;
  }

  /** After a config import: the next event routes by the new rules, not the cached ones. */
  invalidate(): void {
    this.cached.clear();
  }

  async ownerOf(facts: RoutingFacts): Promise<string> {
    return (await this.router())(facts);
  }
}
