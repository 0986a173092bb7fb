import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { SyncEventRepository } from '../intake/sync-event.repository';
import { AppConfig } from '../platform/config/app-config';
import type { JobCatalogue } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { PipelineService } from './pipeline.service';

type PipelineJob = Job<Partial<JobCatalogue['classify-event'] & JobCatalogue['classify-events']>>;

const isStoredId = (value: unknown): value is string => typeof value === 'string' && /^\d+$/.test(value);

/** The stored events a job carries: one (`classify-event`) or many (`classify-events`). */
export function eventIdsOf(job: PipelineJob | undefined): string[] {
  const data = job?.data;
  if (Array.isArray(data?.eventIds)) return data.eventIds.filter(isStoredId);
  return isStoredId(data?.eventId) ? [data.eventId] : [];
}

/**
 * The worker role's consumer of stored events. A job carries many events; the pipeline commits them in
 * groups and isolates a poison event, so the others commit, the job fails and is retried, and on the
 * retry the processed ones are skipped. After the last attempt the events still
 * unprocessed are marked failed with the error, visible at GET /v1/events/failed.
 */
@Injectable()
export class ClassifyEventProcessor implements OnModuleInit {
  private readonly logger = new Logger(ClassifyEventProcessor.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly pipeline: PipelineService,
    private readonly events: SyncEventRepository,
  ) {}

  onModuleInit(): void {
    if (this.config.ROLE === 'api') return;
    const options = {
      concurrency: this.config.WORKER_CONCURRENCY,
      onFinalFailure: (job: Job, error: Error) => this.markFailed(job as PipelineJob, error),
    };
    this.queues.handle('classify-event', (_payload, job) => this.handle(job as PipelineJob), options);
    this.queues.handle('classify-events', (_payload, job) => this.handle(job as PipelineJob), options);
  }

  /** After the last attempt the events still unprocessed are marked failed, visible at GET /v1/events/failed. */
  private markFailed(job: PipelineJob, error: Error): void {
    const ids = eventIdsOf(job);
    if (ids.length === 0) return;
    void this.events
      .markFailed(ids, error.message)
      .catch((failure: Error) =>
        this.logger.warn(
          `could not mark ${ids.length} event(s) failed (the outbox sweep will offer them again): ${failure.message}`,
        ),
      );
  }

  async handle(job: PipelineJob): Promise<string> {
    const ids = eventIdsOf(job);
    if (ids.length === 0) throw new UnrecoverableError(`job ${job.id} has no stored event id`);
    const outcome = await this.pipeline.processMany(ids);
    const failures = [
      ...outcome.failed.map((failure) => `event ${failure.id}: ${failure.error}`),
      ...outcome.missing.map((id) => `stored event ${id} does not exist`),
    ];
    if (failures.length > 0) {
      const message =
        failures.slice(0, 5).join('; ') + (failures.length > 5 ? `; and ${failures.length - 5} more` : '');
      // only missing events: nothing to retry
      if (outcome.failed.length === 0) throw new UnrecoverableError(message);
      throw new Error(message);
    }
    return `${outcome.processed.length} processed, ${outcome.alreadyProcessed.length} already processed`;
  }
}
