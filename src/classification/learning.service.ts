import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClassifierService } from './classifier.service';
import type { ClassifiableEvent, OwnerClass } from './domain/classification.types';
import { readMessage } from './domain/message-knowledge';
import { asCorrections, correctionFeaturesOf, learnCorrection } from './domain/model/corrections';
import { BUILT_IN_PACKS } from './domain/packs';
import { loadModel } from './model-file';

/** Turns a person's reclassification into corrections of the trained model, learned online. */
@Injectable()
export class LearningService {
  constructor(private readonly classifier: ClassifierService) {}

  /** Runs in the reclassification's transaction: the label and what was learned from it commit together. */
  async learnFrom(manager: EntityManager, example: ClassifiableEvent, label: OwnerClass): Promise<void> {
    const [row]: Array<{ model: unknown }> = await manager.query(`SELECT model FROM learned_model WHERE id = 1 FOR UPDATE`);
    const features = readMessage(example, BUILT_IN_PACKS).features;
    const system = example.target?.system ?? example.source.system;
    const model = loadModel();
    const corrections = learnCorrection(model, asCorrections(row?.model), features, correctionFeaturesOf(features, system, model?.common), label);
    await manager.query(
      `INSERT INTO learned_model (id, model, examples, updated_at) VALUES (1, $1, 1, now())
       ON CONFLICT (id) DO UPDATE SET model = EXCLUDED.model, examples = learned_model.examples + 1, updated_at = now()`,
      [JSON.stringify(corrections)],
    );
    this.classifier.invalidate();
  }
}
