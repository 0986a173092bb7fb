import type { Category, Classification, Reason } from '../../classification/domain/classification.types';

/**
 * Every queue and job the service uses, with its payload type, in one place: `enqueue(name, payload)`
 * cannot send a payload its consumer does not expect.
 */
export const PIPELINE_QUEUE = 'classify';
export const MAINTENANCE_QUEUE = 'maintenance';
/** Team slugs name their own queues, so these may not be used as slugs. */
export const RESERVED_QUEUE_NAMES: readonly string[] = [PIPELINE_QUEUE, MAINTENANCE_QUEUE];

/** What an owner team's queue receives when an issue becomes theirs or changes state. Documented in README. */
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
}

export interface JobCatalogue {
  'classify-event': { eventId: string };
  'sweep-outbox': Record<string, never>;
  'issue-routed': IssueRoutedPayload;
}
export type JobName = keyof JobCatalogue;

export const JOB_QUEUE: { [K in JobName]: (payload: JobCatalogue[K]) => string } = {
  'classify-event': () => PIPELINE_QUEUE,
  'sweep-outbox': () => MAINTENANCE_QUEUE,
  'issue-routed': (payload) => payload.ownerTeam,
};

/** Idempotent job ids: a retried enqueue of the same stored event is a no-op in BullMQ. */
export const classifyJobId = (storedEventId: string) => `event-${storedEventId}`;
