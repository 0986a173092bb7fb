import { DRILL_INTEGRATION_PREFIX } from '../escalation/drill-marker';
import { EscalationService } from '../escalation/escalation.service';
import { Injectable } from '@nestjs/common';
import { SyncEventRepository, type StoredEventRow } from '../intake/sync-event.repository';
import { DrillRepository } from '../drills/drill.repository';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import type { SyncEventDto } from '../intake/dto/sync-event.dto';
import {
  applyFailures,
  autoResolve,
  tallyFailures,
  type RouteReason,
  type Verdict,
} from '../issues/domain/failure-outcome';
import type { IssueEntity } from '../issues/issue.entity';
import { RouteDeliveryService } from '../issues/route-delivery.service';
import { IssueRecordRepository, type SucceededRecord } from '../issues/issue-record.repository';
import { IssueRepository, type FailureFacts } from '../issues/issue.repository';
import { UnitOfWork, type Tx } from '../platform/database/unit-of-work';
import { RoutingService } from '../routing/routing.service';
import { issueRoutingFacts } from '../routing/domain/route';
import { ClassifierService } from './classifier.service';
import { ContextService } from './context.service';
import type { ClassifiableEvent } from './domain/classification.types';
import type { ClassifierKnowledge } from './domain/classifier';
import { fingerprintOf, normaliseMessage } from './domain/fingerprint';
import { readableTitle } from '../issues/domain/issue-story';

type StoredEvent = StoredEventRow<SyncEventDto>;

/** Routing rules and classifier knowledge, loaded before the transaction opens. */
interface Deciders {
  ownerOf: Awaited<ReturnType<RoutingService['router']>>;
  knowledge: ClassifierKnowledge;
}

/** Waiting failures of an issue that one transaction takes along, beyond the job's own events. */
const MAX_COALESCED_EVENTS = 1000;

interface UnitOptions {
  /** take along waiting failures of the same fingerprint */
  coalesce: boolean;
  /** wait for events and issues another transaction holds, rather than leave them for later */
  wait: boolean;
}

/** The issue is held by another transaction: the unit is rolled back and retried later, waiting. */
class IssueHeld extends Error {}

/** What became of each stored event a batch named. */
export interface BatchOutcome {
  processed: string[];
  alreadyProcessed: string[];
  missing: string[];
  failed: Array<{ id: string; error: string }>;
}

/**
 * Takes stored events through grouping, classification and routing. Failures of one fingerprint in a
 * batch are counted in one transaction, with the issue row locked once, so a backlog of one hot issue
 * costs a few statements per batch rather than per event. If a group's transaction fails, its events
 * are tried one by one so a poison event fails alone. Idempotent: events are re-read under lock and the
 * processed ones skipped, so at-least-once delivery never double-counts.
 */
@Injectable()
export class PipelineService {
  constructor(
    // only for sync_event and drill, whose repositories belong to the intake and drills work (issue 14)
    private readonly events: SyncEventRepository,
    private readonly drills: DrillRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly issues: IssueRepository,
    private readonly records: IssueRecordRepository,
    private readonly context: ContextService,
    private readonly classifier: ClassifierService,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
    private readonly delivery: RouteDeliveryService,
    private readonly escalation: EscalationService,
  ) {}

  async process(storedEventId: string): Promise<'processed' | 'already_processed' | 'missing'> {
    const outcome = await this.processMany([storedEventId]);
    if (outcome.failed.length > 0) throw new Error(outcome.failed[0].error);
    return outcome.missing.length > 0
      ? 'missing'
      : outcome.alreadyProcessed.length > 0
        ? 'already_processed'
        : 'processed';
  }

