import { patternSet, type PatternSet } from '../pattern-set';
import type { ErrorFamily, KnowledgePack } from './pack.types';

/**
 * Whether one family recognises an error: its code pattern, its message pattern (tested already, with the
 * pack's others), or both (see ErrorFamily.either). `messageHit` is undefined for a family without one.
 */
function familyMatches(family: ErrorFamily, code: string, messageHit: boolean | undefined): boolean {
  const codeHit = family.codes ? code !== '' && family.codes.test(code) : undefined;
  if (family.either) return codeHit === true || messageHit === true;
  return codeHit !== false && messageHit !== false && (codeHit === true || messageHit === true);
}

/**
 * The families of a pack that count for an error: fallbacks only when nothing specific matched, and
 * families another matching family supersedes left out. What the classifier and the packs' table tests use.
 */
export function countedFamilies(pack: KnowledgePack, code: string, message: string): ErrorFamily[] {
  const messageHits = messagePatternsOf(pack).matches(message);
  const hits = pack.families.filter((family, i) =>
    familyMatches(family, code, family.message ? messageHits[i] : undefined),
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
