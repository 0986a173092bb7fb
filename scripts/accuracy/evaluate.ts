// Training and measuring the classifier on corpus lines: what `npm run train`, `npm run bench:accuracy`
// and `npm run bench:learning` share, so every figure comes from the model exactly as it is shipped.
import { classify, type ClassifierKnowledge, type Corrections } from '../../src/classification/domain/classifier';
import {
  OWNER_CLASSES,
  type Classification,
  type OwnerClass,
} from '../../src/classification/domain/classification.types';
import { readMessage } from '../../src/classification/domain/message-knowledge';
import { scoreLinear, type LinearModel } from '../../src/classification/domain/model/linear-model';
import {
  DEFAULT_TRAINING,
  fitCalibration,
  fitDecisionShift,
  fitTemperature,
  trainLinear,
  type HeldOutPrediction,
  type TrainingExample,
  type TrainingOptions,
} from '../../src/classification/domain/model/train';
import { BUILT_IN_PACKS } from '../../src/classification/domain/packs';
import { compileRules } from '../../src/classification/domain/user-rules';
import { foldOf, shapeOf, sourceGroupOf, systemOf, type CorpusLine } from './corpus';

export const TRIAGE_THRESHOLD = Number(process.env.TRIAGE_THRESHOLD ?? 0.55);
const CALIBRATION_FOLDS = 5;
const DECISION_SHIFT = process.env.DECISION_SHIFT !== '0';

const featureCache = new WeakMap<CorpusLine, string[]>();
export function featuresFor(line: CorpusLine): string[] {
  let features = featureCache.get(line);
  if (!features) {
    features = readMessage(line.event, BUILT_IN_PACKS).features;
    featureCache.set(line, features);
  }
  return features;
}

/**
 * The seed lines (data/corpus/seed.jsonl) were relabelled by one person under the policy, as the sets
 * Seam is judged on were; the gathered lines by several labellers. The seed counts twice.
 */
const SEED_WEIGHT = Number(process.env.SEED_WEIGHT ?? 2);
const exampleOf = (line: CorpusLine): TrainingExample => ({
  features: featuresFor(line),
  label: line.label,
  altLabel: line.altLabel,
  weight: line.file === 'seed.jsonl' ? SEED_WEIGHT : 1,
});

/**
 * A model trained on the lines, with its temperature and calibration fitted on predictions for lines it
 * did not see: an inner cross-validation over the same lines, grouped by message shape.
 */
