import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { UnrecoverableError } from 'bullmq';
import { MAINTENANCE_QUEUE, type JobName } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { RouteDeliveryService } from '../issues/route-delivery.service';
import { IngestService } from './ingest.service';
import { RetentionService } from './retention.service';
import { SilenceWatchService } from './silence-watch.service';

type MaintenanceJob = Extract<JobName, 'sweep-outbox' | 'prune-events' | 'check-silence'>;

/**
 * Events stored while the queue was unreachable, or queued to a Redis that lost them (restarted without
 * persistence), are queued again are queued by a BullMQ job scheduler on the worker:
 * the sweep can only enqueue when the queue is up, which is exactly when the scheduler runs.
 */
@Injectable()
export class OutboxSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxSweeper.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly ingest: IngestService,
    private readonly routes: RouteDeliveryService,
    private readonly retention: RetentionService,
    private readonly silence: SilenceWatchService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.ROLE === 'api') return;
    // one maintenance queue, its jobs told apart by name; a job without a handler fails loudly, never runs another's
    const handlers: Record<MaintenanceJob, () => Promise<unknown>> = {
      'sweep-outbox': () => this.sweep(),
      'prune-events': () => this.retention.prune(),
      'check-silence': () => this.silence.check(),
    };
    this.queues.work(MAINTENANCE_QUEUE, async (job) => {
      const handler = handlers[job.name as MaintenanceJob];
      if (!handler) throw new UnrecoverableError(`no maintenance handler for job ${job.name}`);
      return handler();
    }, 1);
    this.queues.keepScheduled('sweep-outbox', this.config.OUTBOX_SWEEP_MS);
    this.queues.keepScheduled('prune-events', this.config.RETENTION_SWEEP_MS);
    this.queues.keepScheduled('check-silence', this.config.SILENCE_CHECK_MS);
  }

  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const swept = await this.ingest.sweepOutbox(this.config.OUTBOX_SWEEP_MS, this.config.OUTBOX_STALE_MS);
      total += swept;
      if (swept < 1000) break;
    }
    const routed = await this.routes.sweep(this.config.OUTBOX_SWEEP_MS);
    if (total > 0 || routed > 0) this.logger.log(`outbox sweep queued ${total} stored event(s) and ${routed} pending routing notification(s)`);
    return total;
  }
}
