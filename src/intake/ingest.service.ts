import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { classifyJobId, PIPELINE_QUEUE } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
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

// One statement for the whole batch: arrays per column, unnested server-side. ON CONFLICT makes a
// retried or racing duplicate a no-op, and RETURNING tells which rows are new.
const INSERT_SQL = `
  INSERT INTO sync_event (${COLUMNS.map(([name]) => name).join(', ')})
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
  ON CONFLICT (integration, event_id) DO NOTHING
  RETURNING id, integration, event_id`;

/** An enqueue slower than this leaves the events to the sweep rather than holding the webhook's answer. */
const ENQUEUE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const keyOf = (integration: string, eventId: string) => `${integration}\u0000${eventId}`;

@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
  ) {}

  /** Stores the events durably, then queues the new ones. Storing first: an acknowledged event is never lost. */
  async ingest(events: SyncEventDto[]): Promise<IngestResult> {
    const rows: Array<{ id: string; integration: string; event_id: string }> = await this.db.query(INSERT_SQL, this.columnArrays(events));
    const ids = new Map(rows.map((row) => [keyOf(row.integration, row.event_id), String(row.id)]));
    const newIds = [...ids.values()];
    const missing = events.filter((event) => !ids.has(keyOf(event.integration, event.eventId)));
    if (missing.length > 0) await this.lookUpExisting(missing, ids);
    await this.enqueue(newIds);
    return {
      accepted: newIds.length,
      duplicates: events.length - newIds.length,
      ids: events.map((event) => ids.get(keyOf(event.integration, event.eventId)) ?? ''),
    };
  }

  /**
   * Queues stored events for classification and marks them queued. When the queue is unreachable the
   * events stay unqueued in Postgres and the outbox sweep queues them once it is back.
   */
  async enqueue(storedIds: string[]): Promise<boolean> {
    if (storedIds.length === 0) return true;
    try {
      const jobs = storedIds.map((eventId) => ({ payload: { eventId }, jobId: classifyJobId(eventId) }));
      await withTimeout(this.queues.enqueueBulk('classify-event', jobs), ENQUEUE_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn(`queue unreachable, ${storedIds.length} stored event(s) left for the outbox sweep: ${(error as Error).message}`);
      return false;
    }
    await this.db.query(`UPDATE sync_event SET queued = true WHERE id = ANY($1::bigint[])`, [storedIds]);
    return true;
  }

  /**
   * Stored events whose enqueue never happened (queue down at ingest, or a crash in between), and queued
   * events still unprocessed long after (their job was lost with a Redis that kept nothing), oldest first.
   * Re-adding an event whose job still exists is a no-op: the job id is derived from the event.
   */
  async sweepOutbox(unqueuedAfterMs: number, staleAfterMs: number, limit = 1000): Promise<number> {
    const rows: Array<{ id: string; queued: boolean }> = await this.db.query(
      `SELECT id, queued FROM sync_event
       WHERE processed_at IS NULL AND failed_at IS NULL
         AND received_at < now() - make_interval(secs => CASE WHEN queued THEN $2::float8 ELSE $1::float8 END)
       ORDER BY id LIMIT $3`,
      [unqueuedAfterMs / 1000, staleAfterMs / 1000, limit],
    );
    if (rows.length === 0) return 0;
    const swept = await this.enqueue(rows.map((row) => String(row.id)));
    if (!swept) return 0;
    // A job that used up its attempts while Postgres was down could not mark its event failed, and its id
    // makes the re-add above a no-op: such a job is retried instead (a true poison event then fails for good).
    const stale = rows.filter((row) => row.queued).map((row) => classifyJobId(String(row.id)));
    if (stale.length > 0) await this.queues.retryFailed(PIPELINE_QUEUE, stale).catch(() => undefined);
    return rows.length;
  }

  private async lookUpExisting(events: SyncEventDto[], ids: Map<string, string>): Promise<void> {
    const rows: Array<{ id: string; integration: string; event_id: string }> = await this.db.query(
      `SELECT id, integration, event_id FROM sync_event
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
