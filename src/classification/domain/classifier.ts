import {
  OWNER_CLASSES,
  type Category,
  type ClassifiableEvent,
  type ClassificationContext,
  type ClassificationResult,
  type ClassifierSettings,
  type OwnerClass,
  type Reason,
} from './classification.types';
import { CATEGORY_LABELS, CATEGORY_PRIORS } from './categories';
import { readMessage, type MessageReading } from './message-knowledge';
import { commonSet, correctionFeaturesOf, correctsSystem } from './model/corrections';
import { calibrated, heaviestOf, scoreLinear, softmax, type LinearModel } from './model/linear-model';
import { BUILT_IN_PACKS, type KnowledgePack } from './packs';
import { contextEvidence } from './signals/context-signals';
import { leaned, type Evidence } from './signals/evidence';
import { INTEGRATION_OWNED_VALUE, statusSignal } from './signals/message-signals';
import { matchingRules, type CompiledRules } from './user-rules';
import { decidingQuestion, describeFeature } from './explanations';

/** What people taught by reclassifying: weight changes laid over the trained model, learned online. */
export interface Corrections {
  weights: Record<string, number[]>;
  examples: number;
  /** the corrections themselves (the most recent), to fit the weights again when one more arrives */
  taught?: Array<{
    features: string[];
    correctionFeatures: string[];
    label: OwnerClass;
    /** what was settled (an issue id): a later settlement of the same one replaces this correction */
    key?: string;
  }>;
}

export interface ClassifierKnowledge {
  rules: CompiledRules;
  /** the trained model (data/model/seam-model.json); without one the packs and signals score alone */
  model?: LinearModel;
  corrections?: Corrections;
  settings: ClassifierSettings;
  /** defaults to the built-in packs */
  packs?: readonly KnowledgePack[];
}

const USER_RULE_WEIGHT = 12;
/** corrections alone, before any model file: weights start at nothing */
const UNTRAINED = { bias: [0, 0, 0], weights: {}, temperature: 1 };
/** Without a model: how sharply pack and signal weights become probabilities. */
const EVIDENCE_SHARPNESS = 2;
/**
 * Context evidence in logits. The model reads the message only (the corpus has no context); what the
 * service knows around the failure (release timing, spread, novelty, business changes) adds on top, at
 * the scale the context signals were written for.
 */
const CONTEXT_SHARPNESS = 1.2;
/**
 * The shapes LABELING.md marks as undecidable from the message ("Customer is required", a reference not
 * found, a duplicate): the same words are a bad record or the integration's mapping. Without context
 * deciding, the message alone may not claim more than this.
 */
const AMBIGUOUS_CATEGORIES: ReadonlySet<Category> = new Set([
  'missing_required_value',
  'invalid_reference',
  'duplicate_record',
]);
const AMBIGUOUS_CAP = 0.79;

/**
 * Decides defect / bad source data / process change for one failed sync. The trained model scores the
 * message (its words, code, status and what the knowledge packs recognised); context evidence and user
 * rules add to its logits; the top probability is mapped to a calibrated confidence. Pure: the same event,
 * context and knowledge always give the same answer.
 */
