import { Injectable } from '@nestjs/common';
import type { LabelLearner } from '../core/label-learner';
import type { Tx } from '../platform/database/unit-of-work';
import { ClassifierService } from './classifier.service';
import { LearnedModelRepository } from './learned-model.repository';
import type { ClassifiableEvent, OwnerClass } from './domain/classification.types';
import { readMessage } from './domain/message-knowledge';
import { asCorrections, correctionFeaturesOf, learnCorrection } from './domain/model/corrections';
import { BUILT_IN_PACKS } from './domain/packs';
import { loadModel } from './model-file';

/** Turns a person's reclassification into corrections of the trained model, learned online. */
@Injectable()
export class LearningService implements LabelLearner {
  constructor(
    private readonly classifier: ClassifierService,
    private readonly learned: LearnedModelRepository,
  ) {}

  /** Runs in the reclassification's transaction: the label and what was learned from it commit together. */
  async learnFrom(example: ClassifiableEvent, label: OwnerClass, tx: Tx): Promise<void> {
    const learned = await this.learned.lock(tx);
    const features = readMessage(example, BUILT_IN_PACKS).features;
    const system = example.target?.system ?? example.source.system;
    const model = loadModel();
    const corrections = learnCorrection(
      model,
      asCorrections(learned),
      features,
      correctionFeaturesOf(features, system, model?.common),
      label,
    );
    await this.learned.saveWithOneMoreExample(corrections, tx);
    this.classifier.invalidate();
  }
}
