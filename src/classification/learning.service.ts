import { Injectable } from '@nestjs/common';
import type { LabelLearner } from '../core/label-learner';
import type { Tx } from '../platform/database/unit-of-work';
import { ClassifierService } from './classifier.service';
import { LearnedModelRepository } from './learned-model.repository';
import type { ClassifiableEvent, OwnerClass } from './domain/classification.types';
import { readMessage } from './domain/message-knowledge';
import { classify, type Corrections } from './domain/classifier';
import {
  asCorrections,
  correctionFeaturesOf,
  correctionsWithout,
  learnCorrection,
  NO_CORRECTIONS,
} from './domain/model/corrections';
import type { LinearModel } from './domain/model/linear-model';
import {
  asLearningAudit,
  auditSettled,
  verdictOf,
  type LearningAudit,
  type LearningVerdict,
} from './domain/model/learning-audit';
import { BUILT_IN_PACKS } from './domain/packs';
import { compileRules } from './domain/user-rules';
import { loadModel } from './model-file';

const NO_RULES = compileRules([]);

export interface LearningReport {
  /** corrections learned so far, over all systems */
  corrections: number;
  lastLearnedAt: string | null;
  systems: Array<
    { system: string; verdict: LearningVerdict; p: number; detail: string; review: string } & Omit<
      LearningAudit[string],
      'spelledAs'
    >
  >;
}

/** Turns a person's reclassification into corrections of the trained model, learned online. */
@Injectable()
export class LearningService implements LabelLearner {
  constructor(
    private readonly classifier: ClassifierService,
    private readonly learned: LearnedModelRepository,
  ) {}

  /**
   * Runs in the reclassification's transaction: the label and what was learned from it commit together.
   * Before learning, the settled issue is answered by the model alone and with what was learned so far,
   * and the audit counts which was right (learning-audit.ts). `issueId` keys the correction: settling the
   * same issue again replaces what was learned from it, and the audit's answer leaves that out.
   */
  async learnFrom(example: ClassifiableEvent, label: OwnerClass, tx: Tx, issueId?: string): Promise<void> {
    const learned = (await this.learned.lock(tx)) as { audit?: unknown } | undefined;
    const features = readMessage(example, BUILT_IN_PACKS).features;
    const system = example.target?.system ?? example.source.system;
    const model = loadModel();
    const before = asCorrections(learned);
    const audit = auditSettled(asLearningAudit(learned?.audit), {
      targetSystem: system,
      label,
      modelAnswer: leaningOf(example, model, NO_CORRECTIONS),
      // what was learned from other issues: this issue's own earlier correction would only echo itself
      learnedAnswer: leaningOf(example, model, issueId ? correctionsWithout(model, before, issueId) : before),
    });
    const corrections = learnCorrection(
      model,
      before,
      features,
      correctionFeaturesOf(features, system, model?.common),
      label,
      issueId,
    );
    await this.learned.saveWithOneMoreExample({ ...corrections, audit }, tx);
    this.classifier.invalidate();
  }

  /** Per target system, whether what Seam learned from people has been making its answers better. */
  async report(): Promise<LearningReport> {
    const stored = await this.learned.audit();
    const audit = asLearningAudit(stored?.audit);
    return {
      corrections: stored?.examples ?? 0,
      lastLearnedAt: stored?.updatedAt ?? null,
      systems: Object.entries(audit)
        .map(([system, { spelledAs, ...entry }]) => ({
          system,
          ...entry,
          ...verdictOf(entry),
          // the issues people reclassified there, under the system's own spelling (the list filters on it exactly)
          review: `/v1/issues?${new URLSearchParams({ classifiedBy: 'human', system: spelledAs ?? system })}`,
        }))
        // what needs a look first, then the systems with the most settled
        .sort((a, b) => Number(b.verdict === 'hurting') - Number(a.verdict === 'hurting') || b.settled - a.settled),
    };
  }
}

/** The class the message alone leans to (no context, no user rules), with these corrections. */
function leaningOf(event: ClassifiableEvent, model: LinearModel | undefined, corrections: Corrections): OwnerClass {
  return classify(event, {}, { rules: NO_RULES, model, corrections, settings: { triageThreshold: 0 } }).leaning;
}