export function classify(
  event: ClassifiableEvent,
  context: ClassificationContext,
  knowledge: ClassifierKnowledge,
  _now?: Date,
): ClassificationResult {
  if (context.humanLabel) return human(context.humanLabel);
  const reading = readMessage(event, knowledge.packs ?? BUILT_IN_PACKS);
  const messageEvidence = evidenceOf(reading, event);
  const rule = matchingRules(knowledge.rules, event)[0];
  const category = rule?.category ?? strongestCategory(messageEvidence);
  const around = contextEvidence(event, context, category, reading.features);

  const logits = OWNER_CLASSES.map(() => 0);
  let modelReasons: Reason[] = [];
  // without a trained model the packs and signals score alone (the model has them as features otherwise)
  if (!knowledge.model)
    for (const e of messageEvidence)
      OWNER_CLASSES.forEach((cls, c) => (logits[c] += EVIDENCE_SHARPNESS * e.weight * (e.votes[cls] ?? 0)));
  if (knowledge.model) {
    const score = scoreLinear(knowledge.model, reading.features);
    OWNER_CLASSES.forEach((cls, c) => (logits[c] += score.logits[cls]));
    // words most messages share ("the", "is") move the score a little but explain nothing
    const common = knowledge.model.common ? commonSet(knowledge.model.common) : undefined;
    modelReasons = modelReasonsOf(score.contributions, 'the trained model reads', common);
  }
  const system = event.target?.system ?? event.source.system;
  if (knowledge.corrections?.examples && correctsSystem(knowledge.corrections.weights, system)) {
    // what people's reclassifications taught, on the message's words tied to its target system (corrections.ts)
    const taught = scoreLinear(
      { ...UNTRAINED, weights: knowledge.corrections.weights },
      correctionFeaturesOf(reading.features, system, knowledge.model?.common),
    );
    OWNER_CLASSES.forEach((cls, c) => (logits[c] += taught.logits[cls]));
    const said = modelReasonsOf(
      taught.contributions,
      `${knowledge.corrections.examples} reclassifications by people taught Seam to read`,
    ).filter((r) => r.weight >= 0.5);
    modelReasons.push(...said.map((r) => ({ ...r, signal: `learned_from_corrections:${r.signal.split(':')[1]}` })));
  }
  for (const e of around)
    OWNER_CLASSES.forEach((cls, c) => (logits[c] += CONTEXT_SHARPNESS * e.weight * (e.votes[cls] ?? 0)));
  if (rule) logits[OWNER_CLASSES.indexOf(rule.classification)] += EVIDENCE_SHARPNESS * USER_RULE_WEIGHT;

  const probabilities = softmax(logits);
  // the two most probable classes, the earlier in OWNER_CLASSES on a tie (as a stable sort would give)
  const first = indexOfMax(probabilities, -1);
  const leaning = OWNER_CLASSES[first];
  const second = OWNER_CLASSES[indexOfMax(probabilities, first)];
  const top = probabilities[first];
  const contextDecides = around.some((e) => e.weight >= 1);
  let confidence = knowledge.model && around.length === 0 ? calibrated(knowledge.model.calibration, top) : top;
  const ambiguous = !rule && !contextDecides && AMBIGUOUS_CATEGORIES.has(category);
  if (ambiguous) confidence = Math.min(confidence, AMBIGUOUS_CAP);
  if (rule) confidence = Math.max(confidence, 0.99);
  confidence = Math.min(0.99, confidence);

  const reasons: Reason[] = [];
  if (rule) {
    reasons.push({
      signal: 'user_rule',
      detail: `rule ${rule.name ? `"${rule.name}" ` : ''}(${rule.id}) says ${rule.classification}${rule.category ? ` / ${rule.category}` : ''}`,
      weight: USER_RULE_WEIGHT,
    });
  }
  reasons.push(
    ...[...messageEvidence, ...around]
      .filter((e) => e.weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .map(reasonOf),
  );
  reasons.push(...modelReasons);
  const triage = confidence < knowledge.settings.triageThreshold;
  if (triage || ambiguous) {
    reasons.unshift({
      signal: triage ? 'needs_triage' : 'undecided_by_message',
      detail: `leans to ${words(leaning)} (${pct(top)}), could be ${words(second)} (${pct(probabilities[OWNER_CLASSES.indexOf(second)])}): ${decidingQuestion(category, leaning, second)}`,
      weight: 0,
    });
  }
  if (!reasons.some((r) => r.weight > 0))
    reasons.push({
      signal: 'no_signal',
      detail: 'no known error family or context signal matched: support should look first',
      weight: 0,
    });
  else if (category !== 'unknown') reasons.push({ signal: 'category', detail: CATEGORY_LABELS[category], weight: 0 });
  if (reading.unwrapped.wrapper)
    reasons.push({
      signal: 'unwrapped',
      detail: `classified the target's own message inside the integration layer's wrapper: "${clip(reading.unwrapped.message, 160)}"`,
      weight: 0,
    });

  return {
    classification: triage ? 'needs_triage' : leaning,
    leaning,
    category,
    confidence: round(confidence),
    reasons,
    // in OWNER_CLASSES order, written out
    scores: {
      defect: round(probabilities[0]),
      bad_source_data: round(probabilities[1]),
      process_change: round(probabilities[2]),
    },
    candidates: [leaning, second],
  };
}

/** The index of the largest value, skipping one index; the first of equal values. */
function indexOfMax(values: readonly number[], skip: number): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (i !== skip && (best < 0 || values[i] > values[best])) best = i;
  return best;
}

function human(label: NonNullable<ClassificationContext['humanLabel']>): ClassificationResult {
  const scores = { defect: 0, bad_source_data: 0, process_change: 0, [label.classification]: 1 };
  const second = OWNER_CLASSES.find((cls) => cls !== label.classification)!;
  return {
    classification: label.classification,
    leaning: label.classification,
    category: label.category ?? 'unknown',
    confidence: 1,
    reasons: [
      { signal: 'human_label', detail: `reclassified by a person${label.note ? `: ${label.note}` : ''}`, weight: 100 },
    ],
    scores,
    candidates: [label.classification, second],
  };
}

