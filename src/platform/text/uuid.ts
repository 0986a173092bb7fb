const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value is a UUID as Postgres reads one. Repositories' findById treat anything else as "not
 * found" rather than letting Postgres answer a malformed id with an error (a 500).
 */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
