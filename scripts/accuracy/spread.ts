// How far a figure measured on these lines could move on other lines like them. Lines of one target
// system share templates, wording and labellers, so they are not independent draws: the bootstrap
// resamples whole systems, with replacement, and recomputes the figure on the lines they bring.
// A paired difference resamples the same systems for both sets of answers, so what two classifiers
// share (the lines, their difficulty) cancels and only where they differ counts.

import { seededRandom } from '../support/seeded-random';

export interface Spread {
  /** the figure on the lines as they are */
  value: number;
  /** standard deviation of the figure over the resamples */
  se: number;
  /** the 5th and 95th percentiles of the resamples: a 90% interval */
  low: number;
  high: number;
}

function groupsOf<T>(items: readonly T[], groupOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.keys()].sort().map((key) => groups.get(key)!);
}

function spreadOf(value: number, resampled: number[]): Spread {
  const sorted = [...resampled].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  const variance = sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(1, sorted.length - 1);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return { value, se: Math.sqrt(variance), low: at(0.05), high: at(0.95) };
}

/** The figure and its spread when the systems themselves are resampled. */
export function bootstrapByGroup<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  figure: (items: readonly T[]) => number,
  rounds = 1000,
  seed = 1,
): Spread {
  const groups = groupsOf(items, groupOf);
  const next = seededRandom(seed);
  const resampled: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const drawn: T[] = [];
    for (let i = 0; i < groups.length; i++) drawn.push(...groups[Math.floor(next() * groups.length)]);
    resampled.push(figure(drawn));
  }
  return spreadOf(figure(items), resampled);
}

/**
 * after − before on the same items, both recomputed on each resample of the groups. `keyOf` pairs an
 * item of one set with its counterpart in the other; a pair missing from either side is an error, since
 * a difference over different lines measures the lines.
 */
export function pairedDifferenceByGroup<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  groupOf: (item: T) => string,
  figure: (items: readonly T[]) => number,
  rounds = 1000,
  seed = 1,
): Spread {
  const afterByKey = new Map(after.map((item) => [keyOf(item), item]));
  if (afterByKey.size !== before.length || before.some((item) => !afterByKey.has(keyOf(item))))
    throw new Error('paired difference: the two sets of answers are not on the same lines');
  const pairs = before.map((item) => [item, afterByKey.get(keyOf(item))!] as const);
  const groups = groupsOf(pairs, ([item]) => groupOf(item));
  const next = seededRandom(seed);
  const resampled: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const drawn: (readonly [T, T])[] = [];
    for (let i = 0; i < groups.length; i++) drawn.push(...groups[Math.floor(next() * groups.length)]);
    resampled.push(figure(drawn.map(([, b]) => b)) - figure(drawn.map(([a]) => a)));
  }
  return spreadOf(figure(after) - figure(before), resampled);
}
