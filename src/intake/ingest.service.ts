import { Injectable, Logger } from '@nestjs/common';
import type { Caller } from '../access/key.store';
import { ConfigStore } from '../ownership/config.store';
import { AppConfig } from '../platform/config/app-config';
import { SeamError } from '../platform/errors/seam-error';
import { classifyJobId } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { GroupCommit } from './domain/group-commit';
import { lookalikeOf } from '../platform/text/integration-name';
import { verifySignature } from './domain/signature';
import type { SyncEventDto } from './dto/sync-event.dto';
import { type FailedEventRow, INGEST_COLUMNS, SyncEventRepository } from './sync-event.repository';

/** What a webhook request carries besides its events: who sent it and what it was signed with. */
export interface IngestRequest {
  caller?: Caller;
  signature: string | undefined;
  rawBody: Buffer;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** Seam's id for each event, in the order sent; a duplicate gets the id stored the first time */
  ids: string[];
}

/** An enqueue slower than this leaves the events to the sweep rather than holding the webhook's answer. */
const ENQUEUE_TIMEOUT_MS = 2000;
/** Events a commit may write at once (requests are never split). */
const MAX_EVENTS_PER_COMMIT = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const keyOf = (integration: string, eventId: string) => `${integration}\u0000${eventId}`;

