import { OWNER_CLASSES, type OwnerClass } from '../classification.types';

/**
 * A multinomial logistic regression over sparse binary features: one weight per feature and class, a
 * bias per class. Trained by `npm run train` (train.ts) and committed as data (data/model/seam-model.json);
 * inference is a sum over the event's features, so it costs microseconds.
 */
export interface LinearModel {
  version: 1;
  classes: readonly OwnerClass[];
  bias: number[];
  /** feature → weight per class, in `classes` order; features not listed weigh nothing */
  weights: Record<string, number[]>;
  /** logits are divided by this before the softmax (temperature scaling, fitted on held-out folds) */
  temperature: number;
  /**
   * Confidence: the probability of the top class mapped to how often answers of that probability were
   * right (label or altLabel) on held-out folds. Ascending `at`, with `right` non-decreasing (isotonic).
   */
  calibration: { at: number[]; right: number[] };
  /** what it was trained on, for the record */
  trainedOn: { lines: number; systems: number; features: number; date: string };
}

export interface LinearScore {
  logits: Record<OwnerClass, number>;
  probabilities: Record<OwnerClass, number>;
  /** the features that moved the answer most towards each class, heaviest first */
  contributions: Array<{ feature: string; cls: OwnerClass; weight: number }>;
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((value) => Math.exp(value - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

/** Logits and probabilities for one set of features, plus each feature's push (for reasons). */
export function scoreLinear(model: Pick<LinearModel, 'bias' | 'weights' | 'temperature'>, features: readonly string[], extra?: Record<string, number[]>): LinearScore {
  const logits = [...model.bias];
  const contributions: LinearScore['contributions'] = [];
  for (const feature of features) {
    const row = model.weights[feature];
    const delta = extra?.[feature];
    if (!row && !delta) continue;
    for (let c = 0; c < OWNER_CLASSES.length; c++) {
      const weight = (row?.[c] ?? 0) + (delta?.[c] ?? 0);
      logits[c] += weight;
    }
    // a feature's push towards a class: its weight there against the mean of the others
    const values = OWNER_CLASSES.map((_, c) => (row?.[c] ?? 0) + (delta?.[c] ?? 0));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const best = values.indexOf(Math.max(...values));
    if (values[best] - mean > 0.05) contributions.push({ feature, cls: OWNER_CLASSES[best], weight: values[best] - mean });
  }
  const scaled = logits.map((value) => value / model.temperature);
  const probabilities = softmax(scaled);
  contributions.sort((a, b) => b.weight - a.weight);
  return {
    logits: Object.fromEntries(OWNER_CLASSES.map((cls, c) => [cls, scaled[c]])) as Record<OwnerClass, number>,
    probabilities: Object.fromEntries(OWNER_CLASSES.map((cls, c) => [cls, probabilities[c]])) as Record<OwnerClass, number>,
    contributions,
  };
}

/** The calibrated confidence for a top-class probability: piecewise linear between the fitted points. */
export function calibrated(calibration: LinearModel['calibration'], probability: number): number {
  const { at, right } = calibration;
  if (at.length === 0) return probability;
  if (probability <= at[0]) return right[0];
  for (let i = 1; i < at.length; i++) {
    if (probability <= at[i]) {
      const span = at[i] - at[i - 1];
      const t = span === 0 ? 1 : (probability - at[i - 1]) / span;
      return right[i - 1] + t * (right[i] - right[i - 1]);
    }
  }
  return right[right.length - 1];
}
