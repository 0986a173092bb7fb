import { OWNER_CLASSES, type OwnerClass } from '../classification.types';
import { softmax, type LinearModel } from './linear-model';

/**
 * Training for the linear model, deterministic: no random initialisation, no shuffling, full-batch
 * Adam over the examples in the order given. The same corpus always gives the same weights, so the
 * committed model file is reproducible with `npm run train`, and cross-validation trains exactly as
 * the shipped model was trained.
 *
 * Written here rather than taken from a library: the JavaScript logistic-regression packages on npm are
 * dense (a matrix of examples × features: here ~1,000 × 40,000), binary one-vs-rest, or unmaintained; this
 * is a sparse multinomial regression in about a hundred lines, with its gradient checked by a unit test.
 */
export interface TrainingExample {
  features: readonly string[];
  label: OwnerClass;
  altLabel?: OwnerClass | null;
  /** how much this example counts (default 1) */
  weight?: number;
}

export interface TrainingOptions {
  /** L2 penalty per weight */
  l2: number;
  epochs: number;
  learningRate: number;
  /** share of the target given to altLabel where there is one (the rest to label) */
  altShare: number;
  /** a feature must occur in this many examples to get a weight */
  minCount: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  l2: 0.01,
  epochs: 300,
  learningRate: 0.05,
  altShare: 0.25,
  minCount: 2,
};

const K = OWNER_CLASSES.length;
const classIndex = (cls: OwnerClass) => OWNER_CLASSES.indexOf(cls);

export function trainLinear(
  examples: readonly TrainingExample[],
  options: TrainingOptions = DEFAULT_TRAINING,
): Pick<LinearModel, 'bias' | 'weights'> {
  // vocabulary: features seen often enough, in first-seen order (deterministic)
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of new Set(example.features)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([feature]) => feature);
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows = examples.map((example) =>
    [...new Set(example.features)].map((feature) => index.get(feature)).filter((i): i is number => i !== undefined),
  );
  // class-balanced example weights: macro-F1 counts each class alike
  const perClass = OWNER_CLASSES.map((cls) => examples.filter((example) => example.label === cls).length);
  const exampleWeight = examples.map(
    (example) => ((example.weight ?? 1) * examples.length) / (K * Math.max(1, perClass[classIndex(example.label)])),
  );
  const totalWeight = exampleWeight.reduce((a, b) => a + b, 0);
  const targets = examples.map((example) => {
    const target = new Array<number>(K).fill(0);
    if (example.altLabel && example.altLabel !== example.label) {
      target[classIndex(example.label)] = 1 - options.altShare;
      target[classIndex(example.altLabel)] = options.altShare;
    } else target[classIndex(example.label)] = 1;
    return target;
  });

  const W = new Float64Array(vocabulary.length * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(W.length);
  const gb = new Float64Array(K);
  // Adam moments
  const mW = new Float64Array(W.length);
  const vW = new Float64Array(W.length);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const epsilon = 1e-8;

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const logits = Array.from(b);
      for (const f of rows[i]) for (let c = 0; c < K; c++) logits[c] += W[f * K + c];
      const p = softmax(logits);
      const scale = exampleWeight[i] / totalWeight;
      for (let c = 0; c < K; c++) {
        const g = (p[c] - targets[i][c]) * scale;
        gb[c] += g;
        for (const f of rows[i]) gW[f * K + c] += g;
      }
    }
    for (let j = 0; j < W.length; j++) gW[j] += options.l2 * W[j];
    const correction1 = 1 - beta1 ** epoch;
    const correction2 = 1 - beta2 ** epoch;
    for (let j = 0; j < W.length; j++) {
      mW[j] = beta1 * mW[j] + (1 - beta1) * gW[j];
      vW[j] = beta2 * vW[j] + (1 - beta2) * gW[j] * gW[j];
      W[j] -= (options.learningRate * (mW[j] / correction1)) / (Math.sqrt(vW[j] / correction2) + epsilon);
    }
    for (let c = 0; c < K; c++) {
      mb[c] = beta1 * mb[c] + (1 - beta1) * gb[c];
      vb[c] = beta2 * vb[c] + (1 - beta2) * gb[c] * gb[c];
      b[c] -= (options.learningRate * (mb[c] / correction1)) / (Math.sqrt(vb[c] / correction2) + epsilon);
    }
  }

  const weights: Record<string, number[]> = {};
  for (let f = 0; f < vocabulary.length; f++) {
    const row = Array.from(W.subarray(f * K, f * K + K)).map((value) => Math.round(value * 10_000) / 10_000);
    if (row.some((value) => Math.abs(value) >= 0.001)) weights[vocabulary[f]] = row;
  }
  return { bias: Array.from(b).map((value) => Math.round(value * 10_000) / 10_000), weights };
}

