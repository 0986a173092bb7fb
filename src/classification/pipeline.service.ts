import { TRANSIENT_CATEGORIES } from './domain/categories';
import { DRILL_RUN_PREFIX } from '../escalation/drill-marker';
import { EscalationService } from '../escalation/escalation.service';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import type { SyncEventDto } from '../intake/dto/sync-event.dto';
import { transition } from '../issues/domain/issue-lifecycle';
import type { IssueEntity } from '../issues/issue.entity';
import { RouteDeliveryService } from '../issues/route-delivery.service';
import { IssueStore, type FailureFacts } from '../issues/issue.store';
import type { IssueRoutedPayload } from '../platform/queue/queue-catalogue';
import { RoutingService } from '../routing/routing.service';
import { ClassifierService } from './classifier.service';
import { ContextService } from './context.service';
import type { ClassifiableEvent } from './domain/classification.types';
import type { ClassifierKnowledge } from './domain/classifier';
import { fingerprintOf, normaliseMessage } from './domain/fingerprint';

interface StoredEvent {
  id: string;
  body: SyncEventDto;
  processed_at: Date | null;
}

type Transition = IssueRoutedPayload['transition'];
/** Routing rules and classifier knowledge, loaded before the transaction opens. */
interface Deciders {
  ownerOf: Awaited<ReturnType<RoutingService['router']>>;
  knowledge: ClassifierKnowledge;
}

/**
 * Takes one stored event through grouping, classification and routing in one transaction. Idempotent:
 * a redelivered job finds the event already processed and does nothing, so at-least-once delivery
 * never double-counts.
 */
@Injectable()
export class PipelineService {
  constructor(
    private readonly db: DataSource,
    private readonly store: IssueStore,
    private readonly context: ContextService,
    private readonly classifier: ClassifierService,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
    private readonly delivery: RouteDeliveryService,
    private readonly escalation: EscalationService,
  ) {}

  async process(storedEventId: string): Promise<'processed' | 'already_processed' | 'missing'> {
    let route: { issue: IssueEntity; transition: Transition } | undefined;
    let failedIssue: string | undefined;
    const ownerOf = await this.routing.router();
    const knowledge = await this.classifier.knowledge();
    const outcome = await this.db.transaction(async (manager) => {
      const [event]: StoredEvent[] = await manager.query(`SELECT id, body, processed_at FROM sync_event WHERE id = $1 FOR UPDATE`, [storedEventId]);
      if (!event) return 'missing' as const;
      if (event.processed_at) return 'already_processed' as const;
      if (event.body.status === 'succeeded') await this.recordSuccess(manager, event);
      else ({ route, issueId: failedIssue } = await this.recordFailure(manager, event, { ownerOf, knowledge }));
      return 'processed' as const;
    });
    if (route) await this.delivery.deliver(route.issue, route.transition);
    // after the commit, like routing: whether and whom to notify is decided on what is stored
    if (failedIssue) await this.escalation.consider(failedIssue);
    return outcome;
  }

