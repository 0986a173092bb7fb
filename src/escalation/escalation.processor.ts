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
    this.queues.keepScheduled('escalation-sweep', this.config.ESCALATION_SWEEP_MS);
    this.queues.work<JobCatalogue['deliver-notification']>(
      NOTIFY_QUEUE,
      async (job) => this.trace(job, await this.delivery.deliver(job.data.notificationId, job.attemptsMade + 1, job.opts.attempts ?? 1)),
      8,
    );
  }

  private trace(job: Job, outcome: string): string {
    this.logger.debug(`${job.name} ${job.id}: ${outcome}`);
    return outcome;
  }
}
