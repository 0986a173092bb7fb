/**
 * Integration names are identifiers: signatures, key bindings, rate limits, routing and idempotency all
 * look them up by exact text. A name that only looks like another (a trailing space, a full-width or
 * Unicode hyphen) must not become a second, unsigned integration beside a signed one.
 *
 * Chosen: refuse (400), do not rewrite. Rewriting "orders " to "orders" would silently merge two stored
 * histories and idempotency keys, and hide the sender's bug; a 400 names the field and the fix at once.
 */
export function normalIntegrationName(name: string): string {
  return name.normalize('NFKC').trim();
}

/** Why the name is not acceptable as an integration name, or undefined. */
export function integrationNameProblem(name: string): string | undefined {
  if (name !== normalIntegrationName(name)) return 'must be in Unicode NFKC form with no leading or trailing spaces';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/.test(name))
    return 'must not contain control, zero-width or direction characters';
  return undefined;
}

/**
 * What a reader would take the name to be: NFKC, every dash and minus as "-", every space as " ", one
 * case. Two different names with one skeleton are look-alikes.
 */
export function integrationSkeleton(name: string): string {
  return normalIntegrationName(name)
    .replace(/[\p{Pd}\u2212\u2043\ufe63\uff0d]/gu, '-')
    .replace(/\p{Zs}+/gu, ' ')
    .toLowerCase();
}

/** The signed integration this unsigned name imitates, if any. */
export function lookalikeOf(name: string, signed: Iterable<string>): string | undefined {
  const skeleton = integrationSkeleton(name);
  for (const candidate of signed)
    if (candidate !== name && integrationSkeleton(candidate) === skeleton) return candidate;
  return undefined;
}
