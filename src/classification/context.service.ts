import { Injectable } from '@nestjs/common';
import { BusinessChangeRepository, type BusinessChangeRow } from '../context/business-change.repository';
import type { CauseWindow } from '../context/cause-window';
import { ReleaseRepository, type ReleaseRow } from '../context/release.repository';
import type { Tx } from '../platform/database/unit-of-work';
import { ClassificationContextRepository } from './classification-context.repository';
import type {
  BusinessChange,
  ClassifiableEvent,
  ClassificationContext,
  ReleaseMarker,
} from './domain/classification.types';
import { failingFieldOf } from './domain/failing-field';
import { saysAlreadyExists } from './domain/signals/message-signals';

const HOUR = 3600_000;
/** how far before an issue's first failure a release or business change still counts as its cause */
const CAUSE_WINDOW_MS = 7 * 24 * HOUR;
const BASELINE_WINDOW_MS = 24 * HOUR;
const NOVELTY_WINDOW_MS = 30 * 24 * HOUR;
/** how long before a duplicate a failure of the same record still reads as the attempt that was retried */
const RETRY_WINDOW_MS = HOUR;
/** distinct values are read off an issue's latest events only, so a hot issue's 100,000th event costs what its 500th did */
const EVIDENCE_SAMPLE = 500;
const RELEASE_SEEN_TTL_MS = 60_000;
/** (integration, release) pairs whose first event is remembered; the oldest is forgotten first */
const RELEASES_SEEN_KEPT = 10_000;

export interface IssueFacts {
  id: string;
  integration: string;
  sourceSystem: string;
  sourceEntity: string;
  targetSystem: string | null;
  targetEntity: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  occurrences: number;
  distinctRecords: number;
  maxFailuresPerRecord: number;
  recordsRecovered: number;
}

const releaseMarkerOf = (row: ReleaseRow): ReleaseMarker => ({
  version: row.version,
  deployedAt: row.deployed_at.toISOString(),
  integration: row.integration,
  system: row.system,
});

const latestFirst = (a: ReleaseMarker, b: ReleaseMarker): number =>
  new Date(b.deployedAt).getTime() - new Date(a.deployedAt).getTime();

const businessChangeOf = (row: BusinessChangeRow): BusinessChange => ({
  system: row.system,
  entity: row.entity,
  integration: row.integration,
  description: row.description,
  changedAt: row.changed_at.toISOString(),
});

/** Gathers, from storage, what the pure classifier needs to know around an event: the evidence beyond the message. */
@Injectable()
export class ContextService {
  private readonly releasesSeen = new Map<
    string,
    { seen: Awaited<ReturnType<ClassificationContextRepository['releaseSeenOnEvents']>>; until: number }
  >();

  constructor(
    private readonly releaseMarkers: ReleaseRepository,
    private readonly businessChanges: BusinessChangeRepository,
    private readonly events: ClassificationContextRepository,
  ) {}

  /** In the caller's transaction when given one: the pipeline's context sees the counts it has just written. */
  async build(event: ClassifiableEvent, issue: IssueFacts | undefined, tx?: Tx): Promise<ClassificationContext> {
    const firstSeen = issue?.firstSeenAt ?? new Date(event.occurredAt);
    const lastSeen = issue?.lastSeenAt ?? new Date(event.occurredAt);
    const systems = [event.source.system, event.target?.system].filter((s): s is string => !!s);
    const causes: CauseWindow = {
      integration: event.integration,
      systems,
      from: new Date(firstSeen.getTime() - CAUSE_WINDOW_MS),
      to: lastSeen,
    };
    // One after another: inside a transaction these share one connection, which runs one query at a time.
    const markers = (await this.releaseMarkers.latestAround(causes, tx)).map(releaseMarkerOf);
    const seen = await this.releaseSeenOnEvents(event, markers, causes, tx);
    const releases = seen ? [...markers, seen].sort(latestFirst) : markers;
    const changes = (await this.businessChanges.latestAround(causes, tx)).map(businessChangeOf);
    const baseline = await this.baseline(tx, event.integration, firstSeen);
    const failingField = await this.failingField(tx, event, issue?.id);
    const context: ClassificationContext = {
      releases,
      changes,
      successesBefore: baseline.before,
      successesSince: baseline.since,
      failingField,
    };
    // read only for a message that says the record exists already: no other failure needs the record's own past
    if (event.status === 'failed' && saysAlreadyExists(event)) {
      const at = new Date(event.occurredAt);
      const earlier = await this.events.recordFailuresBetween(
        {
          integration: event.integration,
          system: event.source.system,
          entity: event.source.entity,
          id: event.source.id,
        },
        new Date(at.getTime() - RETRY_WINDOW_MS),
        at,
        tx,
      );
      context.recordEarlierFailures = earlier.map((row) => ({
        occurredAt: row.occurred_at.toISOString(),
        ...(row.http_status && /^\d{3}$/.test(row.http_status) ? { httpStatus: Number(row.http_status) } : {}),
        ...(row.code ? { code: row.code } : {}),
        ...(row.message ? { message: row.message } : {}),
      }));
    }
    if (issue) {
      context.history = {
        firstSeenAt: issue.firstSeenAt.toISOString(),
        lastSeenAt: issue.lastSeenAt.toISOString(),
        occurrences: issue.occurrences,
        distinctRecords: issue.distinctRecords,
        maxFailuresPerRecord: issue.maxFailuresPerRecord,
        recordsRecovered: issue.recordsRecovered,
      };
      context.history.distinctMessages = await this.distinctMessages(tx, issue.id, event);
      const latest = releases.find((release) => new Date(release.deployedAt) <= lastSeen);
      if (latest)
        context.failuresBeforeLatestRelease = await this.failuresBefore(tx, issue.id, new Date(latest.deployedAt));
    }
    return context;
  }

