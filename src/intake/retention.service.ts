import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { EventPartitions } from './event-partitions.service';
import { SyncEventRepository } from './sync-event.repository';

const BATCH = 5000;

/**
 * Keeps stored events for RETENTION_DAYS after they were received. Whole weeks go at once (their
 * partition is dropped); what is left past the cutoff (events in the default partition, or in a week
 * that still held an unprocessed event) is deleted in batches. Issues keep their counts and their
 * records (the trace-back ids); only raw payloads go. An event not yet processed is never pruned: it
 * got a 2xx and has not been counted yet. Idempotency keys go with their events, so a replay is
 * recognised as a duplicate for as long as its event is kept.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly events: SyncEventRepository,
    private readonly config: AppConfig,
    private readonly partitions: EventPartitions,
  ) {}

  async prune(now = new Date()): Promise<number> {
    await this.partitions.ensure(now);
    const { dropped, events } = await this.partitions.dropExpired(now);
    const before = new Date(now.getTime() - this.config.RETENTION_DAYS * 86_400_000);
    let deleted = 0;
    for (;;) {
      const count = await this.events.deleteProcessedBefore(before, BATCH);
      deleted += count;
      if (count < BATCH) break;
    }
    const total = events + deleted;
    if (dropped.length > 0)
      this.logger.log(
        `dropped ${dropped.length} week(s) of events (${events} event(s)) older than ${this.config.RETENTION_DAYS} days: ${dropped.join(', ')}`,
      );
    if (deleted > 0) this.logger.log(`pruned ${deleted} event(s) older than ${this.config.RETENTION_DAYS} days`);
    return total;
  }
}
