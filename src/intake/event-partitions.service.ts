import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../platform/config/app-config';
import { createPartitionSql, EVENTS_TABLE, expiredPartitions, partitionsCovering, type WeekPartition } from './domain/event-partitions';

// any constant of our own: serialises partition DDL between processes (two workers, or a worker and an api starting)
const PARTITION_DDL_LOCK = 0x5ea7_0001;

/** The weekly partitions of sync_event: made ahead of time, dropped whole once retention has passed them. */
@Injectable()
export class EventPartitions implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventPartitions.name);

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Every role makes sure this week and the next ones exist, so a lone api process never writes to the default partition. */
  async onApplicationBootstrap(): Promise<void> {
    await this.ensure(new Date());
  }

  async existing(): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.db.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass`,
      [EVENTS_TABLE],
    );
    return rows.map((row) => row.name);
  }

  /**
   * Creates the missing partitions from `from` to WEEKS_AHEAD after `until`. A week whose events already
   * sit in the default partition (upkeep stalled that long) cannot get its own partition without moving
   * them; it is left to the default partition, which retention prunes row by row.
   */
  async ensure(until: Date, from = until): Promise<string[]> {
    const have = new Set(await this.existing());
    const missing = partitionsCovering(from, until).filter((partition) => !have.has(partition.name));
    const created: string[] = [];
    for (const partition of missing) {
      try {
        await this.db.transaction(async (manager) => {
          await manager.query(`SELECT pg_advisory_xact_lock($1)`, [PARTITION_DDL_LOCK]);
          await manager.query(createPartitionSql(partition));
        });
        created.push(partition.name);
      } catch (error) {
        this.logger.warn(`could not create partition ${partition.name} (its events stay in the default partition): ${(error as Error).message}`);
      }
    }
    return created;
  }

  /**
   * Drops the weekly partitions wholly older than RETENTION_DAYS whose every event has been processed,
   * with their idempotency keys. A partition still holding an unprocessed event (or one that failed for
   * good) stays; retention deletes its processed rows one by one instead.
   */
  async dropExpired(now: Date): Promise<{ dropped: string[]; events: number }> {
    const dropped: string[] = [];
    let events = 0;
    for (const partition of expiredPartitions(await this.existing(), this.config.RETENTION_DAYS, now)) {
      const gone = await this.drop(partition);
      if (gone === undefined) continue;
      dropped.push(partition.name);
      events += gone;
    }
    return { dropped, events };
  }

  private async drop(partition: WeekPartition): Promise<number | undefined> {
    // the name comes from parsePartitionName, never from input. No lock is needed between the check and
    // the drop: events are only ever inserted now (into this week), and a processed event stays processed.
    const [{ unprocessed, total }] = await this.db.query(
      `SELECT count(*) FILTER (WHERE processed_at IS NULL)::int AS unprocessed, count(*)::int AS total FROM ${partition.name}`,
    );
    if (unprocessed > 0) return undefined;
    // keys first: should the drop then fail, its events are only unguarded against a replay older than retention
    await this.db.query(`DELETE FROM sync_event_key k USING ${partition.name} e WHERE k.integration = e.integration AND k.event_id = e.event_id AND k.event_pk = e.id`);
    await this.db.transaction(async (manager) => {
      // DROP waits for the statements running on sync_event, and queues new ones behind it: bounded
      await manager.query(`SET LOCAL lock_timeout = '5s'`);
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [PARTITION_DDL_LOCK]);
      await manager.query(`DROP TABLE IF EXISTS ${partition.name}`);
    });
    return total as number;
  }
}
