import type { Category, ClassifiableEvent } from '../classification.types';
import type { ClassVotes } from '../categories';

// Every pattern runs on each event's message (up to 8 KB of untrusted text). Gaps between phrases
// are bounded (`.{0,200}`, not `.*`): an unbounded gap is rescanned to the end of the message from
// every occurrence of the first phrase, quadratic on "has no has no has no …". Same in the packs.

/**
 * System-agnostic message families, in English and in the ERPs' own phrasings. Each is weaker than
 * a pack family (packs know a system's exact codes); together they carry systems no pack covers.
 */
export interface MessageSignal {
  id: string;
  pattern: RegExp;
  category: Category;
  lean?: ClassVotes;
  why: string;
}

export const MESSAGE_SIGNALS: readonly MessageSignal[] = [
  {
    id: 'stack_trace',
    pattern:
      /\bat [\w$.<>]+ ?\([^)]{0,300}:\d+(:\d+)?\)|Traceback \(most recent call last\)|\b(NullPointer|NullReference|ArgumentNull|InvalidOperation|IllegalState|IllegalArgument|ClassCast|IndexOutOfRange|ArrayIndexOutOfBounds|StackOverflow|OutOfMemory)(Exception|Error)\b|\b(TypeError|KeyError|IndexError|AttributeError|ReferenceError|ValueError|ZeroDivisionError)\b|cannot read propert(y|ies) of (undefined|null)|is not a function|object reference not set to an instance/i,
    category: 'code_exception',
    why: 'a stack trace or runtime exception from code',
  },
  {
    id: 'sql_error',
    pattern:
      /SQLSTATE|\bORA-\d{4,5}\b|QueryFailedError|syntax error at or near|violates (foreign key|not-null|check) constraint|relation "[^"]+" does not exist|column "[^"]+" (of relation|does not exist)|Sequelize\w{0,60}Error|PrismaClient\w{0,60}Error|Hibernate\w{0,60}Exception/i,
    category: 'code_exception',
    why: 'a database or ORM error inside the integration',
  },
  {
    id: 'deadlock',
    pattern:
      /deadlock|lock wait timeout|could not obtain lock|unable to lock row|record (is )?(currently )?locked|locked by (another|user)|being (edited|processed) by another|another user has (already )?(changed|modified)|has been (changed|modified) by another|stale (object|data|record)|optimistic (lock|concurrency)|version conflict|row ?version|etag|if-match|update conflict/i,
    category: 'concurrency',
    why: 'a concurrent change or lock on the record',
  },
  {
    id: 'rate_limited',
    pattern:
      /rate.?limit|too many requests|throttl|quota (exceeded|reached)|request limit|calls per (second|minute)|limit exceeded|too many (open )?connections|concurrency limit/i,
    category: 'rate_limited',
    why: 'the target throttled the integration',
  },
  {
    id: 'timeout',
    pattern: /timed? ?out|timeout|ETIMEDOUT|ESOCKETTIMEDOUT|deadline exceeded|took too long/i,
    category: 'timeout',
    why: 'the call timed out',
  },
  {
    id: 'transport',
    pattern:
      /ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|socket hang up|connection (reset|refused|closed)|network error|ssl handshake|certificate (has )?expired/i,
    category: 'upstream_5xx',
    why: 'the network connection to the target failed',
  },
  {
    id: 'server_error',
    pattern:
      /internal server error|unexpected (internal )?error|service (temporarily )?unavailable|bad gateway|server error|under maintenance|scheduled maintenance|try again later|an error has occurred on the server/i,
    category: 'upstream_5xx',
    why: 'the target reported its own failure',
  },
  {
    id: 'authentication',
    pattern:
      /token (has )?expired|expired token|invalid[_ ](access[_ ])?token|invalid_grant|invalid_client|unauthenticated|authentication (failed|required)|invalid (api )?key|invalid credentials|(session|login) (expired|invalid|failed)|invalid session|invalid login|bearer token|refresh token|password (has )?expired|could not authenticate/i,
    category: 'auth_config',
    why: 'the integration could not authenticate',
  },
  {
    id: 'permission',
    pattern:
      /permission|not authori[sz]ed|unauthori[sz]ed to|access (is )?denied|access to this (record|resource)|forbidden|insufficient (privileges|access|rights)|role (does not|doesn't) |not allowed to|you do not have access|requires? .{0,200}\bscope\b|read-only|security settings/i,
    category: 'permission_changed',
    why: 'the integration user lacks a permission or access',
  },
  {
    id: 'period_locked',
    pattern:
      /\bperiod\b[^.;]{0,40}\b(is|are|has been|was) (now )?(closed|locked|not open)|lock(ed)? date|closing date|accounting period|posting period|fiscal (period|year) (is )?closed|books (are |have been )?closed|allowed posting dates|period has closed|not within .{0,200}period/i,
    category: 'period_locked',
    why: 'a period lock or closing date refuses the date',
  },
  {
    id: 'approval_required',
    pattern:
      /approv(al|e|ed)\b|workflow|pending (review|authori[sz]ation)|credit (hold|limit)|on hold|status must be|must be (released|approved|open)/i,
    category: 'approval_required',
    why: 'an approval, workflow or document status blocks the change',
  },
  {
    id: 'inactive_reference',
    pattern:
      /\binactive\b|is blocked|blocked for|\barchived\b|deactivated|\bdisabled\b|is deleted|has been deleted|no longer active|discontinued|closed (account|customer|vendor|item)|terminated/i,
    category: 'inactive_reference',
    why: 'a referenced record is inactive, blocked or deleted',
  },
  {
    id: 'duplicate',
    pattern:
      /duplicate|already exists?|already been taken|already in use|already registered|unique constraint|must be unique|same key exists/i,
    category: 'duplicate_record',
    why: 'the record or a unique value already exists',
  },
  {
    id: 'too_long',
    pattern:
      /too long|exceeds? (the )?max(imum)? (length|size)|maximum (number|length) (of|is)|max(imum)? of \d+ characters|more than the maximum|value too large|would be truncated|too many characters/i,
    category: 'value_too_long',
    why: 'a value exceeds the target field length',
  },
  {
    id: 'serialisation',
    pattern:
      /could not convert|cannot convert|error converting|failed to convert|not a valid (datetime|integer|decimal|guid|boolean|json)|unparseable|cannot deseriali[sz]e|json parse|unexpected token|invalid json|post data was invalid|(must be|expected) (in )?(format|iso)|date format|not midnight|cannot coerce/i,
    category: 'malformed_request',
    why: 'a value was serialised in a type or format the API cannot read: the integration formats it',
  },
  {
    id: 'malformed_request',
    pattern:
      /bad ?request|malformed (request|payload|body)|invalid (request|payload|syntax)|unrecognized (field|property)|unknown (field|property|parameter)|no such (column|field|property)|could not find a property|property .{0,200} does not exist on type|field name not found|schema validation|is missing in the request|resource not found for|unsupported (media type|api version)|no longer supported|endpoint/i,
    category: 'malformed_request',
    why: 'the request itself is wrong for the API: the integration built it',
  },
  {
    id: 'mapping',
    pattern:
      /not mapped|no mapping|mapping (not found|missing|error|failed)|unmapped|cannot map|is not a valid code|code .{0,200} is not valid|cannot be used in transactions/i,
    category: 'mapping_error',
    why: 'a value or field is not mapped the way the target needs',
  },
  {
    id: 'unmapped_value',
    pattern:
      /picklist|restricted (value|picklist)|not one of the allowed|allowed (values|options)|invalid (option|choice|status|enum)|bad value for|not a valid (option|choice|status|value for)|unknown (status|code|value|type)|invalid field value|value .{0,200} is not (valid|allowed) for/i,
    category: 'unmapped_value',
    why: 'the value is not one the target field accepts',
  },
  {
    id: 'setup_missing',
    pattern:
      /not (set up|setup|configured|enabled|maintained|created) (for|in)|not (been )?(set up|configured|enabled)|has no .{0,200} (configured|set up)|requires an assignment|missing (setup|configuration)|feature (is )?not enabled|tracking enabled|not activated|no default|record type missing/i,
    category: 'setup_missing',
    why: 'the target lacks set-up the record depends on',
  },
  {
    id: 'tax_setup',
    pattern: /\b(tax|vat|gst) (code|rate|type|group|setting|schedule)s?\b/i,
    category: 'setup_missing',
    lean: { process_change: 0.7, defect: 0.2, bad_source_data: 0.1 },
    why: "tax codes and rates follow the company's tax settings, which the business changes",
  },
  {
    id: 'value_format',
    pattern:
      /invalid (e-?mail|phone|post ?code|zip|postal|format|number|amount|country|state|currency|tax (id|number)|abn|vat)|(e-?mail|phone|address|number|value) (address )?(is|was) (not )?(in)?valid|must be (a )?valid|is not (a )?valid|not in the correct format|does not conform|must be (at least|greater|less|positive|between)|out of range|invalid characters?/i,
    category: 'value_format',
    why: 'a value in the record has the wrong format or range',
  },
  {
    id: 'missing_required',
    pattern:
      /\b(is|are) (required|mandatory)|required (field|value|property)|must not be (blank|empty|null)|cannot be (blank|empty|null)|must be specified|missing (required|mandatory)|\bmandatory\b|enter (a )?value|may not be (empty|blank)|does not have an? \w+ assigned|has not (supplied|provided)|you must (set|specify|enter|provide)|no .{0,200} (provided|specified|assigned)/i,
    category: 'missing_required_value',
    why: 'a required value is missing from the record',
  },
  {
    id: 'not_found',
    pattern:
      /does not exist|doesn'?t exist|not found|could not be found|cannot be found|can't be found|no such (record|customer|item|vendor|account|product)|unknown (customer|item|vendor|account|product)|invalid (\w+ )?(reference|ref)( id| key)?\b|no (customer|vendor|item) master|is not (available|valid) for (subsidiary|company)/i,
    category: 'invalid_reference',
    why: 'a referenced record does not exist in the target',
  },
];

