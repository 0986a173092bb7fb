import { patternSet, type PatternSet } from '../pattern-set';
import type { ErrorFamily, KnowledgePack } from './pack.types';

/**
 * Whether one family recognises an error: its code pattern, its message pattern (each tested already, with
 * the pack's others), or both (see ErrorFamily.either). A hit is undefined for a family without the pattern.
 */
function familyMatches(family: ErrorFamily, codeHit: boolean | undefined, messageHit: boolean | undefined): boolean {
  if (family.either) return codeHit === true || messageHit === true;
  return codeHit !== false && messageHit !== false && (codeHit === true || messageHit === true);
}

/**
 * The families of a pack that count for an error: fallbacks only when nothing specific matched, and
 * families another matching family supersedes left out. What the classifier and the packs' table tests use.
 */
export function countedFamilies(pack: KnowledgePack, code: string, message: string): ErrorFamily[] {
  const messageHits = messagePatternsOf(pack).matches(message);
  const codeHits = codeHitsOf(pack, code);
  const hits = pack.families.filter((family, i) =>
    familyMatches(family, codeHits[i], family.message ? messageHits[i] : undefined),
  );
  const superseded = new Set(hits.flatMap((family) => family.supersedes ?? []));
  const specific = hits.filter((family) => !family.fallback && !superseded.has(family.id));
  return specific.length > 0 ? specific : hits.filter((family) => !superseded.has(family.id));
}

// a pack's message patterns, tested together (pattern-set.ts): made once per pack
const messagePatterns = new WeakMap<KnowledgePack, PatternSet>();
function messagePatternsOf(pack: KnowledgePack): PatternSet {
  let set = messagePatterns.get(pack);
  if (!set) messagePatterns.set(pack, (set = patternSet(pack.families.map((family) => family.message))));
  return set;
}

// Which of a pack's families document a code, by code: codes repeat far more than messages do, and a pack
// has a code pattern per family. Kept for a bounded number of codes per pack.
const codeHitsByPack = new WeakMap<KnowledgePack, Map<string, Array<boolean | undefined>>>();
const MAX_CACHED_CODES = 5000;
function codeHitsOf(pack: KnowledgePack, code: string): Array<boolean | undefined> {
  let cache = codeHitsByPack.get(pack);
  if (!cache) codeHitsByPack.set(pack, (cache = new Map()));
  let hits = cache.get(code);
  if (!hits) {
    hits = pack.families.map((family) => (family.codes ? code !== '' && family.codes.test(code) : undefined));
    if (cache.size >= MAX_CACHED_CODES) cache.clear();
    cache.set(code, hits);
  }
  return hits;
}
