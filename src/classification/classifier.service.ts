import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { TtlValue } from '../platform/ttl-cache';
import type {
  ClassifiableEvent,
  ClassificationContext,
  ClassificationResult,
  UserRule,
} from './domain/classification.types';
import { asCorrections } from './domain/model/corrections';
import { loadModel } from './model-file';
import { classify, type ClassifierKnowledge } from './domain/classifier';
import { compileRules } from './domain/user-rules';
import { LearnedModelRepository } from './learned-model.repository';
import { ClassificationRuleRepository } from './rules/classification-rule.repository';
import { toUserRule } from './rules/classification-rule.entity';

const KNOWLEDGE_TTL_MS = 5000;

/**
 * Holds what the classifier knows beyond one event — settings, user rules (compiled once), the trained
 * model (a data file) and the corrections learned from reclassifications — and calls the pure core with it. Reloaded when stale so every
 * process picks up another's changes within a few seconds, and at once after a change made here.
 */
@Injectable()
export class ClassifierService {
  private readonly cached = new TtlValue<{ knowledge: ClassifierKnowledge; rules: UserRule[] }>(KNOWLEDGE_TTL_MS);
  private readonly logger = new Logger(ClassifierService.name);
  private readonly warnedRules = new Set<string>();

  constructor(
    private readonly config: AppConfig,
    private readonly rules: ClassificationRuleRepository,
    private readonly learned: LearnedModelRepository,
  ) {}

  /** Load before opening a transaction (see RoutingService.router): it reads on its own connection. */
  async knowledge(now = Date.now()): Promise<ClassifierKnowledge> {
    return (await this.cached.getOrLoad(now, () => this.load())).knowledge;
  }

  private async load(): Promise<{ knowledge: ClassifierKnowledge; rules: UserRule[] }> {
    const [rules, model] = await Promise.all([
      this.rules.all(),
      // the weights only: the corrections themselves (model.taught) are read when one more is learned
      this.learned.weights(),
    ]);
    const userRules = rules.map(toUserRule);
    const compiled = compileRules(userRules);
    this.warnRefused(compiled.refused);
    return {
      rules: userRules,
      knowledge: {
        rules: compiled,
        model: loadModel(),
        corrections: asCorrections(model),
        settings: { triageThreshold: this.config.TRIAGE_THRESHOLD },
      },
    };
  }

  // Reloaded every few seconds: say it once per rule, not once per reload.
  private warnRefused(refused: ReturnType<typeof compileRules>['refused']): void {
    for (const { rule, problem } of refused) {
      if (this.warnedRules.has(rule.id)) continue;
      this.warnedRules.add(rule.id);
      this.logger.warn(
        `rule ${rule.id} matches nothing: its match.messageRegex must be a valid regular expression: ${problem}`,
      );
    }
  }

  invalidate(): void {
    this.cached.clear();
  }

  classify(
    knowledge: ClassifierKnowledge,
    event: ClassifiableEvent,
    context: ClassificationContext,
    now = new Date(),
  ): ClassificationResult {
    return classify(event, context, knowledge, now);
  }

  /** The knowledge with one more rule, for trying a rule out before saving it. */
  async withExtraRule(rule: UserRule): Promise<ClassifierKnowledge> {
    const { knowledge, rules } = await this.cached.getOrLoad(Date.now(), () => this.load());
    return { ...knowledge, rules: compileRules([...rules, rule]) };
  }
}