export function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Stored events one outbox sweep query queues at most; the sweeper loops while a batch comes back full. */
export const OUTBOX_SWEEP_BATCH = 1000;
@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);
  private readonly commits: GroupCommit<SyncEventDto, IngestResult>;

  constructor(
    private readonly events: SyncEventRepository,
    private readonly queues: QueueService,
    private readonly config: AppConfig,
    private readonly store: ConfigStore,
  ) {
    this.commits = new GroupCommit((groups) => this.write(groups), {
      maxInFlight: config.INGEST_COMMITS_IN_FLIGHT,
      maxItems: MAX_EVENTS_PER_COMMIT,
    });
  }

  /** POST /v1/events after validation: the caller's binding and the signatures are checked before anything is stored. */
  async receive(events: SyncEventDto[], request: IngestRequest): Promise<IngestResult> {
    const integrations = [...new Set(events.map((event) => event.integration))];
    refuseUnboundIntegrations(integrations, request.caller);
    await this.checkSignatures(integrations, request);
    return this.ingest(events);
  }

  /** Events whose processing failed for good, newest first. */
  failedEvents(): Promise<FailedEventRow[]> {
    return this.events.failed();
  }

  /**
   * API.md, Signatures: where an integration has a secret, its events must come signed. A batch that
   * mixes integrations must satisfy the secret of each one that has any.
   */
  private async checkSignatures(integrations: string[], request: IngestRequest): Promise<void> {
    const secrets = await this.store.signingSecrets();
    if (secrets.size === 0) return;
    const now = Math.floor(Date.now() / 1000);
    for (const integration of integrations) {
      const own = secrets.get(integration);
      if (!own) {
        // names are already in normal form (parseEvents); what is left is a look-alike: "orders‐eu" for "orders-eu"
        const imitated = lookalikeOf(integration, secrets.keys());
        if (imitated) {
          throw new SeamError('request.invalid', [
            `integration "${integration}" looks like the signed integration "${imitated}": send its exact name`,
          ]);
        }
        continue;
      }
      const check = verifySignature(own, request.signature, request.rawBody, now);
      if (!check.ok) throw new SeamError('ingest.signature_invalid', [`${check.reason} (integration ${integration})`]);
    }
  }

  /** Stores the events durably, then queues the new ones. Storing first: an acknowledged event is never lost. */
  ingest(events: SyncEventDto[]): Promise<IngestResult> {
    return this.commits.submit(events);
  }

  /** One commit: the events of every request in it, in one INSERT and one enqueue. */
  private async write(requests: SyncEventDto[][]): Promise<IngestResult[]> {
    const all = requests.flat();
    const rows = await this.events.insertNew(this.columnArrays(all));
    const fresh = new Map(rows.map((row) => [keyOf(row.integration, row.event_id), String(row.id)]));
    const known = new Map(fresh);
    const missing = all.filter((event) => !known.has(keyOf(event.integration, event.eventId)));
    if (missing.length > 0) await this.lookUpExisting(missing, known);
    await this.enqueue(rows.map((row) => String(row.id)));
    // a new row is credited to the first request that sent it; every other copy is a duplicate
    const claimed = new Set<string>();
    return requests.map((events) => {
      let accepted = 0;
      const ids = events.map((event) => {
        const key = keyOf(event.integration, event.eventId);
        if (fresh.has(key) && !claimed.has(key)) {
          claimed.add(key);
          accepted += 1;
        }
        return known.get(key) ?? '';
      });
      return { accepted, duplicates: events.length - accepted, ids };
    });
  }

  /**
   * Queues stored events for classification, many to a job. When the queue is unreachable the events
   * are marked unqueued, and the outbox sweep queues them once it is back.
   */
  async enqueue(storedIds: string[], retag?: string): Promise<boolean> {
    if (storedIds.length === 0) return true;
    try {
      // a re-queue gets fresh job ids: the old job of the same events may still exist, failed or lost
      const jobs = chunked(storedIds, this.config.EVENTS_PER_JOB).map((eventIds) => ({
        payload: { eventIds },
        jobId: classifyJobId(eventIds) + (retag ? `-${retag}` : ''),
      }));
      await withTimeout(this.queues.enqueueBulk('classify-events', jobs), ENQUEUE_TIMEOUT_MS);
      return true;
    } catch (error) {
      this.logger.warn(
        `queue unreachable, ${storedIds.length} stored event(s) left for the outbox sweep: ${(error as Error).message}`,
      );
      await this.events
        .markUnqueued(storedIds)
        .catch((failure: Error) =>
          this.logger.warn(
            `could not mark ${storedIds.length} event(s) unqueued (the stale sweep will find them): ${failure.message}`,
          ),
        );
      return false;
    }
  }

  /**
   * Stored events whose enqueue never happened (queue down at ingest), and queued events still
   * unprocessed long after their last enqueue (their job was lost with a Redis that kept nothing, or
   * ran out of attempts while Postgres was away), oldest first. Each is re-queued at most once per
   * staleAfterMs; processing twice is harmless (the pipeline skips a processed event), so this errs on
   * the side of queueing.
   */
  async sweepOutbox(unqueuedAfterMs: number, staleAfterMs: number, limit = OUTBOX_SWEEP_BATCH): Promise<number> {
    const claimed = await this.events.claimDueForQueue(unqueuedAfterMs, staleAfterMs, limit);
    if (claimed.length === 0) return 0;
    const ids = claimed.sort((a, b) => Number(a) - Number(b));
    return (await this.enqueue(ids, `swept${Date.now().toString(36)}`)) ? claimed.length : 0;
  }

  private async lookUpExisting(events: SyncEventDto[], ids: Map<string, string>): Promise<void> {
    const rows = await this.events.idsOfKeys(
      events.map((event) => event.integration),
      events.map((event) => event.eventId),
    );
    for (const row of rows) ids.set(keyOf(row.integration, row.event_id), String(row.id));
  }

  private columnArrays(events: SyncEventDto[]): unknown[][] {
    const columns: unknown[][] = INGEST_COLUMNS.map(() => []);
    for (const event of events) {
      const status = event.status ?? 'failed';
      const values = [
        event.integration,
        event.eventId,
        event.occurredAt,
        status,
        event.source.system,
        event.source.entity,
        event.source.id,
        event.target?.system ?? null,
        event.target?.entity ?? null,
        event.error?.code ?? null,
        event.release ?? null,
        event.runId ?? null,
        JSON.stringify({ ...event, status }),
      ];
      values.forEach((value, i) => columns[i].push(value));
    }
    return columns;
  }
}

/** A key bound to integrations posts for those only: 403 naming the first other one. */
function refuseUnboundIntegrations(integrations: string[], caller: Caller | undefined): void {
  const bound = caller?.integrations;
  if (!bound) return;
  const other = integrations.find((integration) => !bound.includes(integration));
  if (other !== undefined) {
    const allowed = bound.map((name) => `"${name}"`).join(', ');
    throw new SeamError('ingest.integration_forbidden', [
      `this key may post events for ${allowed} only, not for integration "${other}"`,
    ]);
  }
}
