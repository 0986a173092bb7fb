import { OWNER_CLASSES, type ClassifiableEvent, type LearnedModel, type OwnerClass } from './classification.types';

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'is', 'was', 'and', 'or', 'be', 'this', 'that', 'with', 'not']);

/**
 * Words of the message (numbers, ids and quoted values dropped: they name the record, not the
 * failure), plus the code and target system as tokens of their own.
 */
export function tokensOf(event: ClassifiableEvent): string[] {
  const message = (event.error?.message ?? '')
    .toLowerCase()
    .replace(/'[^']*'|"[^"]*"/g, ' ')
    .replace(/[^a-z_ ]+/g, ' ');
  const words = message.split(/\s+/).filter((word) => word.length > 2 && !STOP.has(word));
  const extra = [event.error?.code ? `code:${event.error.code.toLowerCase()}` : '', `system:${(event.target?.system ?? event.source.system).toLowerCase()}`];
  return [...new Set([...words, ...extra.filter(Boolean)])];
}

export function emptyModel(): LearnedModel {
  return { classCounts: { defect: 0, bad_source_data: 0, process_change: 0 }, tokenCounts: {}, totalTokens: { defect: 0, bad_source_data: 0, process_change: 0 } };
}

/** Returns a new model: the stored one is never mutated, so a rolled-back transaction leaves no trace. */
export function learn(model: LearnedModel, tokens: readonly string[], label: OwnerClass): LearnedModel {
  const next: LearnedModel = structuredClone(model);
  next.classCounts[label] = (next.classCounts[label] ?? 0) + 1;
  for (const token of tokens) {
    const counts = (next.tokenCounts[token] ??= {});
    counts[label] = (counts[label] ?? 0) + 1;
    next.totalTokens[label] = (next.totalTokens[label] ?? 0) + 1;
  }
  return next;
}

export interface Prediction {
  probabilities: Record<OwnerClass, number>;
  /** labelled examples behind the prediction; little evidence must count for little */
  examples: number;
  /** tokens of this event the model has seen before */
  knownTokens: number;
}

// models are immutable once loaded (learn returns a copy), so their vocabulary size can be remembered
const vocabularies = new WeakMap<LearnedModel, number>();
function vocabularySize(model: LearnedModel): number {
  let size = vocabularies.get(model);
  if (size === undefined) {
    size = Math.max(1, Object.keys(model.tokenCounts).length);
    vocabularies.set(model, size);
  }
  return size;
}

/** Multinomial naive Bayes with Laplace smoothing, over tokens the model has seen. */
export function predict(model: LearnedModel, tokens: readonly string[]): Prediction {
  const examples = OWNER_CLASSES.reduce((sum, cls) => sum + (model.classCounts[cls] ?? 0), 0);
  const known = tokens.filter((token) => model.tokenCounts[token]);
  const vocabulary = vocabularySize(model);
  const logs = OWNER_CLASSES.map((cls) => {
    let log = Math.log(((model.classCounts[cls] ?? 0) + 1) / (examples + OWNER_CLASSES.length));
    for (const token of known) log += Math.log(((model.tokenCounts[token][cls] ?? 0) + 1) / ((model.totalTokens[cls] ?? 0) + vocabulary));
    return log;
  });
  const max = Math.max(...logs);
  const exp = logs.map((log) => Math.exp(log - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const probabilities = Object.fromEntries(OWNER_CLASSES.map((cls, i) => [cls, exp[i] / sum])) as Record<OwnerClass, number>;
  return { probabilities, examples, knownTokens: known.length };
}
