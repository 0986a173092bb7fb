import type { ClassifiableEvent, OwnerClass } from './classification.types';

/**
 * Where a person's class for an issue teaches the classifier (a reclassification, or a resolve that confirms
 * Seam's class). Classification provides it (LearningService); it is declared here so that issues, which
 * classification depends on, can teach without depending back. `tx` is the caller's transaction, so the
 * label and what was learned from it commit together.
 */
export abstract class LabelLearner {
  /** `issueId`: settling the same issue again replaces what was learned from it before. */
  abstract learnFrom(example: ClassifiableEvent, label: OwnerClass, tx: unknown, issueId?: string): Promise<void>;
}