  /**
   * The failing event's release as its integration's events show it, when no deploy marker names that version: many
   * integrations stamp every event with the release that ran and never post a marker. It counts from the first event
   * that carried it, if that lies in the cause window and something of the integration ran before it.
   */
  private async releaseSeenOnEvents(
    event: ClassifiableEvent,
    markers: readonly ReleaseMarker[],
    causes: CauseWindow,
    tx: Tx | undefined,
  ): Promise<ReleaseMarker | undefined> {
    const version = event.release;
    if (!version || markers.some((marker) => marker.version === version)) return undefined;
    const seen = await this.seenOnEvents(event.integration, version, tx);
    if (!seen || seen.firstSeenAt < causes.from || seen.firstSeenAt > causes.to) return undefined;
    return {
      version,
      deployedAt: seen.firstSeenAt.toISOString(),
      integration: event.integration,
      system: null,
      seenOn: 'events',
      previous: seen.previous,
    };
  }

  /**
   * When a release first reached the integration's events changes only if older events arrive late, yet every
   * classification of the integration's failures asks: answers are kept for a minute, so a hot integration asks the
   * database once a minute per release rather than once per issue.
   */
  private async seenOnEvents(integration: string, release: string, tx: Tx | undefined) {
    const key = `${integration}\u0000${release}`;
    const now = Date.now();
    const kept = this.releasesSeen.get(key);
    if (kept && kept.until > now) return kept.seen;
    const seen = await this.events.releaseSeenOnEvents(integration, release, tx);
    this.releasesSeen.delete(key);
    if (this.releasesSeen.size >= RELEASES_SEEN_KEPT) this.releasesSeen.delete(this.releasesSeen.keys().next().value!);
    this.releasesSeen.set(key, { seen, until: now + RELEASE_SEEN_TTL_MS });
    return seen;
  }

  private baseline(
    tx: Tx | undefined,
    integration: string,
    firstSeen: Date,
  ): Promise<{ before: number; since: number }> {
    return this.events.successesAround(integration, firstSeen, new Date(firstSeen.getTime() - BASELINE_WINDOW_MS), tx);
  }

  private async failingField(
    tx: Tx | undefined,
    event: ClassifiableEvent,
    issueId?: string,
  ): Promise<ClassificationContext['failingField']> {
    const { field, value } = failingFieldOf(event);
    if (!field) return undefined;
    const since = new Date(new Date(event.occurredAt).getTime() - NOVELTY_WINDOW_MS);
    const successes = await this.events.valuesInSuccesses(event.integration, field, since, tx);
    const failing = issueId ? await this.events.distinctFailingValues(issueId, field, EVIDENCE_SAMPLE, tx) : 0;
    const valuesInSuccesses = successes.map((row) => row.value).filter((v): v is string => v !== null);
    const successesWithField = successes.reduce((sum, row) => sum + row.n, 0);
    // the event being classified may not be linked to the issue yet: it counts as one failing value at least
    return { field, value, valuesInSuccesses, successesWithField, distinctFailingValues: Math.max(1, failing ?? 0) };
  }

  /** the event being classified may not be linked yet: its message counts too */
  private distinctMessages(tx: Tx | undefined, issueId: string, event: ClassifiableEvent): Promise<number> {
    return this.events.distinctMessages(issueId, event.error?.message ?? '', EVIDENCE_SAMPLE, tx);
  }

  private failuresBefore(tx: Tx | undefined, issueId: string, at: Date): Promise<number> {
    return this.events.failuresBefore(issueId, at, tx);
  }
}
