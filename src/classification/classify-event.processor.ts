import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../platform/config/app-config';
import { PIPELINE_QUEUE, type JobCatalogue } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { PipelineService } from './pipeline.service';

/** The worker role's consumer of stored events: parses the job and hands it to the pipeline. */
@Injectable()
export class ClassifyEventProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(ClassifyEventProcessor.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly pipeline: PipelineService,
    private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.ROLE === 'api') return;
    const worker = this.queues.work<JobCatalogue['classify-event']>(PIPELINE_QUEUE, (job) => this.handle(job), this.config.WORKER_CONCURRENCY);
    // a poison event ends visibly failed with its error, and the outbox sweep stops offering it again
    worker.on('failed', (job, error) => {
      const final = error instanceof UnrecoverableError || (job && job.attemptsMade >= (job.opts.attempts ?? 1));
      const eventId = job?.data?.eventId;
      if (!final || typeof eventId !== 'string' || !/^\d+$/.test(eventId)) return;
      void this.db
        .query(`UPDATE sync_event SET failed_at = now(), failure = $2 WHERE id = $1 AND processed_at IS NULL`, [eventId, error.message.slice(0, 2000)])
        .catch((failure: Error) => this.logger.warn(`could not mark event ${eventId} failed: ${failure.message}`));
    });
  }

  async handle(job: Job<JobCatalogue['classify-event']>): Promise<string> {
    const eventId = job.data?.eventId;
    if (typeof eventId !== 'string' || !/^\d+$/.test(eventId)) throw new UnrecoverableError(`job ${job.id} has no stored event id`);
    const outcome = await this.pipeline.process(eventId);
    if (outcome === 'missing') throw new UnrecoverableError(`stored event ${eventId} does not exist`);
    this.logger.debug(`event ${eventId}: ${outcome}`);
    return outcome;
  }
}