  async processMany(storedEventIds: string[]): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { processed: [], alreadyProcessed: [], missing: [], failed: [] };
    const decide: Deciders = { ownerOf: await this.routing.router(), knowledge: await this.classifier.knowledge() };
    const events = await this.storedEvents(storedEventIds);
    const found = new Set(events.map((event) => event.id));
    outcome.missing = storedEventIds.filter((id) => !found.has(id));
    const groups = new Map<string, StoredEvent[]>();
    const successes: StoredEvent[] = [];
    for (const event of events) {
      if (event.processed_at) outcome.alreadyProcessed.push(event.id);
      else if (event.body.status === 'succeeded') successes.push(event);
      else {
        const fingerprint = fingerprintOf(asClassifiable(event.body));
        groups.set(fingerprint, [...(groups.get(fingerprint) ?? []), event]);
      }
    }
    // issues locked in fingerprint order, so two workers with overlapping fingerprints cannot deadlock
    const units = [
      ...[...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group),
      ...successes.map((event) => [event]),
    ];
    // First pass: what no other transaction holds. An event or issue held by another worker (most often
    // one that took these events along) is left for a second pass that waits, by which time the other
    // has usually committed and they are found processed; meanwhile this worker did useful work.
    const held: StoredEvent[][] = [];
    for (const unit of units) {
      try {
        const result = await this.processUnit(unit, decide, { coalesce: true, wait: false });
        this.tally(outcome, result);
        if (result.held.length > 0) held.push(result.held);
      } catch (error) {
        if (error instanceof IssueHeld) held.push(unit);
        else await this.isolate(outcome, unit, decide);
      }
    }
    for (const unit of held) {
      try {
        this.tally(outcome, await this.processUnit(unit, decide, { coalesce: true, wait: true }));
      } catch {
        await this.isolate(outcome, unit, decide);
      }
    }
    return outcome;
  }

  /** A unit whose transaction failed, perhaps for a poison event it took along: its own events alone, then one by one. */
  private async isolate(outcome: BatchOutcome, unit: StoredEvent[], decide: Deciders): Promise<void> {
    try {
      this.tally(outcome, await this.processUnit(unit, decide, { coalesce: false, wait: true }));
      return;
    } catch (error) {
      if (unit.length === 1) {
        outcome.failed.push({ id: unit[0].id, error: (error as Error).message });
        return;
      }
    }
    for (const event of unit) {
      try {
        this.tally(outcome, await this.processUnit([event], decide, { coalesce: false, wait: true }));
      } catch (single) {
        outcome.failed.push({ id: event.id, error: (single as Error).message });
      }
    }
  }

  private tally(outcome: BatchOutcome, unit: { processed: string[]; alreadyProcessed: string[] }): void {
    outcome.processed.push(...unit.processed);
    outcome.alreadyProcessed.push(...unit.alreadyProcessed);
  }

  /** One transaction: failures of one fingerprint, or one success. Routing and escalation after the commit. */
  private async processUnit(
    unit: StoredEvent[],
    decide: Deciders,
    options: UnitOptions,
  ): Promise<{ processed: string[]; alreadyProcessed: string[]; held: StoredEvent[] }> {
    let route: { issue: IssueEntity; transition: RouteReason } | undefined;
    let failedIssue: string | undefined;
    let stillFailing: FailureFacts[] = [];
    let autoResolved: string[] = [];
    const result = await this.unitOfWork.run(async (tx) => {
      const locked = await this.lockEvents(
        tx,
        unit.map((event) => event.id),
        options.wait,
      );
      const lockedIds = new Set(locked.map((event) => event.id));
      const held = unit.filter((event) => !lockedIds.has(event.id));
      const pending = locked.filter((event) => !event.processed_at);
      const alreadyProcessed = locked.filter((event) => event.processed_at).map((event) => event.id);
      if (pending.length === 0) return { processed: [], alreadyProcessed, held };
      if (pending[0].body.status === 'succeeded') autoResolved = await this.recordSuccess(tx, pending[0]);
      else ({ route, issueId: failedIssue, stillFailing } = await this.recordFailures(tx, pending, decide, options));
      return { processed: pending.map((event) => event.id), alreadyProcessed, held };
    });
    if (route) await this.delivery.deliver(route.issue, route.transition);
    // after the commit, like routing: whether and whom to notify is decided on what is stored
    if (failedIssue) await this.escalation.consider(failedIssue);
    // A success of the same record processed while this transaction was open found no failing link to recover, and
    // this one, if it looked before that success was stored, found no success: each missed the other. Now that the
    // links are committed, a success stored since is applied again (recovering a link twice does nothing).
    for (const success of await this.events.successesAfter<SyncEventDto>(stillFailing))
      autoResolved.push(...(await this.unitOfWork.run((tx) => this.applySuccess(tx, success))));
    // a chain still running for an issue that resolved itself stops now, and says so on the timeline
    for (const issueId of autoResolved) await this.escalation.stopAfterAutoResolve(issueId);
    return result;
  }

  /** Failures of one fingerprint, counted on their issue as if linked one by one in time order. */
  private async recordFailures(
    tx: Tx,
    stored: StoredEvent[],
    decide: Deciders,
    options: UnitOptions,
  ): Promise<{
    issueId: string;
    route?: { issue: IssueEntity; transition: RouteReason };
    /** the records this batch left failing */
    stillFailing: FailureFacts[];
  }> {
    const own = stored.map((event) => ({ event: event.body, facts: failureFacts(event.body) }));
    const opener = own.reduce((earliest, failure) =>
      failure.facts.occurredAt < earliest.facts.occurredAt ? failure : earliest,
    );
    const locked = await this.issues.lockOrOpen(
      opener.facts,
      { classification: 'needs_triage', category: 'unknown', ownerTeam: 'support' },
      tx,
      { wait: options.wait },
    );
    if (!locked) throw new IssueHeld();
    const { issue, opened } = locked;
    const coalesced = options.coalesce
      ? await this.claimWaitingFailures(
          tx,
          stored[0].body,
          opener.facts.fingerprint,
          stored.map((event) => event.id),
        )
      : [];
    const counted = [...stored, ...coalesced];
    const failures = [
      ...own,
      ...coalesced.map((event) => ({ event: event.body, facts: failureFacts(event.body) })),
    ].sort((a, b) => a.facts.occurredAt.getTime() - b.facts.occurredAt.getTime());
    const first = failures[0];
    const latest = failures[failures.length - 1];
    const links = await this.records.linkFailures(
      issue.id,
      failures.map((failure) => failure.facts),
      tx,
    );
    await this.markCounted(
      tx,
      counted.map((event) => event.id),
      first.facts.fingerprint,
      issue.id,
    );

    if (opened) issue.drillId = await this.drillOf(tx, first.event);
    // the issue's latest failure classifies it (unless a person did), in a context that sees the batch counted
    const verdict = issue.classifiedByHuman
      ? undefined
      : await this.classify(tx, { ...issue, ...tallyFailures(issue, failures, links) }, latest.event, decide);
    const outcome = applyFailures(issue, { opened, failures, links }, verdict, new Date());
    Object.assign(issue, outcome.issue);
    await this.issues.save(issue, tx);
    await this.audit.record(outcome.audit, tx);
    return {
      issueId: issue.id,
      route: outcome.route ? { issue, transition: outcome.route } : undefined,
      stillFailing: links.filter((link) => link.after === 'failing').map((link) => link.facts),
    };
  }

  /**
   * Once it holds an issue's lock, a transaction takes along the other stored failures of the same
   * fingerprint that no job is processing right now (their rows unlocked), up to a bound. A backlog of one
   * hot issue then drains in a few large transactions instead of queueing every job behind the same row
   * lock; the jobs that carried those events find them processed and skip them. Events already marked
   * failed are left alone, so a poison event cannot fail other groups after its last attempt.
   */
  private async claimWaitingFailures(
    tx: Tx,
    sample: SyncEventDto,
    fingerprint: string,
    own: string[],
  ): Promise<StoredEvent[]> {
    const candidates = await this.waitingFailures(tx, sample, own);
    const same = candidates
      .filter((event) => fingerprintOf(asClassifiable(event.body)) === fingerprint)
      .map((event) => event.id);
    if (same.length === 0) return [];
    return this.lockUnprocessed(tx, same);
  }

  /** The classifier's verdict on an issue's latest failure, in the context of the issue as counted, and its owner. */
  private async classify(tx: Tx, issue: IssueEntity, event: SyncEventDto, decide: Deciders): Promise<Verdict> {
    const stats = await this.records.recordStats(issue.id, tx);
    const context = await this.context.build(asClassifiable(event), { ...issue, ...stats }, tx);
    const result = this.classifier.classify(decide.knowledge, asClassifiable(event), context);
    return {
      classification: result.classification,
      category: result.category,
      confidence: result.confidence,
      reasons: result.reasons,
      candidates: result.candidates ?? null,
      ownerTeam: decide.ownerOf(issueRoutingFacts(issue, result)),
    };
  }

  /** The ids of the issues the success resolved. */
  private async recordSuccess(tx: Tx, stored: StoredEvent): Promise<string[]> {
    await this.markProcessed(tx, stored.id);
    return this.applySuccess(tx, stored.body);
  }

  /** A success's failing links recovered, and the issues it leaves with no failing record resolved: their ids. */
  private async applySuccess(tx: Tx, event: SyncEventDto): Promise<string[]> {
    const touched = await this.recoverRecord(tx, {
      integration: event.integration,
      system: event.source.system,
      entity: event.source.entity,
      recordId: event.source.id,
      succeededAt: new Date(event.occurredAt),
    });
    const entries: AuditEntry[] = [];
    for (const { issue } of touched) {
      entries.push({
        issueId: issue.id,
        actor: 'system',
        action: 'record_recovered',
        detail: { record: event.source, eventId: event.eventId },
      });
      const resolved = autoResolve(issue, new Date());
      if (!resolved) continue;
      Object.assign(issue, resolved.changes);
      await this.issues.save(issue, tx);
      entries.push(resolved.entry);
    }
    await this.audit.record(entries, tx);
    return entries.filter((entry) => entry.action === 'auto_resolved').map((entry) => entry.issueId!);
  }

  /**
   * A successful sync of a record: its failing links (failures that happened before this success) are
   * recovered. Returns the issues touched, locked, issue rows first to keep the lock order of the failure path.
   */
  private async recoverRecord(tx: Tx, record: SucceededRecord): Promise<Array<{ issue: IssueEntity }>> {
    const touched: Array<{ issue: IssueEntity }> = [];
    for (const issueId of await this.records.failingIssuesOf(record, tx)) {
      const issue = await this.issues.lock(issueId, tx);
      if (!issue) throw new Error(`issue ${issueId} of a failing record does not exist`);
      if (!(await this.records.markRecovered(issueId, record, tx))) continue;
      issue.failingRecords = Math.max(0, issue.failingRecords - 1);
      await this.issues.setFailingRecords(issueId, issue.failingRecords, tx);
      touched.push({ issue });
    }
    return touched;
  }

  private storedEvents(ids: string[]): Promise<StoredEvent[]> {
    return this.events.stored<SyncEventDto>(ids);
  }

  private lockEvents(tx: Tx, ids: string[], wait: boolean): Promise<StoredEvent[]> {
    return this.events.lock<SyncEventDto>(ids, wait, tx);
  }

  private markCounted(tx: Tx, ids: string[], fingerprint: string, issueId: string): Promise<void> {
    return this.events.markCounted(ids, fingerprint, issueId, tx);
  }

  private markProcessed(tx: Tx, id: string): Promise<void> {
    return this.events.markProcessed(id, tx);
  }

  /** Unprocessed, not failed failures with the sample's integration and error code, beyond the unit's own. */
  private waitingFailures(tx: Tx, sample: SyncEventDto, own: string[]): Promise<StoredEvent[]> {
    return this.events.waitingFailures<SyncEventDto>(
      sample.integration,
      sample.error?.code ?? '',
      own,
      MAX_COALESCED_EVENTS,
      tx,
    );
  }

  private lockUnprocessed(tx: Tx, ids: string[]): Promise<StoredEvent[]> {
    return this.events.lockUnprocessed<SyncEventDto>(ids, tx);
  }

  /** The drill that posted this event, from the drill service's own record; never from the event's runId. */
  private async drillOf(tx: Tx, event: SyncEventDto): Promise<string | null> {
    // only drills post to these integrations; the prefix spares every other opened issue a query, the table decides
    if (!event.integration.startsWith(DRILL_INTEGRATION_PREFIX)) return null;
    return this.drills.idForEvent(event.integration, event.eventId, tx);
  }
}

export function asClassifiable(event: SyncEventDto): ClassifiableEvent {
  return {
    integration: event.integration,
    occurredAt: event.occurredAt,
    status: event.status,
    operation: event.operation,
    source: event.source,
    target: event.target,
    error: event.error,
    payload: event.payload,
    release: event.release,
    attempt: event.attempt,
  };
}

function failureFacts(event: SyncEventDto): FailureFacts {
  const message = event.error?.message ?? '';
  return {
    fingerprint: fingerprintOf(asClassifiable(event)),
    integration: event.integration,
    sourceSystem: event.source.system,
    sourceEntity: event.source.entity,
    sourceId: event.source.id,
    sourceUrl: event.source.url ?? null,
    sourceLabel: event.source.label ?? null,
    targetSystem: event.target?.system ?? null,
    targetEntity: event.target?.entity ?? null,
    targetId: event.target?.id ?? null,
    targetUrl: event.target?.url ?? null,
    errorCode: event.error?.code ?? null,
    title: readableTitle(message, { code: event.error?.code, integration: event.integration }),
    normalisedMessage: normaliseMessage(message).slice(0, 500),
    message: message.slice(0, 2000),
    occurredAt: new Date(event.occurredAt),
    release: event.release ?? null,
  };
}