export interface HeldOutPrediction {
  /** logits before temperature */
  logits: number[];
  label: OwnerClass;
  altLabel?: OwnerClass | null;
}

/** Temperature minimising the negative log-likelihood of the labels on held-out predictions (a grid: deterministic). */
export function fitTemperature(predictions: readonly HeldOutPrediction[]): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.3; t <= 4.001; t += 0.05) {
    let loss = 0;
    for (const prediction of predictions) {
      const p = softmax(prediction.logits.map((value) => value / t));
      loss -= Math.log(Math.max(1e-12, p[classIndex(prediction.label)]));
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/**
 * Shifts of the class logits (defect's fixed at 0) that make the arg-max answers of held-out predictions
 * score the best macro-F1: the class weights in training equalise the classes' losses, not their recall
 * at the decision. A grid, so deterministic; in logit units after temperature.
 */
export function fitDecisionShift(predictions: readonly HeldOutPrediction[], temperature: number): number[] {
  const scaled = predictions.map((prediction) => prediction.logits.map((value) => value / temperature));
  const macroF1 = (shift: number[]): number => {
    const tp = [0, 0, 0];
    const predicted = [0, 0, 0];
    const actual = [0, 0, 0];
    scaled.forEach((logits, i) => {
      const shifted = logits.map((value, c) => value + shift[c]);
      const answer = shifted.indexOf(Math.max(...shifted));
      const truth = classIndex(predictions[i].label);
      predicted[answer]++;
      actual[truth]++;
      if (answer === truth) tp[answer]++;
    });
    return (
      tp.reduce((sum, t, c) => sum + (predicted[c] && actual[c] && t ? (2 * t) / (predicted[c] + actual[c]) : 0), 0) / K
    );
  };
  let best = [0, 0, 0];
  let bestScore = macroF1(best);
  for (let b = -1; b <= 1.0001; b += 0.1) {
    for (let p = -1; p <= 1.0001; p += 0.1) {
      const shift = [0, Math.round(b * 10) / 10, Math.round(p * 10) / 10];
      const score = macroF1(shift);
      // a shift must earn its place: ties keep the smaller one
      if (score > bestScore + 1e-9) {
        best = shift;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * Isotonic regression (pool adjacent violators) of "the answer was right" (label or altLabel) on the top
 * class's probability, over held-out predictions, reduced to at most `points` breakpoints.
 */
export function fitCalibration(
  predictions: readonly HeldOutPrediction[],
  temperature: number,
  points = 12,
  shift: readonly number[] = [0, 0, 0],
): LinearModel['calibration'] {
  const pairs = predictions
    .map((prediction) => {
      const p = softmax(prediction.logits.map((value, c) => value / temperature + shift[c]));
      const top = p.indexOf(Math.max(...p));
      const answer = OWNER_CLASSES[top];
      return { p: p[top], right: answer === prediction.label || answer === prediction.altLabel ? 1 : 0 };
    })
    .sort((a, b) => a.p - b.p);
  if (pairs.length === 0) return { at: [], right: [] };
  // pool adjacent violators; equal probabilities start in one block (their order means nothing)
  const blocks: Array<{ sum: number; n: number; pSum: number }> = [];
  for (const pair of pairs) {
    const last = blocks[blocks.length - 1];
    if (last && Math.abs(last.pSum / last.n - pair.p) < 1e-9) {
      last.sum += pair.right;
      last.n += 1;
      last.pSum += pair.p;
    } else blocks.push({ sum: pair.right, n: 1, pSum: pair.p });
    while (
      blocks.length > 1 &&
      blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n >=
        blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n
    ) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1];
      prev.sum += last.sum;
      prev.n += last.n;
      prev.pSum += last.pSum;
    }
  }
  // merge small blocks down to the number of points, keeping the order
  while (blocks.length > points) {
    let smallest = 0;
    for (let i = 1; i < blocks.length; i++) if (blocks[i].n < blocks[smallest].n) smallest = i;
    const other =
      smallest === 0
        ? 1
        : smallest === blocks.length - 1
          ? smallest - 1
          : blocks[smallest - 1].n <= blocks[smallest + 1].n
            ? smallest - 1
            : smallest + 1;
    const [a, b] = smallest < other ? [smallest, other] : [other, smallest];
    blocks[a] = {
      sum: blocks[a].sum + blocks[b].sum,
      n: blocks[a].n + blocks[b].n,
      pSum: blocks[a].pSum + blocks[b].pSum,
    };
    blocks.splice(b, 1);
  }
  const at = blocks.map((block) => Math.round((block.pSum / block.n) * 1000) / 1000);
  const right = blocks.map((block) => Math.round((block.sum / block.n) * 1000) / 1000);
  for (let i = 1; i < right.length; i++) right[i] = Math.max(right[i], right[i - 1]);
  return { at, right };
}
