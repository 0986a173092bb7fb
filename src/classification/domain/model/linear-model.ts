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
  /**
   * Features in more than one training line in twenty ("the", "is", "http:4xx"): they say little about
   * one message, so corrections people make do not learn on them (corrections.ts).
   */
  common?: string[];
  /** what it was trained on, for the record */
  trainedOn: { lines: number; systems: number; features: number; date: string };
}

export interface LinearScore {
  logits: Record<OwnerClass, number>;
  probabilities: Record<OwnerClass, number>;
  /** the features that moved the answer most towards each class, heaviest first */
  contributions: Array<{ feature: string; cls: OwnerClass; weight: number }>;
  /** the same for the extra weights alone (corrections people taught), when there are any */
  extraContributions: Array<{ feature: string; cls: OwnerClass; weight: number }>;
}

/** A feature's push towards a class: its weight there against the mean of the three. */
function push(feature: string, a: number, b: number, c: number, into: LinearScore['contributions']): void {
  const mean = (a + b + c) / 3;
  const best = a >= b && a >= c ? 0 : b >= c ? 1 : 2;
  const weight = (best === 0 ? a : best === 1 ? b : c) - mean;
  if (weight > 0.01) into.push({ feature, cls: OWNER_CLASSES[best], weight });
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((value) => Math.exp(value - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

// A model's weights arrive as a JSON object of thousands of keys, which V8 keeps in dictionary mode:
// a Map made once per weights object looks features up several times faster.
const asMaps = new WeakMap<Record<string, number[]>, Map<string, number[]>>();
function mapOf(weights: Record<string, number[]>): Map<string, number[]> {
  let map = asMaps.get(weights);
  if (!map) asMaps.set(weights, (map = new Map(Object.entries(weights))));
  return map;
}

/** Logits and probabilities for one set of features, plus each feature's push (for reasons). */
export function scoreLinear(
  model: Pick<LinearModel, 'bias' | 'weights' | 'temperature'>,
  features: readonly string[],
  extra?: Record<string, number[]>,
): LinearScore {
  const logits = [...model.bias];
  const contributions: LinearScore['contributions'] = [];
  const extraContributions: LinearScore['contributions'] = [];
  const weights = mapOf(model.weights);
  const deltas = extra ? mapOf(extra) : undefined;
  for (const feature of features) {
    const row = weights.get(feature);
    const delta = deltas?.get(feature);
    if (!row && !delta) continue;
    const a = (row?.[0] ?? 0) + (delta?.[0] ?? 0);
    const b = (row?.[1] ?? 0) + (delta?.[1] ?? 0);
    const c = (row?.[2] ?? 0) + (delta?.[2] ?? 0);
    logits[0] += a;
    logits[1] += b;
    logits[2] += c;
    push(feature, a, b, c, contributions);
    if (delta) push(feature, delta[0], delta[1], delta[2], extraContributions);
  }
  const scaled = logits.map((value) => value / model.temperature);
  const probabilities = softmax(scaled);
  contributions.sort((a, b) => b.weight - a.weight);
  extraContributions.sort((a, b) => b.weight - a.weight);
  return {
    extraContributions,
    logits: Object.fromEntries(OWNER_CLASSES.map((cls, c) => [cls, scaled[c]])) as Record<OwnerClass, number>,
    probabilities: Object.fromEntries(OWNER_CLASSES.map((cls, c) => [cls, probabilities[c]])) as Record<
      OwnerClass,
      number
    >,
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
