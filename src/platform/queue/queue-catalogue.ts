import type { Category, Classification, Reason } from '../../core/classification.types';

/**
 * Every queue and job the service uses, with its payload type, in one place: `enqueue(name, payload)`
 * cannot send a payload its consumer does not expect.
 */
export const PIPELINE_QUEUE = 'classify';
export const MAINTENANCE_QUEUE = 'maintenance';
/** escalation levels as delayed jobs, the fast path: escalation_pending in Postgres is what is due, so losing Redis loses no level */
export const ESCALATION_QUEUE = 'escalation';
export const NOTIFY_QUEUE = 'notify';
/** checks that the escalation paths work: the periodic escalation audit and drill verdicts */
export const ASSURANCE_QUEUE = 'assurance';
/** Team slugs name their own queues, so these may not be used as slugs. */
export const RESERVED_QUEUE_NAMES: readonly string[] = [
  PIPELINE_QUEUE,
  MAINTENANCE_QUEUE,
  ESCALATION_QUEUE,
  NOTIFY_QUEUE,
  ASSURANCE_QUEUE,
];

/** One step of an issue's escalation chain. Without startedAt it is the check that may start a chain. */
export interface EscalatePayload {
  issueId: string;
  stateKey: string;
  level: number;
  /** when the chain started (ISO): the plan is recomputed from it, so every level agrees on the timing */
  startedAt?: string;
  /** a drill run "as if" at another time shifts the clock its plan is made on by this much */
  clockOffsetMs?: number;
}

/** What an owner team's queue receives when an issue becomes theirs or changes state. Documented in docs/api.md. */
export interface IssueRoutedPayload {
  issueId: string;
  /** why this job exists: a new issue, a regression after resolve, or a change of class/owner */
  transition: 'opened' | 'regressed' | 'reclassified';
  classification: Classification;
  category: Category;
  confidence: number;
  ownerTeam: string;
  status: string;
  title: string;
  sampleMessage: string;
  integration: string;
  sourceSystem: string;
  targetSystem: string | null;
  occurrences: number;
  distinctRecords: number;
  firstSeenAt: string;
  lastSeenAt: string;
  release: string | null;
  reasons: Reason[];
  /** link to the issue in the API */
  href: string;
  /** the issue's page in the console, relative to the service's public URL */
  consolePath: string;
  /** set when a drill made this issue: consumers must not count it as real */
  drillId: string | null;
}

export interface JobCatalogue {
  /** one stored event (jobs queued before multi-event jobs existed) */
  'classify-event': { eventId: string };
  /** many stored events: one job per EVENTS_PER_JOB of a webhook write, counted one transaction per fingerprint */
  'classify-events': { eventIds: string[] };
  'sweep-outbox': Record<string, never>;
  'prune-events': Record<string, never>;
  /** periodic: open or resolve integration_silent issues */
  'check-silence': Record<string, never>;
  'issue-routed': IssueRoutedPayload;
  escalate: EscalatePayload;
  /** periodic: digests; re-checks of issues whose check was never queued; jobs for due levels and deliveries Redis lost */
  'escalation-sweep': Record<string, never>;
  'deliver-notification': { notificationId: string };
  /** periodic: audit every escalation path (an away period or a rotation can break one without any config change) */
  'escalation-audit': Record<string, never>;
  /** periodic: decide drills whose outcome is known (acknowledged, or silent past their answer time) */
  'judge-drills': Record<string, never>;
}
export type JobName = keyof JobCatalogue;

export const JOB_QUEUE: { [K in JobName]: (payload: JobCatalogue[K]) => string } = {
  'classify-event': () => PIPELINE_QUEUE,
  'classify-events': () => PIPELINE_QUEUE,
  'sweep-outbox': () => MAINTENANCE_QUEUE,
  'prune-events': () => MAINTENANCE_QUEUE,
  'check-silence': () => MAINTENANCE_QUEUE,
  'issue-routed': (payload) => payload.ownerTeam,
  escalate: () => ESCALATION_QUEUE,
  'escalation-sweep': () => ESCALATION_QUEUE,
  'deliver-notification': () => NOTIFY_QUEUE,
  'escalation-audit': () => ASSURANCE_QUEUE,
  'judge-drills': () => ASSURANCE_QUEUE,
};

/** A job's id from the events it carries: a retried enqueue of the same write is a no-op in BullMQ. */
export const classifyJobId = (storedEventIds: string[]) =>
  storedEventIds.length === 1
    ? `event-${storedEventIds[0]}`
    : `events-${storedEventIds[0]}-${storedEventIds.at(-1)}-${storedEventIds.length}`;
