import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';
import { createPartitionSql, EVENTS_TABLE, type WeekPartition } from '../platform/database/event-partitions';

/** The columns of a stored event that ingest writes, in the order of the arrays `insertNew` takes. */
export const INGEST_COLUMNS = [
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
    FROM unnest(${INGEST_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS t(${INGEST_COLUMNS.map(([name]) => name).join(', ')}, ord)
    ORDER BY integration, event_id, ord
  ), claimed AS (
    INSERT INTO sync_event_key (integration, event_id, received_at)
    SELECT integration, event_id, now() FROM sent ORDER BY integration, event_id
    ON CONFLICT (integration, event_id) DO NOTHING
    RETURNING integration, event_id, event_pk
  )
  INSERT INTO sync_event (id, ${INGEST_COLUMNS.map(([name]) => name).join(', ')}, received_at, queued, queued_at)
  SELECT claimed.event_pk, ${INGEST_COLUMNS.map(([name]) => `sent.${name}`).join(', ')}, now(), true, now()
  FROM sent JOIN claimed USING (integration, event_id)
  ORDER BY sent.ord
  RETURNING id, integration, event_id`;

/** A stored event's id with the idempotency key it was stored under. */
export interface StoredEventKey {
  id: string;
  integration: string;
  event_id: string;
}

export interface FailedEventRow {
  id: string;
  eventId: string;
  integration: string;
  receivedAt: Date;
  failedAt: Date;
  failure: string | null;
}

/**
 * All SQL of sync_event (with its weekly partitions and the default one) and of sync_event_key, its
 * idempotency keys: ingest's one-statement group commit, the outbox sweep, failures, retention and the
 * partitions' DDL.
 */
/** A stored event as the pipeline reads it: the body as accepted, and whether it was processed. */
export interface StoredEventRow<T> {
  id: string;
  body: T;
  processed_at: Date | null;
}

@Injectable()
export class SyncEventRepository {
  constructor(private readonly db: DataSource) {}

  /** One round trip for a whole group commit: `columns` holds one array per INGEST_COLUMNS entry. */
  insertNew(columns: unknown[][]): Promise<StoredEventKey[]> {
    return this.db.query(INSERT_SQL, columns);
  }

  /** The ids stored earlier under these keys (duplicates of what a commit just sent). */
  idsOfKeys(integrations: string[], eventIds: string[]): Promise<StoredEventKey[]> {
    return this.db.query(
      `SELECT event_pk AS id, integration, event_id FROM sync_event_key
       WHERE (integration, event_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [integrations, eventIds],
    );
  }

  /** Left for the outbox sweep: the enqueue of these events did not happen. */
  async markUnqueued(ids: string[]): Promise<void> {
    await this.db.query(`UPDATE sync_event SET queued = false WHERE id = ANY($1::bigint[]) AND processed_at IS NULL`, [
      ids,
    ]);
  }

  /**
   * Claims (marks queued now) up to `limit` unprocessed events whose enqueue never happened for
   * `unqueuedAfterMs`, or whose last enqueue is older than `staleAfterMs`; oldest first, skipping rows
   * another sweeper holds.
   */
  async claimDueForQueue(unqueuedAfterMs: number, staleAfterMs: number, limit: number): Promise<string[]> {
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
    return rows.map((row) => String(row.id));
  }

  // The pipeline's statements: stored events read, locked and marked as they are counted into issues.

  /** Stored events by id, as stored. */
  stored<T>(ids: string[]): Promise<Array<StoredEventRow<T>>> {
    return this.db.query(`SELECT id::text AS id, body, processed_at FROM sync_event WHERE id = ANY($1::bigint[])`, [
      ids,
    ]);
  }

  /**
   * For each record still failing after a batch, the first success of it stored after its failure, if any: a
   * success processed while that batch's transaction was open did not see its links, and is applied again.
   */
  async successesAfter<T>(
    failures: Array<{
      integration: string;
      sourceSystem: string;
      sourceEntity: string;
      sourceId: string;
      occurredAt: Date;
    }>,
    tx: Tx = this.db.manager,
  ): Promise<T[]> {
    if (failures.length === 0) return [];
    const rows: Array<{ body: T }> = await tx.query(
      `SELECT s.body FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS u(integration, system, entity, record_id, failed_at)
       CROSS JOIN LATERAL (
         SELECT body FROM sync_event s
         WHERE s.source_id = u.record_id AND s.integration = u.integration AND s.source_system = u.system AND s.source_entity = u.entity
           AND s.status = 'succeeded' AND s.occurred_at > u.failed_at
         ORDER BY s.occurred_at LIMIT 1) s`,
      [
        failures.map((f) => f.integration),
        failures.map((f) => f.sourceSystem),
        failures.map((f) => f.sourceEntity),
        failures.map((f) => f.sourceId),
        failures.map((f) => f.occurredAt),
      ],
    );
    return rows.map((row) => row.body);
  }

  /** The events locked, in id order; with `wait: false` the ones another transaction holds are left out. */
  lock<T>(ids: string[], wait: boolean, tx: Tx): Promise<Array<StoredEventRow<T>>> {
    return tx.query(
      `SELECT id::text AS id, body, processed_at FROM sync_event WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE${wait ? '' : ' SKIP LOCKED'}`,
      [ids],
    );
  }

  /** Those of the events still unprocessed that no other transaction holds, locked. */
  lockUnprocessed<T>(ids: string[], tx: Tx): Promise<Array<StoredEventRow<T>>> {
    return tx.query(
      `SELECT id::text AS id, body, processed_at FROM sync_event WHERE id = ANY($1::bigint[]) AND processed_at IS NULL ORDER BY id FOR UPDATE SKIP LOCKED`,
      [ids],
    );
  }

  /** Unprocessed, not failed failures of an integration with an error code, beyond the given ones. */
  waitingFailures<T>(
    integration: string,
    errorCode: string,
    besides: string[],
    limit: number,
    tx: Tx,
  ): Promise<Array<StoredEventRow<T>>> {
    return tx.query(
      `SELECT id::text AS id, body, processed_at FROM sync_event
       WHERE processed_at IS NULL AND failed_at IS NULL AND integration = $1 AND status <> 'succeeded'
         AND lower(coalesce(error_code, '')) = $2 AND NOT (id = ANY($3::bigint[]))
       ORDER BY id LIMIT $4`,
      [integration, errorCode.toLowerCase(), besides, limit],
    );
  }

  /** The events are counted into an issue. */
  async markCounted(ids: string[], fingerprint: string, issueId: string, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE sync_event SET fingerprint = $2, issue_id = $3, processed_at = clock_timestamp() WHERE id = ANY($1::bigint[])`,
      [ids, fingerprint, issueId],
    );
  }

  /** The event is processed without counting into an issue (a success). */
  async markProcessed(id: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE sync_event SET processed_at = clock_timestamp() WHERE id = $1`, [id]);
  }

  /** After a job's last attempt: its events still unprocessed are failed for good (GET /v1/events/failed). */
  async markFailed(ids: string[], error: string): Promise<void> {
    await this.db.query(
      `UPDATE sync_event SET failed_at = now(), failure = $2 WHERE id = ANY($1::bigint[]) AND processed_at IS NULL AND failed_at IS NULL`,
      [ids, error.slice(0, 2000)],
    );
  }

  /** Newest failure first, 200 at most. */
  failed(): Promise<FailedEventRow[]> {
    return this.db.query(
      `SELECT id::text, event_id AS "eventId", integration, received_at AS "receivedAt", failed_at AS "failedAt", failure
       FROM sync_event WHERE failed_at IS NOT NULL ORDER BY failed_at DESC LIMIT 200`,
    );
  }

  /** Deletes up to `batch` processed events received before `before`, with their keys; how many went. */
  async deleteProcessedBefore(before: Date, batch: number): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.db.query(
      `WITH gone AS (
         DELETE FROM sync_event WHERE (id, received_at) IN (
           SELECT id, received_at FROM sync_event WHERE received_at < $1 AND processed_at IS NOT NULL LIMIT ${Math.trunc(batch)}
         ) RETURNING id, integration, event_id
       ), keys AS (
         DELETE FROM sync_event_key k USING gone WHERE k.integration = gone.integration AND k.event_id = gone.event_id AND k.event_pk = gone.id
       )
       SELECT count(*)::int AS count FROM gone`,
      [before],
    );
    return count;
  }

  /** The names of sync_event's partitions (weekly ones and the default one). */
  async partitionNames(): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.db.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass`,
      [EVENTS_TABLE],
    );
    return rows.map((row) => row.name);
  }

  /** Under the partition DDL lock, in the caller's transaction. */
  async createPartition(partition: WeekPartition, lock: number, tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [lock]);
    await tx.query(createPartitionSql(partition));
  }

  /** The name comes from parsePartitionName, never from input. */
  async countPartition(partition: WeekPartition): Promise<{ unprocessed: number; total: number }> {
    const [counts] = await this.db.query(
      `SELECT count(*) FILTER (WHERE processed_at IS NULL)::int AS unprocessed, count(*)::int AS total FROM ${partition.name}`,
    );
    return counts;
  }

  async deletePartitionKeys(partition: WeekPartition): Promise<void> {
    await this.db.query(
      `DELETE FROM sync_event_key k USING ${partition.name} e WHERE k.integration = e.integration AND k.event_id = e.event_id AND k.event_pk = e.id`,
    );
  }

  /** DROP waits for the statements running on sync_event and queues new ones behind it: bounded by a lock timeout. */
  async dropPartition(partition: WeekPartition, lock: number, tx: Tx): Promise<void> {
    await tx.query(`SET LOCAL lock_timeout = '5s'`);
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [lock]);
    await tx.query(`DROP TABLE IF EXISTS ${partition.name}`);
  }
}
