import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../platform/config/app-config';
import { classifyJobId } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { GroupCommit } from './domain/group-commit';
import type { SyncEventDto } from './dto/sync-event.dto';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** Seam's id for each event, in the order sent; a duplicate gets the id stored the first time */
  ids: string[];
}

const COLUMNS = [
  ['integration', 'text'],
  ['event_id', 'text'],
  ['occurred_at', 'timestamptz'],
  ['status', 'text'],
  ['source_system', 'text'],
  ['source_entity', 'text'],
  ['source_id', 'text'],
  ['target_system', 'text'],
  ['target_entity', 'text'],
  ['error_code', 'text'],
  ['release', 'text'],
  ['run_id', 'text'],
  ['body', 'jsonb'],
] as const;

// One statement for every event of a commit: arrays per column, unnested server-side. Idempotency lives
// in sync_event_key (sync_event is partitioned by time, and a unique index there would have to include
// received_at): the key is claimed first, ON CONFLICT makes a retried or racing duplicate a no-op, and
// only events whose key is new are stored, under the id the key got. DISTINCT ON keeps the first copy
// of an event sent twice in one commit; keys are claimed in key order, so that concurrent commits
// cannot deadlock on each other's keys. Rows are stored as queued (the enqueue follows at once); when
// it fails they are marked unqueued for the outbox sweep, and if even that cannot happen the sweep still
// finds them once their queued_at is stale.
const INSERT_SQL = `
  WITH sent AS (
    SELECT DISTINCT ON (integration, event_id) *
    FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS t(${COLUMNS.map(([name]) => name).join(', ')}, ord)
    ORDER BY integration, event_id, ord
  ), claimed AS (
    INSERT INTO sync_event_key (integration, event_id, received_at)
    SELECT integration, event_id, now() FROM sent ORDER BY integration, event_id
    ON CONFLICT (integration, event_id) DO NOTHING
    RETURNING integration, event_id, event_pk
  )
  INSERT INTO sync_event (id, ${COLUMNS.map(([name]) => name).join(', ')}, received_at, queued, queued_at)
  SELECT claimed.event_pk, ${COLUMNS.map(([name]) => `sent.${name}`).join(', ')}, now(), true, now()
  FROM sent JOIN claimed USING (integration, event_id)
  ORDER BY sent.ord
  RETURNING id, integration, event_id`;

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
    private readonly db: DataSource,
    private readonly queues: QueueService,
    private readonly config: AppConfig,
  ) {
    this.commits = new GroupCommit((groups) => this.write(groups), { maxInFlight: config.INGEST_COMMITS_IN_FLIGHT, maxItems: MAX_EVENTS_PER_COMMIT });
  }

  /** Stores the events durably, then queues the new ones. Storing first: an acknowledged event is never lost. */
  ingest(events: SyncEventDto[]): Promise<IngestResult> {
    return this.commits.submit(events);
  }

  /** One commit: the events of every request in it, in one INSERT and one enqueue. */
  private async write(requests: SyncEventDto[][]): Promise<IngestResult[]> {
    const all = requests.flat();
    const rows: Array<{ id: string; integration: string; event_id: string }> = await this.db.query(INSERT_SQL, this.columnArrays(all));
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
      const jobs = chunked(storedIds, this.config.EVENTS_PER_JOB).map((eventIds) => ({ payload: { eventIds }, jobId: classifyJobId(eventIds) + (retag ? `-${retag}` : '') }));
      await withTimeout(this.queues.enqueueBulk('classify-events', jobs), ENQUEUE_TIMEOUT_MS);
      return true;
    } catch (error) {
      this.logger.warn(`queue unreachable, ${storedIds.length} stored event(s) left for the outbox sweep: ${(error as Error).message}`);
      await this.db
        .query(`UPDATE sync_event SET queued = false WHERE id = ANY($1::bigint[]) AND processed_at IS NULL`, [storedIds])
        .catch((failure: Error) => this.logger.warn(`could not mark ${storedIds.length} event(s) unqueued (the stale sweep will find them): ${failure.message}`));
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
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count]
    const [rows]: [Array<{ id: string }>, number] = await this.db.query(
      `WITH due AS (
         SELECT id FROM sync_event
         WHERE processed_at IS NULL AND failed_at IS NULL
           AND CASE WHEN queued THEN coalesce(queued_at, received_at) < now() - make_interval(secs => $2::float8)
                    ELSE received_at < now() - make_interval(secs => $1::float8) END
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
       UPDATE sync_event e SET queued = true, queued_at = now() FROM due WHERE e.id = due.id RETURNING e.id`,
      [unqueuedAfterMs / 1000, staleAfterMs / 1000, limit],
    );
    if (rows.length === 0) return 0;
    const ids = rows.map((row) => String(row.id)).sort((a, b) => Number(a) - Number(b));
    return (await this.enqueue(ids, `swept${Date.now().toString(36)}`)) ? rows.length : 0;
  }

  private async lookUpExisting(events: SyncEventDto[], ids: Map<string, string>): Promise<void> {
    const rows: Array<{ id: string; integration: string; event_id: string }> = await this.db.query(
      `SELECT event_pk AS id, integration, event_id FROM sync_event_key
       WHERE (integration, event_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [events.map((event) => event.integration), events.map((event) => event.eventId)],
    );
    for (const row of rows) ids.set(keyOf(row.integration, row.event_id), String(row.id));
  }

  private columnArrays(events: SyncEventDto[]): unknown[][] {
    const columns: unknown[][] = COLUMNS.map(() => []);
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
