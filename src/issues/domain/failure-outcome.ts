import type { AuditEntry } from '../../core/audit-trail';
import { TRANSIENT_CATEGORIES } from '../../core/categories';
import type { Category, Classification, Reason } from '../../core/classification.types';
import type { IssueRoutedPayload } from '../../platform/queue/queue-catalogue';
import { transition, type IssueStatus } from './issue-lifecycle';

/** Whether a record still fails on an issue, or a later sync of it succeeded. */
export type RecordState = 'failing' | 'recovered';

/** Why an issue goes to its owner's queue: it is new, back after a resolve, or changed class or owner. */
export type RouteReason = IssueRoutedPayload['transition'];

/** What one failure brings to its issue's counts and name. */
export interface FailureTally {
  fingerprint: string;
  occurredAt: Date;
  release: string | null;
  title: string;
  normalisedMessage: string;
}

/** One failure of a batch: the event it came in, quoted in the audit, and what it counts. */
export interface BatchFailure {
  event: { eventId: string; source: unknown };
  facts: FailureTally;
}

/** A record's link to the issue before and after the batch; `facts` are those of the batch failure that decided it. */
export interface LinkChange {
  facts: FailureTally;
  before: RecordState | null;
  after: RecordState;
}

/** Failures of one fingerprint, counted on their issue in one go. */
export interface FailureBatch {
  /** the batch's earliest failure created the issue */
  opened: boolean;
  /** in time order, earliest first; never empty */
  failures: BatchFailure[];
  links: LinkChange[];
}

/** The classifier's verdict on the issue's latest failure, and the team its routing rules name for it. */
export interface Verdict {
  classification: Classification;
  category: Category;
  confidence: number;
  reasons: Reason[];
  candidates: string[] | null;
  ownerTeam: string;
}

/** The counts and the name a batch of failures moves. */
export interface IssueTally {
  occurrences: number;
  distinctRecords: number;
  failingRecords: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
  lastRelease: string | null;
  title: string;
  normalisedMessage: string | null;
}

/** Where the issue stands in its lifecycle. */
export interface IssueLife {
  status: IssueStatus;
  regressions: number;
  resolvedAt: Date | null;
  resolvedReason: string | null;
  /** when someone took the current incident; a regression is a new incident that nobody has taken yet */
  acknowledgedAt: Date | null;
}

/** The parts of an issue that its failures decide. */
export interface IssueState extends IssueTally, IssueLife, Verdict {
  id: string;
  pendingRoute: RouteReason | null;
}

/** The issue after the batch (to store), what the audit log records, and whether its owner hears of it. */
export interface FailureOutcome {
  issue: Omit<IssueState, 'id'>;
  audit: AuditEntry[];
  route: RouteReason | null;
}

/**
 * The counts a batch of failures leaves on its issue, as if they were counted one by one in time order. The
 * name people read (title, message, release) follows the latest failure's own words, unless the issue has
 * seen a later one already.
 */
export function tallyFailures(issue: IssueTally, failures: BatchFailure[], links: LinkChange[]): IssueTally {
  const first = failures[0].facts;
  const latest = failures[failures.length - 1].facts;
  let distinctRecords = issue.distinctRecords;
  let failingRecords = issue.failingRecords;
  for (const link of links) {
    if (link.before === null) distinctRecords += 1;
    failingRecords += (link.after === 'failing' ? 1 : 0) - (link.before === 'failing' ? 1 : 0);
  }
  const newest = latest.occurredAt >= issue.lastSeenAt;
  return {
    occurrences: issue.occurrences + failures.length,
    distinctRecords,
    failingRecords,
    firstSeenAt: first.occurredAt < issue.firstSeenAt ? first.occurredAt : issue.firstSeenAt,
    lastSeenAt: newest ? latest.occurredAt : issue.lastSeenAt,
    lastRelease: newest ? (latest.release ?? issue.lastRelease) : issue.lastRelease,
    title: newest ? latest.title : issue.title,
    normalisedMessage: newest ? latest.normalisedMessage : issue.normalisedMessage,
  };
}

/**
 * What a batch of failures does to its issue: the counts, a regression when it was resolved, the class the
 * latest failure gives it (`verdict`; none when a person classified it, which the classifier never overrides),
 * the audit of all that, and a resolve when the batch itself shows every record recovered. The owner is told
 * of a new issue, a regression, or a change of class or owner; `now` stamps an automatic resolve.
 */
