import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { IssueEscalation } from '../core/issue-escalation';
import { LabelLearner } from '../core/label-learner';
import type { Category, ClassifiableEvent, OwnerClass } from '../core/classification.types';
import { SeamError } from '../platform/errors/seam-error';
import { RoutingService } from '../routing/routing.service';
import { issueRoutingFacts } from '../routing/domain/route';
import { decodeCursor, encodeCursor, type CursorPart, type CursorValues } from '../platform/http/cursor';
import { transition, type IssueAction } from './domain/issue-lifecycle';
import type { IssueQueryDto, PageQueryDto } from './dto/issue-query.dto';
import { IssueEntity } from './issue.entity';
import { IssueQueriesRepository, type IssueReads } from './issue-queries.repository';
import { IssueRepository } from './issue.repository';
import { RouteDeliveryService } from './route-delivery.service';
import { ConfigStore } from '../ownership/config.store';
import { AppConfig, publicBaseUrl } from '../platform/config/app-config';
import { consolePathOf, failingFields, nextStep, whatHappened } from './domain/issue-story';
import type { SeamConfig } from '../core/seam-config.types';
import { EscalationAudit } from '../core/escalation-audit';
import { PrivacyService } from '../privacy/privacy.service';
import type { Caller } from '../access/key.store';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const DEFAULT_LIMIT = 50;
/** Issues a masked caller's text search looks through to count what survives masking. */
const MAX_MASKED_COUNT = 2000;
/** Records shown inline in an issue's detail; the rest page through GET /v1/issues/:id/records. */
const DETAIL_RECORDS = 500;
/** Pages of database matches a filtered search looks through per request before answering short. */
const MAX_FILTERED_ROUNDS = 5;

export type IssueSummary = ReturnType<typeof issueSummary>;
/** For each issue, whether it stays in the answer. */
export type SearchFilter = (items: IssueSummary[]) => Promise<boolean[]>;

/** The console's view of an issue: what support needs in a list row. */
export function issueSummary(issue: IssueEntity) {
  return {
    id: issue.id,
    fingerprint: issue.fingerprint,
    title: issue.title,
    /** what the grouping compares (the fingerprint's text); null on issues from before it was kept */
    normalisedMessage: issue.normalisedMessage,
    /** one sentence of what happened, for list rows and headers */
    whatHappened: whatHappened(issue),
    /** the issue's page in the console, relative to PUBLIC_URL */
    consolePath: consolePathOf(issue.id),
    sampleMessage: issue.sampleMessage,
    classification: issue.classification,
    category: issue.category,
    confidence: issue.confidence,
    candidates: issue.candidates ?? null,
    owner: issue.ownerTeam,
    status: issue.status,
    integration: issue.integration,
    sourceSystem: issue.sourceSystem,
    sourceEntity: issue.sourceEntity,
    targetSystem: issue.targetSystem,
    targetEntity: issue.targetEntity,
    errorCode: issue.errorCode,
    occurrences: issue.occurrences,
    distinctRecords: issue.distinctRecords,
    failingRecords: issue.failingRecords,
    firstSeenAt: issue.firstSeenAt,
    lastSeenAt: issue.lastSeenAt,
    lastRelease: issue.lastRelease,
    classifiedByHuman: issue.classifiedByHuman,
    acknowledgedAt: issue.acknowledgedAt,
    resolvedAt: issue.resolvedAt,
    resolvedReason: issue.resolvedReason,
    regressions: issue.regressions,
    escalationLevel: issue.escalationLevel,
    knownIssue: issue.knownIssueId,
    assignee: issue.assignee,
    drillId: issue.drillId,
  };
}

/** A cursor of the given shape, or a 400 naming the parameter. */
function cursorOf<S extends readonly CursorPart[]>(cursor: string, shape: S): CursorValues<S> {
  const parts = decodeCursor(cursor, shape);
  if (!parts)
    throw new SeamError('request.invalid', ['cursor is not a cursor this API returned (use nextCursor as given)']);
  return parts;
}