  private async recordFailure(manager: EntityManager, stored: StoredEvent, decide: Deciders): Promise<{ issueId: string; route?: { issue: IssueEntity; transition: Transition } }> {
    const event = stored.body;
    const facts = failureFacts(event);
    const { issue, opened } = await this.store.lockOrOpen(manager, facts, { classification: 'needs_triage', category: 'unknown', ownerTeam: 'support' });
    const link = await this.store.linkFailure(manager, issue.id, facts);
    await manager.query(`UPDATE sync_event SET fingerprint = $2, issue_id = $3, processed_at = now() WHERE id = $1`, [stored.id, facts.fingerprint, issue.id]);

    const before = { status: issue.status, classification: issue.classification, ownerTeam: issue.ownerTeam };
    if (opened && event.runId?.startsWith(DRILL_RUN_PREFIX)) issue.drillId = event.runId.slice(DRILL_RUN_PREFIX.length);
    issue.occurrences += 1;
    if (link.before === null) issue.distinctRecords += 1;
    issue.failingRecords += (link.after === 'failing' ? 1 : 0) - (link.before === 'failing' ? 1 : 0);
    if (facts.occurredAt < issue.firstSeenAt) issue.firstSeenAt = facts.occurredAt;
    if (facts.occurredAt >= issue.lastSeenAt) {
      issue.lastSeenAt = facts.occurredAt;
      issue.lastRelease = facts.release ?? issue.lastRelease;
    }
    const next = transition(issue.status, 'failure');
    const entries: AuditEntry[] = [];
    if (next.ok && next.changed) {
      issue.status = next.status;
      issue.regressions += 1;
      issue.resolvedAt = null;
      entries.push({ issueId: issue.id, actor: 'system', action: 'regressed', detail: { eventId: event.eventId, previouslyResolved: issue.resolvedReason } });
      issue.resolvedReason = null;
    }
    await this.reclassify(manager, issue, event, decide);
    if (opened) entries.unshift({ issueId: issue.id, actor: 'system', action: 'opened', detail: { eventId: event.eventId, fingerprint: facts.fingerprint } });
    if (!opened && before.classification !== issue.classification) {
      entries.push({ issueId: issue.id, actor: 'system', action: 'classification_changed', detail: { from: before.classification, to: issue.classification, category: issue.category, confidence: issue.confidence, reasons: issue.reasons } });
    }
    if (opened) entries.push({ issueId: issue.id, actor: 'system', action: 'classified', detail: { to: issue.classification, category: issue.category, confidence: issue.confidence, reasons: issue.reasons } });
    if (!opened && before.ownerTeam !== issue.ownerTeam) entries.push({ issueId: issue.id, actor: 'system', action: 'rerouted', detail: { from: before.ownerTeam, to: issue.ownerTeam } });
    if (link.after === 'recovered') {
      entries.push({ issueId: issue.id, actor: 'system', action: 'record_recovered', detail: { record: event.source, eventId: event.eventId, note: 'a later sync of this record succeeded' } });
      const resolved = autoResolve(issue);
      if (resolved) entries.push(resolved);
    }
    const routed: Transition | null = opened
      ? 'opened'
      : issue.status === 'regressed' && before.status !== 'regressed'
        ? 'regressed'
        : before.ownerTeam !== issue.ownerTeam || before.classification !== issue.classification
          ? 'reclassified'
          : null;
    if (routed) issue.pendingRoute = routed;
    await this.store.save(manager, issue);
    await this.audit.record(entries, manager);
    return { issueId: issue.id, route: routed ? { issue, transition: routed } : undefined };
  }

  private async reclassify(manager: EntityManager, issue: IssueEntity, event: SyncEventDto, decide: Deciders): Promise<void> {
    if (issue.classifiedByHuman) return;
    const stats = await this.store.recordStats(manager, issue.id);
    const context = await this.context.build(manager, asClassifiable(event), { ...issue, ...stats });
    const result = this.classifier.classify(decide.knowledge, asClassifiable(event), context);
    issue.classification = result.classification;
    issue.category = result.category;
    issue.confidence = result.confidence;
    issue.reasons = result.reasons;
    issue.ownerTeam = decide.ownerOf({
      classification: result.classification,
      category: result.category,
      system: issue.targetSystem,
      sourceSystem: issue.sourceSystem,
      entity: issue.targetEntity ?? issue.sourceEntity,
      integration: issue.integration,
    });
  }

  private async recordSuccess(manager: EntityManager, stored: StoredEvent): Promise<void> {
    const event = stored.body;
    await manager.query(`UPDATE sync_event SET processed_at = now() WHERE id = $1`, [stored.id]);
    const touched = await this.store.recoverRecord(manager, {
      integration: event.integration,
      system: event.source.system,
      entity: event.source.entity,
      recordId: event.source.id,
      succeededAt: new Date(event.occurredAt),
    });
    const entries: AuditEntry[] = [];
    for (const { issue } of touched) {
      entries.push({ issueId: issue.id, actor: 'system', action: 'record_recovered', detail: { record: event.source, eventId: event.eventId } });
      const resolved = autoResolve(issue);
      if (!resolved) continue;
      await this.store.save(manager, issue);
      entries.push(resolved);
    }
    await this.audit.record(entries, manager);
  }
}

/**
 * Bad source data fixed at source, and transient failures (timeouts, throttling, locks) that the
 * integration's own retry got through, resolve themselves once no record is left failing.
 */
function autoResolve(issue: IssueEntity): AuditEntry | undefined {
  const transient = TRANSIENT_CATEGORIES.has(issue.category);
  if ((issue.classification !== 'bad_source_data' && !transient) || issue.failingRecords > 0) return undefined;
  const next = transition(issue.status, 'auto_resolve');
  if (!next.ok) return undefined;
  issue.status = next.status;
  issue.resolvedAt = new Date();
  issue.resolvedReason = transient ? "transient: the integration's own retry succeeded" : 'every failing record later synced successfully';
  return { issueId: issue.id, actor: 'system', action: 'auto_resolved', detail: { reason: issue.resolvedReason } };
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
    targetSystem: event.target?.system ?? null,
    targetEntity: event.target?.entity ?? null,
    targetId: event.target?.id ?? null,
    targetUrl: event.target?.url ?? null,
    errorCode: event.error?.code ?? null,
    title: normaliseMessage(message).slice(0, 500),
    message: message.slice(0, 2000),
    occurredAt: new Date(event.occurredAt),
    release: event.release ?? null,
  };
}
