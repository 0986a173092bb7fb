import {
  OWNER_CLASSES,
  type Category,
  type ClassifiableEvent,
  type ClassificationContext,
  type ClassificationResult,
  type ClassifierSettings,
  type LearnedModel,
  type OwnerClass,
  type Reason,
} from './classification.types';
import { CATEGORY_LABELS, CATEGORY_PRIORS } from './categories';
import { predict, tokensOf } from './naive-bayes';
import { BUILT_IN_PACKS, type KnowledgePack } from './packs';
import { countedFamilies } from './packs/family-match';
import { contextEvidence } from './signals/context-signals';
import { leaned, type Evidence } from './signals/evidence';
import { INTEGRATION_OWNED_VALUE, MESSAGE_SIGNALS, statusSignal } from './signals/message-signals';
import { matchingRules, type CompiledRules } from './user-rules';

export interface ClassifierKnowledge {
  rules: CompiledRules;
  model?: LearnedModel;
  settings: ClassifierSettings;
  /** defaults to the built-in packs */
  packs?: readonly KnowledgePack[];
}

const PACK_WEIGHT = 2;
/** a pack applied to a system it was not written for still knows the shape, with less authority */
const FOREIGN_PACK_WEIGHT = 0.8;
const MESSAGE_WEIGHT = 1;
const USER_RULE_WEIGHT = 12;
/**
 * Sharpness of the softmax turning class scores into confidence: one generic hint alone lands near
 * the triage threshold, a pack family agreeing with it clears it, and context evidence makes it firm.
 */
const SHARPNESS = 2;

/**
 * Decides defect / bad source data / process change for one failed sync: every signal that fires adds
 * its weight, split over the classes, and the reasons list says which fired and how much each counted.
 * Pure: the same event, context and knowledge always give the same answer.
 */
export function classify(event: ClassifiableEvent, context: ClassificationContext, knowledge: ClassifierKnowledge, _now?: Date): ClassificationResult {
  if (context.humanLabel) return human(context.humanLabel);

  const evidence: Evidence[] = [];
  const rule = matchingRules(knowledge.rules, event)[0];
  if (rule) {
    evidence.push({
      signal: 'user_rule',
      detail: `rule ${rule.name ? `"${rule.name}" ` : ''}(${rule.id}) says ${rule.classification}${rule.category ? ` / ${rule.category}` : ''}`,
      weight: USER_RULE_WEIGHT,
      votes: { [rule.classification]: 1 },
      category: rule.category,
    });
  }

  const messageEvidence = fromMessage(event, knowledge.packs ?? BUILT_IN_PACKS);
  evidence.push(...messageEvidence);
  const category = rule?.category ?? strongestCategory(messageEvidence);
  evidence.push(...contextEvidence(event, context, category));
  const learned = fromModel(event, knowledge.model);
  if (learned) evidence.push(learned);

  return decide(evidence, category, knowledge.settings);
}

function human(label: NonNullable<ClassificationContext['humanLabel']>): ClassificationResult {
  const scores = { defect: 0, bad_source_data: 0, process_change: 0, [label.classification]: 1 };
  return {
    classification: label.classification,
    leaning: label.classification,
    category: label.category ?? 'unknown',
    confidence: 1,
    reasons: [{ signal: 'human_label', detail: `reclassified by a person${label.note ? `: ${label.note}` : ''}`, weight: 100 }],
    scores,
  };
}

function packsFor(event: ClassifiableEvent, packs: readonly KnowledgePack[]): Array<{ pack: KnowledgePack; weight: number }> {
  const names = [event.target?.system ?? '', event.source.system, event.integration].map((n) => n.toLowerCase());
  const own = packs.filter((pack) => pack.aliases.some((alias) => alias !== '*' && names.some((name) => name.includes(alias))));
  const universal = packs.filter((pack) => pack.aliases.includes('*'));
  const selected = own.length > 0 ? own.map((pack) => ({ pack, weight: PACK_WEIGHT })) : packs.filter((p) => !p.aliases.includes('*')).map((pack) => ({ pack, weight: FOREIGN_PACK_WEIGHT }));
  return [...selected, ...universal.map((pack) => ({ pack, weight: PACK_WEIGHT }))];
}

