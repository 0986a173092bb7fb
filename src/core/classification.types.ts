// The pure classifier's vocabulary. Nothing here may import Nest, TypeORM, BullMQ or ioredis:
// the classifier is a function of plain data so it can be tested on tables and benchmarked alone.

export const OWNER_CLASSES = ['defect', 'bad_source_data', 'process_change'] as const;
export type OwnerClass = (typeof OWNER_CLASSES)[number];
export type Classification = OwnerClass | 'needs_triage';
export const CLASSIFICATIONS: readonly Classification[] = [...OWNER_CLASSES, 'needs_triage'];

/** Finer than the class: what kind of failure this is. Packs and signals name one of these. */
export const CATEGORIES = [
  'missing_required_value',
  'invalid_reference',
  'inactive_reference',
  'duplicate_record',
  'value_format',
  'value_too_long',
  'unmapped_value',
  'period_locked',
  'approval_required',
  'permission_changed',
  'setup_missing',
  'upstream_5xx',
  'timeout',
  'rate_limited',
  'auth_config',
  'concurrency',
  'malformed_request',
  'mapping_error',
  'code_exception',
  /** raised by Seam itself: an integration that stopped sending events (src/intake/domain/silence.ts) */
  'integration_silent',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One piece of evidence: which signal fired, in words a support analyst can read, and how much it counted. */
export interface Reason {
  signal: string;
  detail: string;
  weight: number;
  /** payload values the detail quotes, by field name, so privacy masking can hide them where it quotes them */
  quotes?: Record<string, string>;
}

export interface RecordRef {
  system: string;
  entity: string;
  id: string;
  url?: string;
  label?: string;
}

/** The parts of a sync event (API.md) the classifier reads. */
export interface ClassifiableEvent {
  integration: string;
  occurredAt: string;
  status?: 'failed' | 'succeeded';
  operation?: string;
  source: RecordRef;
  target?: Partial<RecordRef> & { system?: string; entity?: string };
  error?: {
    message: string;
    code?: string;
    httpStatus?: number;
    field?: string;
    details?: Record<string, unknown>;
  };
  payload?: Record<string, unknown>;
  release?: string;
  attempt?: number;
}

export interface ReleaseMarker {
  version: string;
  deployedAt: string;
  integration?: string | null;
  system?: string | null;
  /**
   * `events`: no deploy marker was posted; the integration's events carry this release (their `release`) from
   * `deployedAt` on, the first of them, and before it they carried `previous` (null: none).
   */
  seenOn?: 'events';
  previous?: string | null;
}

export interface BusinessChange {
  system: string;
  description: string;
  changedAt: string;
  entity?: string | null;
  integration?: string | null;
}

/**
 * What the service knows around the event, gathered from storage before calling the classifier.
 * Every field is optional: the dry-run endpoint and the first event of a fingerprint know little,
 * and the classifier must still answer from the message alone.
 */
export interface ClassificationContext {
  /** The issue this fingerprint belongs to, counting the event being classified. */
  history?: {
    firstSeenAt: string;
    lastSeenAt: string;
    occurrences: number;
    /** distinct source records that failed on this fingerprint */
    distinctRecords: number;
    /** the most failures any single record has on this fingerprint */
    maxFailuresPerRecord: number;
    /** records of this fingerprint that later synced successfully */
    recordsRecovered: number;
    /** distinct raw messages under the fingerprint: 1 across many records means one constant value */
    distinctMessages?: number;
  };
  /** Releases of this integration (or of its target system), newest first, around the first failure. */
  releases?: ReleaseMarker[];
  /** Business/config changes on the source or target system, newest first, around the first failure. */
  changes?: BusinessChange[];
  /** Successful syncs of the same integration (and source entity) in the day before the first failure, and since. */
  successesBefore?: number;
  successesSince?: number;
  /** Failures of this fingerprint before the most recent release (0 means the signature is new since it). */
  failuresBeforeLatestRelease?: number;
  /**
   * For a failure that says the record already exists: the same record's own failures in the integration in the
   * hour before it, latest first (up to five). A duplicate right after a timeout is the integration's retry.
   */
  recordEarlierFailures?: Array<{ occurredAt: string; httpStatus?: number; code?: string; message?: string }>;
  /**
   * Value novelty: for the failing field (see failingFieldOf), the distinct values seen in
   * successful payloads of this integration, and the distinct values seen across this fingerprint's failures.
   */
  failingField?: {
    field: string;
    value?: string;
    valuesInSuccesses: string[];
    successesWithField: number;
    distinctFailingValues: number;
  };
  /** A human's reclassification of this fingerprint: it always wins. */
  humanLabel?: { classification: OwnerClass; category?: Category; note?: string };
}

/** A user rule: explicit conditions → class/category. Highest priority among signals. */
export interface UserRule {
  id: string;
  name?: string;
  priority?: number;
  match: {
    system?: string; // target system (or source system when no target)
    sourceSystem?: string;
    entity?: string;
    integration?: string;
    code?: string;
    messageRegex?: string;
    httpStatus?: number;
    payloadField?: string; // a key present in the payload, optionally with payloadValue
    payloadValue?: string;
  };
  classification: OwnerClass;
  category?: Category;
}

export interface ClassifierSettings {
  /** below this confidence the answer is needs_triage */
  triageThreshold: number;
}

export interface ClassificationResult {
  classification: Classification;
  /** the best owner class even when the answer is needs_triage, so support sees the leaning */
  leaning: OwnerClass;
  category: Category;
  confidence: number;
  reasons: Reason[];
  /** the probability of each class (after context and rules) */
  scores: Record<OwnerClass, number>;
  /** the two most likely classes, best first: what needs_triage asks a person to choose between */
  candidates?: [OwnerClass, OwnerClass];
}