export function applyFailures(
  issue: IssueState,
  batch: FailureBatch,
  verdict: Verdict | undefined,
  now: Date,
): FailureOutcome {
  const { opened, failures, links } = batch;
  const first = failures[0];
  const latest = failures[failures.length - 1];
  const tally = tallyFailures(issue, failures, links);
  const classified = verdict ?? verdictOf(issue);
  const entry = (action: string, detail: Record<string, unknown>): AuditEntry => ({
    issueId: issue.id,
    actor: 'system',
    action,
    detail,
  });
  const audit: AuditEntry[] = [];
  if (opened) audit.push(entry('opened', { eventId: first.event.eventId, fingerprint: first.facts.fingerprint }));

  let life: IssueLife = {
    status: issue.status,
    regressions: issue.regressions,
    resolvedAt: issue.resolvedAt,
    resolvedReason: issue.resolvedReason,
    acknowledgedAt: issue.acknowledgedAt,
  };
  const next = transition(issue.status, 'failure');
  if (next.ok && next.changed) {
    life = {
      status: next.status,
      regressions: issue.regressions + 1,
      resolvedAt: null,
      resolvedReason: null,
      acknowledgedAt: null,
    };
    audit.push(entry('regressed', { eventId: first.event.eventId, previouslyResolved: issue.resolvedReason }));
  }

  const { classification, category, confidence, reasons } = classified;
  if (!opened && issue.classification !== classification)
    audit.push(
      entry('classification_changed', {
        from: issue.classification,
        to: classification,
        category,
        confidence,
        reasons,
      }),
    );
  if (opened) audit.push(entry('classified', { to: classification, category, confidence, reasons }));
  if (!opened && issue.ownerTeam !== classified.ownerTeam)
    audit.push(entry('rerouted', { from: issue.ownerTeam, to: classified.ownerTeam }));

  const recovered = links.filter((link) => link.after === 'recovered');
  for (const link of recovered) {
    const event = failures.findLast((failure) => failure.facts === link.facts)?.event ?? latest.event;
    audit.push(
      entry('record_recovered', {
        record: event.source,
        eventId: event.eventId,
        note: 'a later sync of this record succeeded',
      }),
    );
  }
  if (recovered.length > 0) {
    const resolved = autoResolve({ ...classified, ...tally, ...life, id: issue.id }, now);
    if (resolved) {
      life = { ...life, ...resolved.changes };
      audit.push(resolved.entry);
    }
  }

  const route: RouteReason | null = opened
    ? 'opened'
    : life.status === 'regressed' && issue.status !== 'regressed'
      ? 'regressed'
      : issue.ownerTeam !== classified.ownerTeam || issue.classification !== classification
        ? 'reclassified'
        : null;
  return {
    issue: { ...tally, ...life, ...classified, pendingRoute: route ?? issue.pendingRoute },
    audit,
    route,
  };
}

type Resolvable = Pick<IssueState, 'id' | 'status' | 'classification' | 'category' | 'failingRecords'>;

/**
 * Bad source data fixed at source, and transient failures (timeouts, throttling, locks) that the
 * integration's own retry got through, resolve themselves once no record is left failing.
 */
export function autoResolve(
  issue: Resolvable,
  now: Date,
): { changes: Pick<IssueLife, 'status' | 'resolvedAt' | 'resolvedReason'>; entry: AuditEntry } | undefined {
  const transient = TRANSIENT_CATEGORIES.has(issue.category);
  if ((issue.classification !== 'bad_source_data' && !transient) || issue.failingRecords > 0) return undefined;
  const next = transition(issue.status, 'auto_resolve');
  if (!next.ok) return undefined;
  const reason = transient
    ? "transient: the integration's own retry succeeded"
    : 'every failing record later synced successfully';
  return {
    changes: { status: next.status, resolvedAt: now, resolvedReason: reason },
    entry: { issueId: issue.id, actor: 'system', action: 'auto_resolved', detail: { reason } },
  };
}

const verdictOf = (issue: Verdict): Verdict => ({
  classification: issue.classification,
  category: issue.category,
  confidence: issue.confidence,
  reasons: issue.reasons,
  candidates: issue.candidates,
  ownerTeam: issue.ownerTeam,
});