/** What the packs, message signals and status recognised, each naming what it matched. */
function evidenceOf(reading: MessageReading, event: ClassifiableEvent): Evidence[] {
  const evidence: Evidence[] = [];
  const text = reading.unwrapped.wrapper
    ? `${reading.unwrapped.message}\n${reading.unwrapped.wrapper}`
    : reading.unwrapped.message;
  let packMatched = false;
  for (const { pack, family, foreign } of reading.families) {
    if (family.category !== 'unknown') packMatched = true;
    const matched = [
      family.codes && reading.code && family.codes.test(reading.code) ? `code ${reading.code}` : undefined,
      family.message ? quoteOf(family.message, text) : undefined,
    ].filter(Boolean);
    evidence.push({
      signal: `pack:${family.id}`,
      detail: `${pack.system}${foreign ? ' (matched by its documented code)' : ''}: ${family.why}${matched.length ? ` — matched ${matched.join(' and ')}` : ''}${family.doc ? ` [${family.doc}]` : ''}`,
      weight: family.category === 'unknown' ? 0 : foreign ? 1 : 2,
      votes: leaned(CATEGORY_PRIORS[family.category], family.lean),
      category: family.category,
    });
  }
  for (const signal of reading.signals) {
    const matched = quoteOf(signal.pattern, reading.unwrapped.message);
    evidence.push({
      signal: `message:${signal.id}`,
      detail: `${signal.why}${matched ? ` — matched ${matched}` : ''}`,
      weight: 1,
      votes: leaned(CATEGORY_PRIORS[signal.category], signal.lean),
      category: signal.category,
    });
  }
  if (reading.integrationOwnedValue) {
    const matched = quoteOf(INTEGRATION_OWNED_VALUE.pattern, reading.unwrapped.message);
    evidence.push({
      signal: `message:${INTEGRATION_OWNED_VALUE.id}`,
      detail: `${INTEGRATION_OWNED_VALUE.why}${matched ? ` — matched ${matched}` : ''}`,
      weight: 2,
      votes: { defect: 1 },
    });
  }
  const status = statusSignal(event.error?.httpStatus);
  if (status) {
    // a pack that recognised the error knows what the status means for its system better than the status does
    evidence.push({
      signal: 'http_status',
      detail: status.why,
      weight: packMatched ? status.weight * 0.4 : status.weight,
      votes: leaned(CATEGORY_PRIORS[status.category]),
      category: status.category,
    });
  }
  return evidence;
}

/** The matched text, quoted and clipped, so an analyst sees what fired (and can see when it fired wrongly). */
function quoteOf(pattern: RegExp, text: string): string | undefined {
  // patterns here are not global (no lastIndex state), so exec is safe to call as is
  const found = pattern.exec(text)?.[0]?.trim();
  return found ? `"${clip(found, 60)}"` : undefined;
}

const CLASS_INDEX = Object.fromEntries(OWNER_CLASSES.map((cls, k) => [cls, k])) as Record<OwnerClass, number>;

function modelReasonsOf(
  contributions: Array<{ feature: string; cls: OwnerClass; weight: number }>,
  who: string,
  skip?: ReadonlySet<string>,
): Reason[] {
  // each class's total, and its five heaviest readable contributions
  const totals = [0, 0, 0];
  const members: number[][] = [[], [], []];
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i];
    if (skip?.has(c.feature)) continue;
    const k = CLASS_INDEX[c.cls];
    totals[k] += c.weight;
    members[k].push(i);
  }
  const reasons: Reason[] = [];
  OWNER_CLASSES.forEach((cls, k) => {
    const described: string[] = [];
    heaviestOf(contributions, members[k], (c) => {
      const text = describeFeature(c.feature);
      if (text !== undefined && !described.includes(text)) described.push(text);
      return described.length < 5;
    });
    if (described.length === 0) return;
    reasons.push({
      signal: `model:${cls}`,
      detail: `${who} ${described.join(', ')} as ${words(cls)}`,
      weight: round(totals[k]),
    });
  });
  return reasons.sort((a, b) => b.weight - a.weight);
}

function reasonOf(e: Evidence): Reason {
  return { signal: e.signal, detail: e.detail, weight: round(e.weight), ...(e.quotes ? { quotes: e.quotes } : {}) };
}

function strongestCategory(evidence: readonly Evidence[]): Category {
  const totals = new Map<Category, number>();
  for (const e of evidence)
    if (e.category && e.category !== 'unknown') totals.set(e.category, (totals.get(e.category) ?? 0) + e.weight);
  let best: Category = 'unknown';
  let bestWeight = 0;
  for (const [category, weight] of totals) {
    if (weight > bestWeight) {
      best = category;
      bestWeight = weight;
    }
  }
  return best;
}

const words = (cls: OwnerClass): string => cls.replace(/_/g, ' ');
const pct = (p: number): string => `${Math.round(p * 100)}%`;
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const round = (n: number): number => Math.round(n * 100) / 100;