@Injectable()
export class IssuesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly issues: IssueRepository,
    private readonly queries: IssueQueriesRepository,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
    private readonly delivery: RouteDeliveryService,
    private readonly learning: LabelLearner,
    private readonly escalation: IssueEscalation,
    private readonly config: ConfigStore,
    private readonly app: AppConfig,
    private readonly escalationAudit: EscalationAudit,
    private readonly privacy: PrivacyService,
  ) {}

  /**
   * GET /v1/issues for a caller: the page, and the console's banner (rot in the escalation paths is shown
   * where support already looks). A text search must not match what the caller will see masked.
   */
  async listFor(query: IssueQueryDto, caller?: Caller): Promise<{ banner: string | null; page: Page<IssueSummary> }> {
    const banner = await this.escalationAudit.banner();
    const masking = query.q ? await this.privacy.maskingFor(caller) : undefined;
    const search = query.q;
    const page = await this.list(
      query,
      masking && search ? (items) => this.privacy.stillMatch(items, search, masking) : undefined,
    );
    return { banner: banner || null, page };
  }

  /**
   * The console's query; on the read replica when there is one. `accept`, when given, has the last word
   * on which text matches stay in (privacy: a search must not match a value the caller sees masked).
   */
  list(query: IssueQueryDto, accept?: SearchFilter): Promise<Page<IssueSummary>> {
    return this.queries.read((reads) => this.listOn(reads, query, accept));
  }

  /**
   * How many issues each class has under the list's filters, the classification filter aside (so every
   * class's count shows what choosing it would list); `total` applies every filter, as the list does.
   */
  countByClass(
    query: IssueQueryDto,
    accept?: SearchFilter,
  ): Promise<{ counts: Array<{ classification: string; issues: number }>; total: number }> {
    return this.queries.read(async (reads) => {
      if (accept) {
        // a masked caller's text search: only what survives masking counts, as in the list (bounded scan)
        const rows = await reads.matching({ ...query, classification: undefined }, MAX_MASKED_COUNT);
        const verdicts = await accept(rows.map(issueSummary));
        const kept = rows.filter((_, i) => verdicts[i]);
        const counts = new Map<string, number>();
        for (const row of kept) counts.set(row.classification, (counts.get(row.classification) ?? 0) + 1);
        const total = kept.filter((row) => !query.classification || row.classification === query.classification).length;
        return { counts: [...counts].map(([classification, issues]) => ({ classification, issues })), total };
      }
      const rows = await reads.countByClass({ ...query, classification: undefined });
      const total = rows
        .filter((row) => !query.classification || row.classification === query.classification)
        .reduce((sum, row) => sum + row.issues, 0);
      return { counts: rows, total };
    });
  }

  private async listOn(reads: IssueReads, query: IssueQueryDto, accept?: SearchFilter): Promise<Page<IssueSummary>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const page = (after: readonly [string, string] | undefined, size: number) => reads.page(query, after, size);
    const cursorAt = (issue: IssueEntity) => encodeCursor([issue.lastSeenAt.toISOString(), issue.id]);
    const start = query.cursor ? cursorOf(query.cursor, ['timestamp', 'uuid'] as const) : undefined;
    if (!accept) {
      const rows = await page(start, limit + 1);
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(issueSummary), nextCursor: rows.length > limit && last ? cursorAt(last) : null };
    }
    // Rows the database matched but `accept` refuses are skipped; the cursor marks the last row looked at,
    // so a page may be short (never wrong) and the scan per request stays bounded.
    const items: IssueEntity[] = [];
    let after = start;
    let scannedTo: IssueEntity | undefined;
    let more = true;
    for (let round = 0; round < MAX_FILTERED_ROUNDS && more && items.length < limit; round++) {
      const rows = await page(after, limit);
      more = rows.length === limit;
      const verdicts = await accept(rows.map(issueSummary));
      for (const [i, row] of rows.entries()) {
        scannedTo = row;
        if (verdicts[i]) items.push(row);
        if (items.length === limit) {
          more = more || i < rows.length - 1;
          break;
        }
      }
      if (scannedTo) after = [scannedTo.lastSeenAt.toISOString(), scannedTo.id];
    }
    return { items: items.map(issueSummary), nextCursor: more && scannedTo ? cursorAt(scannedTo) : null };
  }

  /**
   * Open defects, most impact first: engineering's queue. Records affected first, then how fast it
   * fails (occurrences per hour it has been failing), then whether it began with a release.
   */
  engineeringQueue(query: PageQueryDto): Promise<Page<ReturnType<typeof issueSummary>>> {
    return this.queries.read((reads) => this.engineeringQueueOn(reads, query));
  }

  private async engineeringQueueOn(
    reads: IssueReads,
    query: PageQueryDto,
  ): Promise<Page<ReturnType<typeof issueSummary>>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.cursor ? cursorOf(query.cursor, ['offset'] as const)[0] : 0;
    const rows = await reads.engineeringQueue(offset, limit + 1);
    return {
      items: rows.slice(0, limit).map(issueSummary),
      nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null,
    };
  }

  /** One issue with its trail; on the read replica when there is one. */
  detail(id: string) {
    return this.queries.read((reads) => this.detailOn(reads, id));
  }

  private async detailOn(reads: IssueReads, id: string) {
    const issue = found(id, await reads.findById(id));
    const [recordPage, sampleEvents, timeline, releases, changes] = await Promise.all([
      reads.records(id, DETAIL_RECORDS),
      reads.sampleEvents(id),
      reads.timeline(id),
      reads.releasesAround(issue),
      reads.changesAround(issue),
    ]);
    // the latest ten failures, shown in the order they happened
    sampleEvents.reverse();
    const runIds = [...new Set(sampleEvents.map((event: { runId: string | null }) => event.runId).filter(Boolean))];
    const records = recordPage.items;
    const [config, retry] = await Promise.all([this.config.load(), this.config.retryEndpoint(issue.integration)]);
    const triageReason =
      issue.reasons.find((r) => r.signal === 'needs_triage' || r.signal === 'undecided_by_message')?.detail ?? null;
    const step = nextStep({
      issue: { ...issue, candidates: issue.candidates },
      // still failing first, as the next step names the records to fix
      records: [...records].sort((a, b) => Number(b.state === 'failing') - Number(a.state === 'failing')),
      fields: failingFields(sampleEvents),
      changes,
      releases,
      retryConfigured: Boolean(retry),
      businessOwner: issue.classification === 'process_change' ? ownerOf(config, issue.ownerTeam) : null,
      triageReason,
      consoleUrl: `${this.publicUrl()}${consolePathOf(issue.id)}`,
    });
    // recordsNextCursor: the rest of the trace-back, through GET /v1/issues/:id/records
    return {
      ...issueSummary(issue),
      reasons: issue.reasons,
      records,
      recordsNextCursor: recordPage.nextCursor,
      sampleEvents,
      runIds,
      releases,
      changes,
      timeline,
      nextStep: step,
    };
  }

  private publicUrl(): string {
    return publicBaseUrl(this.app);
  }

  /** Every record of an issue, a page at a time; on the read replica when there is one. */
  records(id: string, query: PageQueryDto) {
    return this.queries.read(async (reads) => {
      found(id, await reads.findById(id));
      const after = query.cursor ? cursorOf(query.cursor, ['timestamp', 'key', 'key', 'key'] as const) : undefined;
      return reads.records(id, query.limit ?? DEFAULT_LIMIT, after);
    });
  }

  async act(id: string, action: Extract<IssueAction, 'acknowledge' | 'resolve'>, actor: string, note?: string) {
    let chain: { id: string } | undefined;
    const summary = await this.unitOfWork.run(async (tx) => {
      const issue = found(id, await this.issues.lock(id, tx));
      chain = { id: issue.id };
      const next = transition(issue.status, action);
      if (!next.ok) throw new SeamError('issue.invalid_transition', [`status ${next.reason}`]);
      if (next.changed) {
        issue.status = next.status;
        if (action === 'acknowledge') issue.acknowledgedAt = new Date();
        if (action === 'resolve') {
          issue.resolvedAt = new Date();
          issue.resolvedReason = note ?? `resolved by ${actor}`;
        }
        await this.issues.save(issue, tx);
        await this.audit.record(
          [{ issueId: id, actor, action: action === 'resolve' ? 'resolved' : 'acknowledged', detail: { note } }],
          tx,
        );
        // the team Seam sent it to fixed it: a person confirmed the class, which teaches as a correction does
        if (action === 'resolve' && !issue.classifiedByHuman && issue.classification !== 'needs_triage') {
          await this.learning.learnFrom(exampleOf(issue), issue.classification, tx, issue.id);
        }
      } else {
        chain = undefined;
      }
      return issueSummary(issue);
    });
    if (chain)
      await this.escalation
        .stop(chain, actor, action === 'resolve' ? 'resolved' : 'acknowledged')
        .catch(() => undefined);
    return summary;
  }

  /** A person's call: it sticks to the fingerprint (the classifier no longer overrides it) and reroutes the issue. */
  async reclassify(
    id: string,
    actor: string,
    change: { classification: OwnerClass; category?: Category; note?: string },
  ) {
    const ownerOf = await this.routing.router();
    const issue = await this.unitOfWork.run(async (tx) => {
      const issue = found(id, await this.issues.lock(id, tx));
      const before = { classification: issue.classification, category: issue.category, ownerTeam: issue.ownerTeam };
      issue.classification = change.classification;
      issue.category =
        change.category ?? (before.classification === change.classification ? before.category : 'unknown');
      issue.confidence = 1;
      issue.classifiedByHuman = true;
      issue.reasons = [
        { signal: 'human', detail: `Reclassified by ${actor}${change.note ? `: ${change.note}` : ''}`, weight: 1 },
      ];
      issue.ownerTeam = ownerOf(issueRoutingFacts(issue, issue));
      if (before.classification !== issue.classification || before.ownerTeam !== issue.ownerTeam)
        issue.pendingRoute = 'reclassified';
      await this.learning.learnFrom(exampleOf(issue), change.classification, tx, issue.id);
      await this.issues.save(issue, tx);
      await this.audit.record(
        [
          {
            issueId: id,
            actor,
            action: 'reclassified',
            detail: {
              from: before,
              to: { classification: issue.classification, category: issue.category, ownerTeam: issue.ownerTeam },
              note: change.note,
            },
          },
        ],
        tx,
      );
      return issue;
    });
    if (issue.pendingRoute) await this.delivery.deliver(issue, issue.pendingRoute);
    // a new class or owner is a new state: its owner hears of it like of any other
    await this.escalation.consider(issue.id);
    return issueSummary(issue);
  }
}

