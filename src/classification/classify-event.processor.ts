import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
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
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.ROLE === 'api') return;
    this.queues.work<JobCatalogue['classify-event']>(PIPELINE_QUEUE, (job) => this.handle(job), this.config.WORKER_CONCURRENCY);
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
