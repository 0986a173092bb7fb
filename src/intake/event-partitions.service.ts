import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { expiredPartitions, partitionsCovering, type WeekPartition } from '../platform/database/event-partitions';
import { SyncEventRepository } from './sync-event.repository';

// any constant of our own: serialises partition DDL between processes (two workers, or a worker and an api starting)
const PARTITION_DDL_LOCK = 0x5ea7_0001;

/** The weekly partitions of sync_event: made ahead of time, dropped whole once retention has passed them. */
@Injectable()
export class EventPartitions implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventPartitions.name);

  constructor(
    private readonly events: SyncEventRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  /** Every role makes sure this week and the next ones exist, so a lone api process never writes to the default partition. */
  async onApplicationBootstrap(): Promise<void> {
    await this.ensure(new Date());
  }

  async existing(): Promise<string[]> {
    return this.events.partitionNames();
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
        await this.unitOfWork.run((tx) => this.events.createPartition(partition, PARTITION_DDL_LOCK, tx));
        created.push(partition.name);
      } catch (error) {
        this.logger.warn(
          `could not create partition ${partition.name} (its events stay in the default partition): ${(error as Error).message}`,
        );
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
    const { unprocessed, total } = await this.events.countPartition(partition);
    if (unprocessed > 0) return undefined;
    // keys first: should the drop then fail, its events are only unguarded against a replay older than retention
    await this.events.deletePartitionKeys(partition);
    await this.unitOfWork.run((tx) => this.events.dropPartition(partition, PARTITION_DDL_LOCK, tx));
    return total;
  }
}
