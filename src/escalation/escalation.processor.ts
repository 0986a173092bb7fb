import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '../platform/config/app-config';
import { ESCALATION_QUEUE, NOTIFY_QUEUE, type JobCatalogue } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { EscalationService } from './escalation.service';
import { NotificationDeliveryService } from './notification-delivery.service';

/** The worker role's consumers of escalation steps and notification deliveries. */
@Injectable()
export class EscalationProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(EscalationProcessor.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly escalation: EscalationService,
    private readonly delivery: NotificationDeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.ROLE === 'api') return;
    this.queues.work<JobCatalogue['escalate'] | JobCatalogue['escalation-sweep']>(
      ESCALATION_QUEUE,
      async (job) =>
        this.trace(job, job.name === 'escalation-sweep' ? JSON.stringify(await this.escalation.sweep()) : await this.escalation.handle(job.data as JobCatalogue['escalate'])),
      4,
    );
    this.queues.onReconnect(() => void this.schedule());
    void this.schedule();
    this.queues.work<JobCatalogue['deliver-notification']>(
      NOTIFY_QUEUE,
      async (job) => this.trace(job, await this.delivery.deliver(job.data.notificationId, job.attemptsMade + 1, job.opts.attempts ?? 1)),
      8,
    );
  }

  /** A BullMQ job scheduler, not a timer: one sweep at a time across every worker process. */
  private async schedule(): Promise<void> {
    try {
      await this.queues.evictOnFailure(ESCALATION_QUEUE, (queue) =>
        queue.upsertJobScheduler('escalation-sweep', { every: this.config.ESCALATION_SWEEP_MS }, { name: 'escalation-sweep', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } }),
      );
    } catch (error) {
      this.logger.warn(`cannot schedule the escalation sweep yet: ${(error as Error).message}`);
      setTimeout(() => void this.schedule(), this.config.ESCALATION_SWEEP_MS).unref();
    }
  }

  private trace(job: Job, outcome: string): string {
    this.logger.debug(`${job.name} ${job.id}: ${outcome}`);
    return outcome;
  }
}
