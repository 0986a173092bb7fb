import { isUuid } from '../text/uuid';

/**
 * Page cursors: opaque to clients, but a client can send anything back. Every part is typed and
 * checked on the way in, so a tampered cursor is a clear 400 rather than a value Postgres refuses
 * (an invalid date, a non-UUID id, a negative or fractional offset) and answers with a 500.
 */
export type CursorPart = 'timestamp' | 'uuid' | 'offset' | 'serial' | 'key';
type PartValue<P extends CursorPart> = P extends 'offset' ? number : string;
export type CursorValues<S extends readonly CursorPart[]> = { [K in keyof S]: PartValue<S[K]> };

/** Deeper than any real queue; an offset beyond it is a forged cursor, and an expensive one. */
export const MAX_CURSOR_OFFSET = 1_000_000;
/** The longest key column a cursor can point into (issue_record.record_id). */
const MAX_KEY_LENGTH = 200;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const valid: Record<CursorPart, (value: unknown) => boolean> = {
  // exactly what toISOString wrote, and a real instant (2026-02-30 does not round-trip)
  timestamp: (value) =>
    typeof value === 'string' &&
    ISO.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString() === value,
  uuid: isUuid,
  offset: (value) => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_CURSOR_OFFSET,
  // a bigint identity as decimal text: within Postgres' bigint, so the comparison never overflows into an error
  serial: (value) => typeof value === 'string' && /^[1-9][0-9]{0,17}$/.test(value),
  // a stored key part (a record's system, entity or id): no longer than any column holding one, no NUL
  key: (value) => typeof value === 'string' && value.length <= MAX_KEY_LENGTH && !value.includes('\u0000'),
};

export function encodeCursor(parts: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The cursor's parts when it has exactly the shape given; undefined for anything else. */
export function decodeCursor<S extends readonly CursorPart[]>(cursor: string, shape: S): CursorValues<S> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parts) || parts.length !== shape.length || !parts.every((part, i) => valid[shape[i]](part)))
    return undefined;
  return parts as CursorValues<S>;
}
