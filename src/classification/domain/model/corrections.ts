import { OWNER_CLASSES, type OwnerClass } from '../classification.types';
import type { Corrections } from '../classifier';
import { softmax, type LinearModel } from './linear-model';

export const NO_CORRECTIONS: Corrections = { weights: {}, examples: 0, taught: [] };

/** the most recent corrections kept to refit on; the weights are fitted on these alone, so older ones are forgotten */
const MAX_TAUGHT = 2000;
const EPOCHS = 60;
const RATE = 0.1;
/**
 * Pull of every correction weight towards nothing, against the corrections' summed loss: a prior worth
 * about one correction's doubt. Corrections are few and some are mistaken: a weight must be earned by
 * several corrections agreeing, not by one message alone. Summed, not averaged: averaged over every
 * correction taught (of every system), one system's corrections moved less the more other systems had
 * (docs/classifier.md, "corrections fitted against a fixed prior").
 */
const PRIOR = 1;

// what a correction may teach: the words, codes, families and shapes of the message, and the concepts of error
// language it names, so ten settled "not found" errors speak for the system's other wordings of it (not its
// length, status or the absence of things)
const TEACHABLE = /^(w|code|cw|fam|policy|shape|c|cc):/;

/**
 * The features a correction is learned on: the message's own words, codes, families, shapes and concepts, each tied
 * to the target system, leaving out what most messages share (the model's `common` features). A team's
 * reclassifications of its NetSuite failures then move NetSuite answers, not every system's.
 */
export function correctionFeaturesOf(
  features: readonly string[],
  targetSystem: string,
  common?: readonly string[],
): string[] {
  const system = targetSystem.toLowerCase();
  const skip = common ? commonSet(common) : undefined;
  const own: string[] = [];
  for (const feature of features)
    if (TEACHABLE.test(feature) && !feature.endsWith(':none') && !skip?.has(feature)) own.push(`${system}|${feature}`);
  return own;
}

// which systems corrections speak for: most events' systems have none, and are not scored against them
const taughtSystems = new WeakMap<Record<string, number[]>, Set<string>>();
export function correctsSystem(weights: Record<string, number[]>, targetSystem: string): boolean {
  let systems = taughtSystems.get(weights);
  if (!systems) {
    systems = new Set(Object.keys(weights).map((feature) => feature.slice(0, feature.indexOf('|'))));
    taughtSystems.set(weights, systems);
  }
  return systems.has(targetSystem.toLowerCase());
}

const commonSets = new WeakMap<readonly string[], Set<string>>();
/** The model's common features as a set, made once per model. */
export function commonSet(common: readonly string[]): Set<string> {
  let set = commonSets.get(common);
  if (!set) commonSets.set(common, (set = new Set(common)));
  return set;
}

/**
 * Learns one person's reclassification: the correction joins those taught before, and the weights laid
 * over the trained model are fitted again on all of them (the model's own answer for each held fixed, a
 * fixed pull towards zero), a few milliseconds for hundreds of corrections. Deterministic, like training.
 * The committed weights never change; words the model never saw get weights too.
 *
 * With a `key` (the issue settled), the correction replaces any taught before under the same key: a person
 * who undoes a mistaken reclassification by reclassifying again must take the mistake out of what Seam
 * learned, not leave two contradicting corrections of one message to cancel out.
 */
export function learnCorrection(
  model: Pick<LinearModel, 'bias' | 'weights' | 'temperature'> | undefined,
  corrections: Corrections,
  features: readonly string[],
  correctionFeatures: readonly string[],
  label: OwnerClass,
  key?: string,
): Corrections {
  const taught = [
    ...withoutKey(corrections.taught ?? [], key),
    { features: [...features], correctionFeatures: [...correctionFeatures], label, ...(key ? { key } : {}) },
  ].slice(-MAX_TAUGHT);
  return { weights: refit(model, taught), examples: corrections.examples + 1, taught };
}

/** Whether a correction under this key is among those taught (and so still shapes the weights). */
export function taughtUnder(corrections: Corrections, key: string): boolean {
  return (corrections.taught ?? []).some((example) => example.key === key);
}

/**
 * The corrections as they would be without the one taught under this key: how Seam would answer the settled
 * issue had it not learned from that issue itself. The corrections unchanged when nothing was taught under it.
 */
export function correctionsWithout(
  model: Pick<LinearModel, 'bias' | 'weights' | 'temperature'> | undefined,
  corrections: Corrections,
  key: string,
): Corrections {
  if (!taughtUnder(corrections, key)) return corrections;
  const taught = withoutKey(corrections.taught ?? [], key);
  return { weights: refit(model, taught), examples: corrections.examples, taught };
}

function withoutKey(taught: readonly Taught[], key: string | undefined): Taught[] {
  return key ? taught.filter((example) => example.key !== key) : [...taught];
}

type Taught = NonNullable<Corrections['taught']>[number];

function refit(
  model: Pick<LinearModel, 'bias' | 'weights' | 'temperature'> | undefined,
  taught: readonly Taught[],
): Record<string, number[]> {
  const base = model ?? { bias: [0, 0, 0], weights: {}, temperature: 1 };
  const K = OWNER_CLASSES.length;
  const index = new Map<string, number>();
  for (const example of taught)
    for (const feature of example.correctionFeatures) if (!index.has(feature)) index.set(feature, index.size);
  const rows = taught.map((example) => [...new Set(example.correctionFeatures.map((feature) => index.get(feature)!))]);
  // the trained model's logits for each example, fixed while the corrections are fitted
  const offsets = taught.map((example) => {
    const logits = [...base.bias];
    for (const feature of example.features) {
      const row = base.weights[feature];
      if (row) for (let c = 0; c < K; c++) logits[c] += row[c];
    }
    return logits.map((value) => value / base.temperature);
  });
  const W = new Float64Array(index.size * K);
  const m = new Float64Array(W.length);
  const v = new Float64Array(W.length);
  const g = new Float64Array(W.length);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    g.fill(0);
    taught.forEach((example, i) => {
      const logits = [...offsets[i]];
      for (const f of rows[i]) for (let c = 0; c < K; c++) logits[c] += W[f * K + c];
      const p = softmax(logits);
      const target = OWNER_CLASSES.indexOf(example.label);
      for (let c = 0; c < K; c++) {
        const d = p[c] - (c === target ? 1 : 0);
        for (const f of rows[i]) g[f * K + c] += d;
      }
    });
    for (let j = 0; j < W.length; j++) {
      const grad = g[j] + PRIOR * W[j];
      m[j] = 0.9 * m[j] + 0.1 * grad;
      v[j] = 0.999 * v[j] + 0.001 * grad * grad;
      W[j] -= (RATE * (m[j] / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j] / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [feature, f] of index) {
    const row = Array.from(W.subarray(f * K, f * K + K)).map((value) => Math.round(value * 10_000) / 10_000);
    if (row.some((value) => Math.abs(value) >= 0.001)) weights[feature] = row;
  }
  return weights;
}

/** A stored value that is a Corrections; anything else (the naive-Bayes counts older versions kept) is none. */
export function asCorrections(stored: unknown): Corrections {
  const value = stored as Partial<Corrections> | null | undefined;
  return value && typeof value === 'object' && value.weights && typeof value.weights === 'object'
    ? {
        weights: value.weights,
        examples: Number(value.examples ?? 0),
        taught: Array.isArray(value.taught) ? value.taught : [],
      }
    : NO_CORRECTIONS;
}
