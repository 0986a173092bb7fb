import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '../platform/config/app-config';
import { QueueService } from '../platform/queue/queue.service';
import { EscalationService } from './escalation.service';
import { NotificationDeliveryService } from './notification-delivery.service';

/** The worker role's consumers of escalation steps and notification deliveries. */
@Injectable()
export class EscalationProcessor implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(EscalationProcessor.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly escalation: EscalationService,
    private readonly delivery: NotificationDeliveryService,
  ) {}

  onModuleInit(): void {
    if (this.config.ROLE === 'api') return;
    this.queues.handle('escalate', async (payload, job) => this.trace(job, await this.escalation.handle(payload)), {
      concurrency: 4,
    });
    this.queues.handle(
      'escalation-sweep',
      async (_payload, job) => this.trace(job, JSON.stringify(await this.escalation.sweep())),
      {
        concurrency: 4,
      },
    );
    this.queues.handle(
      'deliver-notification',
      async (payload, job) =>
        this.trace(
          job,
          await this.delivery.deliver(payload.notificationId, job.attemptsMade + 1, job.opts.attempts ?? 1),
        ),
      { concurrency: 8 },
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.ROLE === 'api') return;
    this.queues.keepScheduled('escalation-sweep', this.config.ESCALATION_SWEEP_MS);
  }

  private trace(job: Job, outcome: string): string {
    this.logger.debug(`${job.name} ${job.id}: ${outcome}`);
    return outcome;
  }
}
