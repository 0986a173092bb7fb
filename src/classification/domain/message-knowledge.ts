import type { Category, ClassifiableEvent, OwnerClass } from './classification.types';
import { CATEGORY_PRIORS } from './categories';
import { featuresOf } from './model/features';
import type { ErrorFamily, KnowledgePack } from './packs';
import { countedFamilies } from './packs/family-match';
import { leaned } from './signals/evidence';
import { INTEGRATION_OWNED_VALUE, MESSAGE_SIGNALS, type MessageSignal } from './signals/message-signals';
import { patternSet } from './pattern-set';
import { policyShapesOf, type PolicyShape } from './policy-shapes';
import { unwrapMessage, type Unwrapped } from '../../platform/text/unwrap';

export interface FamilyHit {
  pack: KnowledgePack;
  family: ErrorFamily;
  /** a pack of another system, counted because its documented code matched exactly */
  foreign: boolean;
}

/** Everything the message alone says, read once: what the classifier scores and what its reasons cite. */
export interface MessageReading {
  unwrapped: Unwrapped;
  code?: string;
  families: FamilyHit[];
  signals: MessageSignal[];
  /** the labelling policy's shapes the message shows (policy-shapes.ts) */
  shapes: PolicyShape[];
  integrationOwnedValue: boolean;
  /** the features the learned model scores */
  features: string[];
}

const dashed = (name: string): string => `-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-`;

/**
 * The packs written for the event's target system, and only those: an alias matches whole words of the
 * system's name ("sap" matches "sap-s4hana", "ax" does not match "avalara-tax").
 */
export function ownPacks(event: ClassifiableEvent, packs: readonly KnowledgePack[]): KnowledgePack[] {
  const system = event.target?.system ?? event.source.system;
  let cache = ownPacksBySystem.get(packs);
  if (!cache) ownPacksBySystem.set(packs, (cache = new Map()));
  let own = cache.get(system);
  if (!own) {
    const target = dashed(system);
    own = packs.filter((pack) => pack.aliases.some((alias) => alias !== '*' && target.includes(dashed(alias))));
    if (cache.size >= MAX_CACHED_CODES) cache.clear();
    cache.set(system, own);
  }
  return own;
}

/** The packs whose families read the message: the system's own and those for every system, in pack order. */
function readByMessage(packs: readonly KnowledgePack[], own: KnowledgePack[]): KnowledgePack[] {
  let read = readByOwn.get(own);
  if (!read) readByOwn.set(own, (read = packs.filter((pack) => own.includes(pack) || pack.aliases.includes('*'))));
  return read;
}
// keyed by the system's own list, which ownPacks keeps one of per system
const readByOwn = new WeakMap<KnowledgePack[], KnowledgePack[]>();

// systems repeat: which packs are a system's own is worked out once per name
const ownPacksBySystem = new WeakMap<readonly KnowledgePack[], Map<string, KnowledgePack[]>>();

// A code of letters (INVALID_KEY_OR_REF, Internal_RecordNotFound, M7/021): distinctive enough that another
// system's pack may recognise it. A bare number (400, 6000) means something else in every system.
const DISTINCTIVE_CODE = /[a-z]{2}/i;

// Which families of every pack a code matches, by code: codes repeat far more than messages, and testing
// one against every documented code pattern of every pack is most of the cost of reading a message.
const codeMatches = new WeakMap<readonly KnowledgePack[], Map<string, FamilyHit[]>>();
const MAX_CACHED_CODES = 5000;

function familiesByCode(packs: readonly KnowledgePack[], code: string): FamilyHit[] {
  let cache = codeMatches.get(packs);
  if (!cache) codeMatches.set(packs, (cache = new Map()));
  let hits = cache.get(code);
  if (!hits) {
    hits = [];
    for (const pack of packs)
      for (const family of pack.families) if (family.codes?.test(code)) hits.push({ pack, family, foreign: true });
    if (cache.size >= MAX_CACHED_CODES) cache.clear();
    cache.set(code, hits);
  }
  return hits;
}

function familyHits(
  event: ClassifiableEvent,
  packs: readonly KnowledgePack[],
  code: string,
  message: string,
): FamilyHit[] {
  const own = ownPacks(event, packs);
  const hits: FamilyHit[] = [];
  for (const pack of readByMessage(packs, own)) {
    for (const family of countedFamilies(pack, code, message)) hits.push({ pack, family, foreign: false });
  }
  if (code !== '' && DISTINCTIVE_CODE.test(code)) {
    for (const hit of familiesByCode(packs, code))
      if (!own.includes(hit.pack) && !hit.pack.aliases.includes('*')) hits.push(hit);
  }
  return hits;
}

