import { isIn, isInt, isISO8601, isURL, length, matches, max, min } from 'class-validator';
import { isReadableTimestamp, validateAs } from '../../platform/http/validation';
import { SourceRecordDto, SyncErrorDto, SyncEventDto, TargetRecordDto } from './sync-event.dto';

/*
 * class-validator stays the authority on what a sync event is, and the only source of error messages.
 * But walking its metadata for every event of every webhook was about half of the api's CPU under load
 * (a CPU profile of batches of 100). This is the same rules, written out once for the shape nearly
 * every webhook has, using class-validator's own rule functions. It only ever says "certainly valid":
 * anything it is unsure of (a null, an unknown field, a wrong type) returns undefined and goes the
 * whole way through validateAs, which accepts or names the field. A property test holds the two
 * together: whatever this accepts, validateAs accepts with an equal value.
 */

type Plain = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const isPlainObject = (value: unknown): value is Plain =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const text =
  (lo: number, hi: number): Check =>
  (value) =>
    typeof value === 'string' && length(value, lo, hi);
const integer =
  (lo: number, hi: number): Check =>
  (value) =>
    isInt(value) && min(value, lo) && max(value, hi);
const URL_RULE = { require_tld: false, require_protocol: true } as const;
const url: Check = (value) => typeof value === 'string' && isURL(value, URL_RULE) && length(value, 1, 2000);
const jsonAtMost =
  (bytes: number): Check =>
  (value) =>
    isPlainObject(value) && Buffer.byteLength(JSON.stringify(value)) <= bytes;
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const timestamp: Check = (value) =>
  typeof value === 'string' &&
  isISO8601(value, { strict: true }) &&
  matches(value, ZONED) &&
  isReadableTimestamp(value);

/** field → rule; `required` must be there; `nullable` may be null (class-validator's @IsOptional takes null as absent). */
interface Shape {
  rules: Record<string, Check>;
  required: string[];
  nullable: string[];
}

const SOURCE: Shape = {
  rules: { system: text(1, 100), entity: text(1, 100), id: text(1, 200), url, label: text(1, 200) },
  required: ['system', 'entity', 'id'],
  nullable: ['url', 'label'],
};
const TARGET: Shape = {
  rules: { system: text(1, 100), entity: text(1, 100), id: text(1, 200), url },
  required: [],
  nullable: ['system', 'entity', 'id', 'url'],
};
const ERROR: Shape = {
  rules: {
    message: (value) => typeof value === 'string' && value !== '' && Buffer.byteLength(value) <= 8192,
    code: text(1, 200),
    httpStatus: integer(100, 599),
    field: text(1, 200),
    details: jsonAtMost(16384),
  },
  required: ['message'],
  nullable: ['code', 'httpStatus', 'field', 'details'],
};
const EVENT: Shape = {
  rules: {
    eventId: text(1, 200),
    integration: text(1, 100),
    occurredAt: timestamp,
    status: (value) => isIn(value, ['failed', 'succeeded']),
    runId: text(1, 200),
    operation: text(1, 40),
    source: isPlainObject,
    target: isPlainObject,
    error: isPlainObject,
    payload: jsonAtMost(65536),
    release: text(1, 100),
    attempt: integer(1, 1000),
  },
  required: ['eventId', 'integration', 'occurredAt', 'source'],
  // not error: a null error is validated (and refused) when the event failed, and when it succeeded
  nullable: ['status', 'runId', 'operation', 'target', 'payload', 'release', 'attempt'],
};

function fits(value: Plain, shape: Shape): boolean {
  for (const key in value) {
    // own keys only (JSON.parse makes nothing else); a key with no rule is left to class-validator
    if (!Object.hasOwn(shape.rules, key)) return false;
    const field = value[key];
    if (field === null && shape.nullable.includes(key)) continue;
    if (field === undefined || field === null || !shape.rules[key](field)) return false;
  }
  return shape.required.every((key) => value[key] !== undefined && value[key] !== null);
}

/** The event as validateAs would return it, when it is certainly valid; otherwise undefined (ask validateAs). */
export function certainlyValidSyncEvent(plain: unknown): SyncEventDto | undefined {
  if (!isPlainObject(plain) || !fits(plain, EVENT)) return undefined;
  const { source, target, error } = plain as { source: Plain; target?: Plain | null; error?: Plain };
  if (!fits(source, SOURCE)) return undefined;
  if (target !== undefined && target !== null && !fits(target, TARGET)) return undefined;
  if (error === undefined ? plain.status !== 'succeeded' : !fits(error, ERROR)) return undefined;
  return Object.assign(new SyncEventDto(), plain, {
    source: Object.assign(new SourceRecordDto(), source),
    target: target ? Object.assign(new TargetRecordDto(), target) : target,
    error: error && Object.assign(new SyncErrorDto(), error),
  });
}

/** A sync event validated: the fast path for the usual event; class-validator for the rest, and for every error message. */
export function validateSyncEvent(plain: unknown, path = ''): { value?: SyncEventDto; errors: string[] } {
  const fast = certainlyValidSyncEvent(plain);
  return fast ? { value: fast, errors: [] } : validateAs(SyncEventDto, plain, path);
}
