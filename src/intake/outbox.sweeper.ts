import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { QueueService } from '../platform/queue/queue.service';
import { RouteDeliveryService } from '../issues/route-delivery.service';
import { IngestService, OUTBOX_SWEEP_BATCH } from './ingest.service';
import { RetentionService } from './retention.service';
import { SilenceWatchService } from './silence-watch.service';

/**
 * Events stored while the queue was unreachable, or queued to a Redis that lost them (restarted without
 * persistence), are queued again are queued by a BullMQ job scheduler on the worker:
 * the sweep can only enqueue when the queue is up, which is exactly when the scheduler runs.
 */
@Injectable()
export class OutboxSweeper implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxSweeper.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly ingest: IngestService,
    private readonly routes: RouteDeliveryService,
    private readonly retention: RetentionService,
    private readonly silence: SilenceWatchService,
  ) {}

  onModuleInit(): void {
    if (this.config.ROLE === 'api') return;
    this.queues.handle('sweep-outbox', () => this.sweep(), { concurrency: 1 });
    this.queues.handle('prune-events', () => this.retention.prune(), { concurrency: 1 });
    this.queues.handle('check-silence', () => this.silence.check(), { concurrency: 1 });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.ROLE === 'api') return;
    this.queues.keepScheduled('sweep-outbox', this.config.OUTBOX_SWEEP_MS);
    this.queues.keepScheduled('prune-events', this.config.RETENTION_SWEEP_MS);
    this.queues.keepScheduled('check-silence', this.config.SILENCE_CHECK_MS);
  }

  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const swept = await this.ingest.sweepOutbox(this.config.OUTBOX_SWEEP_MS, this.config.OUTBOX_STALE_MS);
      total += swept;
      // a short batch means the outbox is drained
      if (swept < OUTBOX_SWEEP_BATCH) break;
    }
    const routed = await this.routes.sweep(this.config.OUTBOX_SWEEP_MS);
    if (total > 0 || routed > 0)
      this.logger.log(`outbox sweep queued ${total} stored event(s) and ${routed} pending routing notification(s)`);
    return total;
  }
}
