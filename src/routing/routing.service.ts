import { Injectable } from '@nestjs/common';
import { orderRules, routeIssue, type RouteRule, type RoutingFacts } from './domain/route';
import { RoutingRuleRepository } from './routing-rule.repository';

const RULES_TTL_MS = 5000;

/** Loads the routing rows (briefly cached: every event asks) and lets the pure router decide. */
@Injectable()
export class RoutingService {
  private cached?: { at: number; rules: RouteRule[] };

  constructor(private readonly rules: RoutingRuleRepository) {}

  /**
   * The current rules as a synchronous router. Load it before opening a transaction: a query on another
   * pooled connection inside one would wait on it (and on the embedded Postgres, which runs one
   * transaction at a time, never return).
   */
  async router(now = Date.now()): Promise<(facts: RoutingFacts) => string> {
    if (!this.cached || now - this.cached.at > RULES_TTL_MS) {
      this.cached = { at: now, rules: orderRules(await this.rules.all()) };
    }
    const rules = this.cached.rules;
    return (facts) => routeIssue(rules, facts).ownerTeam;
  }

  /** After a config import: the next event routes by the new rules, not the cached ones. */
  invalidate(): void {
    this.cached = undefined;
  }

  async ownerOf(facts: RoutingFacts): Promise<string> {
    return (await this.router())(facts);
  }
}
