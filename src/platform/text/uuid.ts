/**
 * Whether a value is a UUID as Postgres spells one. Ids from a URL are checked with it before a query:
 * Postgres refuses a malformed uuid with an error (a 500), where the caller should hear "not found".
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