/** What an HTTP status alone says. Weaker than any message signal: statuses are reused loosely. */
export function statusSignal(
  httpStatus: number | undefined,
): { category: Category; why: string; weight: number } | undefined {
  if (httpStatus === undefined) return undefined;
  if (httpStatus === 429) return { category: 'rate_limited', why: 'HTTP 429 Too Many Requests', weight: 1.5 };
  if (httpStatus === 504 || httpStatus === 408)
    return { category: 'timeout', why: `HTTP ${httpStatus}: the call timed out`, weight: 1.2 };
  if (httpStatus >= 500) return { category: 'upstream_5xx', why: `HTTP ${httpStatus} from the target`, weight: 0.9 };
  if (httpStatus === 401) return { category: 'auth_config', why: 'HTTP 401: credentials rejected', weight: 0.7 };
  if (httpStatus === 403) return { category: 'permission_changed', why: 'HTTP 403: access refused', weight: 0.4 };
  if (httpStatus === 409) return { category: 'concurrency', why: 'HTTP 409 Conflict', weight: 0.3 };
  if (httpStatus === 428 || httpStatus === 412)
    return {
      category: 'concurrency',
      why: `HTTP ${httpStatus}: a precondition (ETag) was missing or stale`,
      weight: 0.6,
    };
  if (httpStatus === 404)
    return { category: 'invalid_reference', why: 'HTTP 404: something referenced was not found', weight: 0.3 };
  return undefined;
}