/** The issue, or issue.not_found (404) when the id names none (or is not an id). */
function found(id: string, issue: IssueEntity | null): IssueEntity {
  if (!issue) throw new SeamError('issue.not_found', [`issue ${id} does not exist`]);
  return issue;
}

/** A team as the next step names it: its name and who to ask (its lead first, then members not away). */
function ownerOf(config: SeamConfig, slug: string): { team: string; name: string; people: string[] } | null {
  const team = config.teams.find((t) => t.slug === slug);
  if (!team) return null;
  const present = team.members.filter((m) => !m.away);
  const lead = team.lead ? team.members.find((m) => m.id === team.lead || m.name === team.lead) : undefined;
  const people = [...(lead ? [lead] : []), ...present.filter((m) => m !== lead)].slice(0, 2).map((m) => m.name);
  return { team: team.slug, name: team.name, people };
}

/** What the learned model is trained on for an issue: its message, code and systems. */
function exampleOf(issue: IssueEntity): ClassifiableEvent {
  return {
    integration: issue.integration,
    occurredAt: issue.lastSeenAt.toISOString(),
    source: { system: issue.sourceSystem, entity: issue.sourceEntity, id: '' },
    target: { system: issue.targetSystem ?? undefined, entity: issue.targetEntity ?? undefined },
    error: { message: issue.sampleMessage, code: issue.errorCode ?? undefined },
  };
}
