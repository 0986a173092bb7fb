import type { ErrorFamily, KnowledgePack } from './pack.types';

/** Whether one family recognises an error: its code pattern, its message pattern, or both (see ErrorFamily.either). */
export function familyMatches(family: ErrorFamily, code: string, message: string): boolean {
  const codeHit = family.codes ? code !== '' && family.codes.test(code) : undefined;
  const messageHit = family.message ? family.message.test(message) : undefined;
  if (family.either) return codeHit === true || messageHit === true;
  return codeHit !== false && messageHit !== false && (codeHit === true || messageHit === true);
}

/**
 * The families of a pack that count for an error: fallbacks only when nothing specific matched, and
 * families another matching family supersedes left out. What the classifier and the packs' table tests use.
 */
export function countedFamilies(pack: KnowledgePack, code: string, message: string): ErrorFamily[] {
  const hits = pack.families.filter((family) => familyMatches(family, code, message));
  const superseded = new Set(hits.flatMap((family) => family.supersedes ?? []));
  const specific = hits.filter((family) => !family.fallback && !superseded.has(family.id));
  return specific.length > 0 ? specific : hits.filter((family) => !superseded.has(family.id));
}
