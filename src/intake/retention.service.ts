import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../platform/config/app-config';

const BATCH = 5000;

/**
 * Deletes stored events older than RETENTION_DAYS, in batches. Issues keep their counts and their
 * records (the trace-back ids); only raw payloads go. An event not yet processed is never pruned,
 * however old its occurredAt: it got a 2xx and has not been counted yet.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async prune(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.RETENTION_DAYS * 86_400_000);
    let total = 0;
    for (;;) {
      const [, deleted] = await this.db.query(
        `DELETE FROM sync_event WHERE id IN (
           SELECT id FROM sync_event WHERE occurred_at < $1 AND processed_at IS NOT NULL ORDER BY id LIMIT ${BATCH}
         )`,
        [before],
      );
      total += deleted;
      if (deleted < BATCH) break;
    }
    if (total > 0) this.logger.log(`pruned ${total} event(s) older than ${this.config.RETENTION_DAYS} days`);
    return total;
  }
}
