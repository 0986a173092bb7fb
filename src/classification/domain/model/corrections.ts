import { OWNER_CLASSES, type OwnerClass } from '../classification.types';
import type { Corrections } from '../classifier';
import { softmax, type LinearModel } from './linear-model';

export const NO_CORRECTIONS: Corrections = { weights: {}, examples: 0 };

const STEPS = 10;
const RATE = 0.6;
/** stop nudging once the corrected class is this likely: a correction teaches, it does not memorise */
const ENOUGH = 0.8;

/**
 * Learns one person's reclassification online: a few gradient steps of the model's own loss on this
 * example, applied to weight changes kept beside the trained model (the committed weights never change).
 * Features the model never saw get weights too, so a new kind of message is learned from its first
 * correction; similar messages share most features and follow.
 */
export function learnCorrection(model: Pick<LinearModel, 'bias' | 'weights' | 'temperature'> | undefined, corrections: Corrections, features: readonly string[], label: OwnerClass): Corrections {
  const base = model ?? { bias: [0, 0, 0], weights: {}, temperature: 1 };
  const weights: Record<string, number[]> = { ...corrections.weights };
  const target = OWNER_CLASSES.indexOf(label);
  for (let step = 0; step < STEPS; step++) {
    // scored here rather than by scoreLinear, which caches a weights object it is shown (this one changes)
    const logits = [...base.bias];
    for (const feature of features) {
      const row = base.weights[feature];
      const delta = weights[feature];
      for (let c = 0; c < OWNER_CLASSES.length; c++) logits[c] += (row?.[c] ?? 0) + (delta?.[c] ?? 0);
    }
    const p = softmax(logits.map((value) => value / base.temperature));
    if (p[target] >= ENOUGH) break;
    // the step is shared over the example's features, so long messages do not learn faster than short ones
    const rate = RATE / Math.sqrt(Math.max(1, features.length));
    for (const feature of features) {
      const row = [...(weights[feature] ?? [0, 0, 0])];
      for (let c = 0; c < OWNER_CLASSES.length; c++) row[c] -= rate * (p[c] - (c === target ? 1 : 0));
      weights[feature] = row.map((value) => Math.round(value * 10_000) / 10_000);
    }
  }
  return { weights, examples: corrections.examples + 1 };
}

/** A stored value that is a Corrections; anything else (the naive-Bayes counts older versions kept) is none. */
export function asCorrections(stored: unknown): Corrections {
  const value = stored as Partial<Corrections> | null | undefined;
  return value && typeof value === 'object' && value.weights && typeof value.weights === 'object' ? { weights: value.weights, examples: Number(value.examples ?? 0) } : NO_CORRECTIONS;
}