// the signals' patterns and, last, the integration-owned value's: read together (pattern-set.ts)
const SIGNAL_PATTERNS = patternSet([
  ...MESSAGE_SIGNALS.map((signal) => signal.pattern),
  INTEGRATION_OWNED_VALUE.pattern,
]);

/** The class a family or signal leans to: its category's prior moved by its own lean. */
export function leaningOf(category: Category, lean?: Partial<Record<OwnerClass, number>>): OwnerClass | undefined {
  // leaned() returns one object per prior and lean, so the answer is worked out once per object
  const votes = leaned(CATEGORY_PRIORS[category], lean);
  if (leaningByVotes.has(votes)) return leaningByVotes.get(votes);
  let best: OwnerClass | undefined;
  for (const [cls, value] of Object.entries(votes) as Array<[OwnerClass, number]>)
    if (best === undefined || value > (votes[best] ?? 0)) best = cls;
  leaningByVotes.set(votes, best);
  return best;
}
const leaningByVotes = new WeakMap<object, OwnerClass | undefined>();

// The features a family, a signal or a shape contributes are the same strings every time: made once each,
// they are hashed once too, not on every message that shows them.
const featuresByFamily = new WeakMap<ErrorFamily, { own: string[]; foreign: string[] }>();
function familyFeatures(family: ErrorFamily, foreign: boolean): string[] {
  let made = featuresByFamily.get(family);
  if (!made) {
    const leaning = leaningOf(family.category, family.lean);
    const of = (prefix: string) => [
      `${prefix}:${family.category}`,
      `fam:${family.id}`,
      ...(leaning ? [`${prefix}-lean:${leaning}`] : []),
    ];
    featuresByFamily.set(family, (made = { own: of('pack'), foreign: of('xpack') }));
  }
  return foreign ? made.foreign : made.own;
}

const featuresBySignal = new WeakMap<MessageSignal, string[]>();
function signalFeatures(signal: MessageSignal): string[] {
  let made = featuresBySignal.get(signal);
  if (!made) {
    const leaning = leaningOf(signal.category, signal.lean);
    made = [`signal:${signal.id}`, `signal-cat:${signal.category}`, ...(leaning ? [`signal-lean:${leaning}`] : [])];
    featuresBySignal.set(signal, made);
  }
  return made;
}

const featuresByShape = new WeakMap<PolicyShape, string[]>();
function shapeFeatures(shape: PolicyShape): string[] {
  let made = featuresByShape.get(shape);
  if (!made) {
    made = [`policy:${shape.row}`, `policy-label:${shape.label}`, `policy-pair:${shape.label}/${shape.alt ?? 'none'}`];
    featuresByShape.set(shape, made);
  }
  return made;
}

export function readMessage(event: ClassifiableEvent, packs: readonly KnowledgePack[]): MessageReading {
  const unwrapped = unwrapMessage(event.error?.message ?? '');
  const code = event.error?.code || unwrapped.code || '';
  // families and signals read the inner message, and the wrapper too: some wrappers carry the only words
  const text = unwrapped.wrapper ? `${unwrapped.message}\n${unwrapped.wrapper}` : unwrapped.message;
  const families = familyHits(event, packs, code, text);
  const signalHits = SIGNAL_PATTERNS.matches(unwrapped.message);
  const signals = MESSAGE_SIGNALS.filter((_, i) => signalHits[i]);
  const integrationOwnedValue = signalHits[MESSAGE_SIGNALS.length];
  const knowledge: string[] = [];
  for (const hit of families) knowledge.push(...familyFeatures(hit.family, hit.foreign));
  for (const signal of signals) knowledge.push(...signalFeatures(signal));
  if (integrationOwnedValue) knowledge.push('signal:integration_owned_value');
  const shapes = policyShapesOf(unwrapped.message);
  for (const shape of shapes) knowledge.push(...shapeFeatures(shape));
  if (shapes.length === 0) knowledge.push('policy:none');
  if (families.length === 0) knowledge.push('pack:none');
  return {
    unwrapped,
    code: code || undefined,
    families,
    signals,
    shapes,
    integrationOwnedValue,
    features: featuresOf({
      event,
      message: unwrapped.message,
      code: code || undefined,
      wrapper: unwrapped.wrapper,
      knowledge,
    }),
  };
}
