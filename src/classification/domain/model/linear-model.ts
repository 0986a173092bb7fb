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
  /**
   * Each feature's push towards the class it favours, in the order of the features. Not sorted: a reason
   * needs only a class's few heaviest (heaviestOf picks them), and a sort with a comparator on every event
   * cost more than picking them.
   */
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
  // plain loops and three numbers rather than arrays built per feature: this runs on every event
  let l0 = model.bias[0];
  let l1 = model.bias[1];
  let l2 = model.bias[2];
  const contributions: LinearScore['contributions'] = [];
  const extraContributions: LinearScore['contributions'] = [];
  const weights = mapOf(model.weights);
  const deltas = extra ? mapOf(extra) : undefined;
  for (let i = 0; i < features.length; i++) {
    const feature = features[i];
    const row = weights.get(feature);
    const delta = deltas?.get(feature);
    if (row === undefined && delta === undefined) continue;
    let a = 0;
    let b = 0;
    let c = 0;
    if (row !== undefined) {
      a = row[0];
      b = row[1];
      c = row[2];
    }
    if (delta !== undefined) {
      a += delta[0];
      b += delta[1];
      c += delta[2];
      push(feature, delta[0], delta[1], delta[2], extraContributions);
    }
    l0 += a;
    l1 += b;
    l2 += c;
    push(feature, a, b, c, contributions);
  }
  const t = model.temperature;
  const scaled = [l0 / t, l1 / t, l2 / t];
  const probabilities = softmax(scaled);
  // the three classes in OWNER_CLASSES order, written out: an object literal V8 builds fast
  return {
    extraContributions,
    logits: { defect: scaled[0], bad_source_data: scaled[1], process_change: scaled[2] },
    probabilities: { defect: probabilities[0], bad_source_data: probabilities[1], process_change: probabilities[2] },
    contributions,
  };
}

/**
 * The contributions at `indices`, heaviest first, one at a time for as long as `take` asks for more:
 * the order a stable sort by weight would give (the earlier of equal weights first), without sorting all.
 */
export function heaviestOf<T extends { weight: number }>(
  contributions: readonly T[],
  indices: readonly number[],
  take: (contribution: T) => boolean,
): void {
  const taken = new Uint8Array(indices.length);
  for (let round = 0; round < indices.length; round++) {
    let best = -1;
    for (let j = 0; j < indices.length; j++)
      if (taken[j] === 0 && (best < 0 || contributions[indices[j]].weight > contributions[indices[best]].weight))
        best = j;
    taken[best] = 1;
    if (!take(contributions[indices[best]])) return;
  }
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
