import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClassifierService } from './classifier.service';
import type { ClassifiableEvent, LearnedModel, OwnerClass } from './domain/classification.types';
import { emptyModel, learn, tokensOf } from './domain/naive-bayes';

/** Turns a person's reclassification into training for the model that joins the classifier's signals. */
@Injectable()
export class LearningService {
  constructor(private readonly classifier: ClassifierService) {}

  /** Runs in the reclassification's transaction: the label and what was learned from it commit together. */
  async learnFrom(manager: EntityManager, example: ClassifiableEvent, label: OwnerClass): Promise<void> {
    const [row]: Array<{ model: LearnedModel; examples: number }> = await manager.query(`SELECT model, examples FROM learned_model WHERE id = 1 FOR UPDATE`);
    const model = learn(row?.model ?? emptyModel(), tokensOf(example), label);
    await manager.query(
      `INSERT INTO learned_model (id, model, examples, updated_at) VALUES (1, $1, 1, now())
       ON CONFLICT (id) DO UPDATE SET model = EXCLUDED.model, examples = learned_model.examples + 1, updated_at = now()`,
      [JSON.stringify(model)],
    );
    this.classifier.invalidate();
  }
}