function fromMessage(event: ClassifiableEvent, packs: readonly KnowledgePack[]): Evidence[] {
  const message = event.error?.message ?? '';
  const code = event.error?.code ?? '';
  const evidence: Evidence[] = [];
  let packMatched = false;
  for (const { pack, weight } of packsFor(event, packs)) {
    for (const family of countedFamilies(pack, code, message)) {
      if (family.category !== 'unknown') packMatched = true;
      evidence.push({
        signal: `pack:${family.id}`,
        detail: family.why.startsWith(pack.system) ? family.why : `${pack.system}: ${family.why}`,
        weight: family.category === 'unknown' ? 0 : weight,
        votes: leaned(CATEGORY_PRIORS[family.category], family.lean),
        category: family.category,
      });
    }
  }
  for (const signal of MESSAGE_SIGNALS) {
    if (!signal.pattern.test(message)) continue;
    evidence.push({
      signal: `message:${signal.id}`,
      detail: signal.why,
      weight: MESSAGE_WEIGHT,
      votes: leaned(CATEGORY_PRIORS[signal.category], signal.lean),
      category: signal.category,
    });
  }
  if (INTEGRATION_OWNED_VALUE.pattern.test(message)) {
    evidence.push({ signal: `message:${INTEGRATION_OWNED_VALUE.id}`, detail: INTEGRATION_OWNED_VALUE.why, weight: 2 * MESSAGE_WEIGHT, votes: { defect: 1 } });
  }
  const status = statusSignal(event.error?.httpStatus);
  if (status) {
    // a pack that recognised the error knows what the status means for its system better than the status does
    const weight = packMatched ? status.weight * 0.4 : status.weight;
    evidence.push({ signal: 'http_status', detail: status.why, weight, votes: leaned(CATEGORY_PRIORS[status.category]), category: status.category });
  }
  return evidence;
}

function strongestCategory(evidence: readonly Evidence[]): Category {
  const totals = new Map<Category, number>();
  for (const e of evidence) if (e.category && e.category !== 'unknown') totals.set(e.category, (totals.get(e.category) ?? 0) + e.weight);
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

function fromModel(event: ClassifiableEvent, model: LearnedModel | undefined): Evidence | undefined {
  if (!model) return undefined;
  const tokens = tokensOf(event);
  const prediction = predict(model, tokens);
  // only messages that mostly resemble what people labelled: shared boilerplate must not drag others along
  if (prediction.examples === 0 || prediction.knownTokens < 2 || prediction.knownTokens < 0.6 * tokens.length) return undefined;
  const [top, p] = Object.entries(prediction.probabilities).sort((a, b) => b[1] - a[1])[0] as [OwnerClass, number];
  const strength = Math.min(1, prediction.examples / 4);
  const weight = 4.5 * strength * (p - 1 / 3);
  if (weight < 0.3) return undefined;
  return {
    signal: 'learned_from_corrections',
    detail: `similar messages were reclassified by people as ${top.replace(/_/g, ' ')} (${prediction.examples} corrections learned, p=${p.toFixed(2)})`,
    weight,
    votes: prediction.probabilities,
  };
}

function decide(evidence: Evidence[], category: Category, settings: ClassifierSettings): ClassificationResult {
  const scores: Record<OwnerClass, number> = { defect: 0, bad_source_data: 0, process_change: 0 };
  for (const e of evidence) for (const cls of OWNER_CLASSES) scores[cls] += e.weight * (e.votes[cls] ?? 0);
  const ranked = [...OWNER_CLASSES].sort((a, b) => scores[b] - scores[a]);
  const leaning = ranked[0];
  const total = OWNER_CLASSES.reduce((sum, cls) => sum + scores[cls], 0);
  const exp = OWNER_CLASSES.map((cls) => Math.exp(SHARPNESS * (scores[cls] - scores[leaning])));
  const confidence = total === 0 ? 0 : Math.min(0.99, 1 / exp.reduce((a, b) => a + b, 0));
  const reasons: Reason[] = evidence
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((e) => ({ signal: e.signal, detail: e.detail, weight: round(e.weight), ...(e.quotes ? { quotes: e.quotes } : {}) }));
  if (reasons.length === 0) reasons.push({ signal: 'no_signal', detail: 'no known error family or context signal matched: support should look first', weight: 0 });
  else if (category !== 'unknown') reasons.push({ signal: 'category', detail: CATEGORY_LABELS[category], weight: 0 });
  return {
    classification: confidence >= settings.triageThreshold ? leaning : 'needs_triage',
    leaning: total === 0 ? 'defect' : leaning,
    category,
    confidence: round(confidence),
    reasons,
    scores: { defect: round(scores.defect), bad_source_data: round(scores.bad_source_data), process_change: round(scores.process_change) },
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;