export function trainModel(lines: readonly CorpusLine[], options: TrainingOptions = DEFAULT_TRAINING): LinearModel {
  const heldOut: HeldOutPrediction[] = [];
  for (let fold = 0; fold < CALIBRATION_FOLDS; fold++) {
    const inFold = (line: CorpusLine) => foldOf(shapeOf(line), CALIBRATION_FOLDS) === fold;
    const trained = trainLinear(lines.filter((line) => !inFold(line)).map(exampleOf), options);
    for (const line of lines.filter(inFold)) {
      const { logits } = scoreLinear({ ...trained, temperature: 1 }, featuresFor(line));
      heldOut.push({ logits: OWNER_CLASSES.map((cls) => logits[cls]), label: line.label, altLabel: line.altLabel });
    }
  }
  const temperature = fitTemperature(heldOut);
  const shift = DECISION_SHIFT ? fitDecisionShift(heldOut, temperature) : [0, 0, 0];
  const calibration = fitCalibration(heldOut, temperature, 12, shift);
  const trained = trainLinear(lines.map(exampleOf), options);
  const documentFrequency = new Map<string, number>();
  for (const line of lines)
    for (const feature of featuresFor(line)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const common = [...documentFrequency]
    .filter(([, n]) => n > lines.length / 20)
    .map(([feature]) => feature)
    .sort();
  return {
    version: 1,
    classes: OWNER_CLASSES,
    ...trained,
    // the decision shift lives in the bias: logits are divided by the temperature, so it is scaled up by it
    bias: trained.bias.map((value, c) => Math.round((value + shift[c] * temperature) * 10_000) / 10_000),
    temperature,
    calibration,
    common,
    trainedOn: {
      lines: lines.length,
      systems: new Set(lines.map(systemOf)).size,
      features: Object.keys(trained.weights).length,
      date: new Date().toISOString().slice(0, 10),
    },
  };
}

export function knowledgeWith(model: LinearModel | undefined, corrections?: Corrections): ClassifierKnowledge {
  return { rules: compileRules([]), model, corrections, settings: { triageThreshold: TRIAGE_THRESHOLD } };
}

export interface Prediction {
  line: CorpusLine;
  classification: Classification;
  leaning: OwnerClass;
  confidence: number;
}

export function predictAll(
  model: LinearModel | undefined,
  lines: readonly CorpusLine[],
  corrections?: Corrections,
): Prediction[] {
  const knowledge = knowledgeWith(model, corrections);
  return lines.map((line) => {
    const result = classify(line.event, {}, knowledge);
    return { line, classification: result.classification, leaning: result.leaning, confidence: result.confidence };
  });
}

export interface Scores {
  n: number;
  perClass: Record<OwnerClass, { precision: number; recall: number; f1: number; n: number }>;
  macroF1: number;
  accuracy: number;
  lenient: number;
  triageRate: number;
  /** confidence deciles over the answers that were not needs_triage: answers, and the share right (label or altLabel) */
  reliability: Array<{ from: number; to: number; answers: number; right: number }>;
  ece: number;
  confidentAnswers: number;
  confidentRight: number;
  /** lenient accuracy of the most confident answers (needs_triage counted as not answered) at each coverage */
  atCoverage: Array<{ coverage: number; lenient: number }>;
}

const right = (p: Prediction) => p.classification === p.line.label || p.classification === p.line.altLabel;

/** The figures seam_eval.py prints, computed the same way. */
export function score(predictions: readonly Prediction[]): Scores {
  const n = predictions.length;
  const perClass = {} as Scores['perClass'];
  for (const cls of OWNER_CLASSES) {
    const tp = predictions.filter((p) => p.line.label === cls && p.classification === cls).length;
    const predicted = predictions.filter((p) => p.classification === cls).length;
    const actual = predictions.filter((p) => p.line.label === cls).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    perClass[cls] = {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      n: actual,
    };
  }
  const answered = predictions.filter((p) => p.classification !== 'needs_triage');
  const reliability = Array.from({ length: 10 }, (_, d) => {
    const bin = answered.filter((p) => Math.min(9, Math.floor(p.confidence * 10)) === d);
    return {
      from: d / 10,
      to: (d + 1) / 10,
      answers: bin.length,
      right: bin.length ? bin.filter(right).length / bin.length : 0,
    };
  });
  const ece = answered.length
    ? reliability.reduce(
        (sum, bin) => sum + (bin.answers / answered.length) * Math.abs(bin.right - (bin.from + 0.05)),
        0,
      )
    : 0;
  const confident = answered.filter((p) => p.confidence >= 0.8);
  const byConfidence = [...predictions].sort(
    (a, b) =>
      (b.classification === 'needs_triage' ? -1 : b.confidence) -
      (a.classification === 'needs_triage' ? -1 : a.confidence),
  );
  const atCoverage = [0.8, 0.9, 1].map((coverage) => {
    const taken = byConfidence.slice(0, Math.max(1, Math.round(coverage * n)));
    return { coverage, lenient: taken.filter(right).length / taken.length };
  });
  return {
    n,
    perClass,
    macroF1: OWNER_CLASSES.reduce((sum, cls) => sum + perClass[cls].f1, 0) / OWNER_CLASSES.length,
    accuracy: predictions.filter((p) => p.classification === p.line.label).length / n,
    lenient: predictions.filter(right).length / n,
    triageRate: predictions.filter((p) => p.classification === 'needs_triage').length / n,
    reliability,
    ece,
    confidentAnswers: confident.length,
    confidentRight: confident.length ? confident.filter(right).length / confident.length : 0,
    atCoverage,
  };
}

/** Leave one system out: for each target system, train on every other system and predict it. */
export function leaveOneSystemOut(lines: readonly CorpusLine[], options?: TrainingOptions): Prediction[] {
  const predictions: Prediction[] = [];
  for (const system of [...new Set(lines.map(systemOf))].sort()) {
    const model = trainModel(
      lines.filter((line) => systemOf(line) !== system),
      options,
    );
    predictions.push(
      ...predictAll(
        model,
        lines.filter((line) => systemOf(line) === system),
      ),
    );
  }
  return predictions;
}

/**
 * Leave one system out and its sources with it: for each target system, train on the other systems' lines except
 * those found at a source (a repository, a web site) any of its lines was found at. Stricter than leaving the system
 * out alone, which keeps the twins a shared connector or document gives other systems; closer to a system gathered
 * later from further afield (docs/classifier.md).
 */
export function leaveOneSystemAndSourcesOut(lines: readonly CorpusLine[], options?: TrainingOptions): Prediction[] {
  const predictions: Prediction[] = [];
  for (const system of [...new Set(lines.map(systemOf))].sort()) {
    const tested = lines.filter((line) => systemOf(line) === system);
    const sources = new Set(tested.map(sourceGroupOf));
    sources.delete(undefined);
    const model = trainModel(
      lines.filter((line) => systemOf(line) !== system && !sources.has(sourceGroupOf(line))),
      options,
    );
    predictions.push(...predictAll(model, tested));
  }
  return predictions;
}

/** k-fold cross-validation with folds grouped by message shape: no shape is both trained on and tested. */
export function groupedFolds(lines: readonly CorpusLine[], folds = 5, options?: TrainingOptions): Prediction[] {
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (line: CorpusLine) => foldOf(`outer|${shapeOf(line)}`, folds) === fold;
    const model = trainModel(
      lines.filter((line) => !inFold(line)),
      options,
    );
    predictions.push(...predictAll(model, lines.filter(inFold)));
  }
  return predictions;
}

const f = (value: number, digits = 3) => value.toFixed(digits);

export function report(title: string, scores: Scores): string {
  const lines = [
    `### ${title}`,
    '',
    `n=${scores.n}  macro-F1 **${f(scores.macroF1)}**  accuracy ${f(scores.accuracy)}  lenient ${f(scores.lenient)}  needs_triage ${f(scores.triageRate)}  ECE ${f(scores.ece)}  answers at ≥ 0.8 right ${f(scores.confidentRight)} (${scores.confidentAnswers})`,
    '',
  ];
  lines.push('| class | precision | recall | F1 | n |', '|---|---|---|---|---|');
  for (const cls of OWNER_CLASSES)
    lines.push(
      `| ${cls} | ${f(scores.perClass[cls].precision)} | ${f(scores.perClass[cls].recall)} | ${f(scores.perClass[cls].f1)} | ${scores.perClass[cls].n} |`,
    );
  lines.push('', '| confidence | answers | right (label or altLabel) |', '|---|---|---|');
  for (const bin of scores.reliability)
    if (bin.answers > 0) lines.push(`| ${f(bin.from, 1)}–${f(bin.to, 1)} | ${bin.answers} | ${f(bin.right, 2)} |`);
  lines.push(
    '',
    `lenient accuracy at coverage: ${scores.atCoverage.map((c) => `${Math.round(c.coverage * 100)}% → ${f(c.lenient)}`).join(', ')}`,
  );
  return lines.join('\n');
}