const ALREADY_EXISTS = MESSAGE_SIGNALS.find((signal) => signal.id === 'duplicate')!.pattern;
const LOCKED = MESSAGE_SIGNALS.find((signal) => signal.id === 'deadlock')!.pattern;
// a call cut off or failed inside the target: the write may have happened all the same (a refused connection or a
// throttle did not get that far, and a lock wait wrote nothing)
const OUTCOME_UNKNOWN =
  /timed? ?out|timeout|ETIMEDOUT|ESOCKETTIMEDOUT|deadline exceeded|took too long|ECONNRESET|socket hang up|connection (reset|closed)|internal server error|unexpected (internal )?error|bad gateway|service (temporarily )?unavailable|server error/i;

/** Whether a failure's message (or its code, read as words) says the record or a unique value exists already. */
export function saysAlreadyExists(event: Pick<ClassifiableEvent, 'error'>): boolean {
  const error = event.error;
  if (!error) return false;
  return (
    ALREADY_EXISTS.test(error.message ?? '') || (!!error.code && ALREADY_EXISTS.test(error.code.replace(/_/g, ' ')))
  );
}

/** Whether a failed call may have written all the same: it timed out, or the target failed on its side (5xx). */
export function outcomeUnknown(failure: { httpStatus?: number; message?: string; code?: string }): boolean {
  const status = statusSignal(failure.httpStatus)?.category;
  if (status === 'timeout' || status === 'upstream_5xx') return true;
  const text = `${failure.message ?? ''} ${failure.code ?? ''}`;
  return OUTCOME_UNKNOWN.test(text) && !LOCKED.test(text);
}

/**
 * Values people never type: tokens, GUIDs, hashes, signatures. When the failing value is one of them
 * the integration produced it, whatever the error's family says.
 */
export const INTEGRATION_OWNED_VALUE = {
  id: 'integration_owned_value',
  pattern:
    /(auth|access|bearer|refresh|session|api)[ _-]?token|\bguid\b|\buuid\b|checksum|signature|\bhash\b|idempotency/i,
  why: 'the failing value is one the integration generates (token, id, hash), not one a person entered',
};
