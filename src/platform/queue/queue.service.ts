import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { JobsOptions, Processor, Queue, Worker } from 'bullmq';
import { JobHandlerRegistry, type JobHandler, type JobHandlerOptions } from './job-handlers';
import { JOB_QUEUE, PIPELINE_QUEUE, type JobCatalogue, type JobName } from './queue-catalogue';
import { QueueConnection } from './queue-connection';

export interface BulkJob<K extends JobName> {
  payload: JobCatalogue[K];
  jobId?: string;
}

/** Typed access to BullMQ: queues by name, jobs by catalogue entry, workers for the worker role. */
@Injectable()
export class QueueService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(QueueService.name);
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly handlers = new JobHandlerRegistry();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly defaults: JobsOptions;

  constructor(
    private readonly connection: QueueConnection,
    private readonly config: AppConfig,
  ) {
    this.defaults = {
      attempts: config.JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: config.JOB_BACKOFF_MS },
      removeOnComplete: { age: 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
  }

  get backend() {
    return this.connection.settings.kind;
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.connection.createQueue(name);
      queue.on('error', (error) => this.logger.debug(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<K extends JobName>(name: K, payload: JobCatalogue[K], options: JobsOptions = {}): Promise<void> {
    const queueName = JOB_QUEUE[name](payload);
    await this.evictOnFailure(queueName, (queue) => queue.add(name, payload, { ...this.defaults, ...options }));
  }

  /** Jobs of one name, grouped by their queue so each queue gets one round trip. */
  async enqueueBulk<K extends JobName>(name: K, jobs: BulkJob<K>[], options: JobsOptions = {}): Promise<void> {
    const byQueue = new Map<string, BulkJob<K>[]>();
    for (const job of jobs) {
      const queueName = JOB_QUEUE[name](job.payload);
      byQueue.set(queueName, [...(byQueue.get(queueName) ?? []), job]);
    }
    await Promise.all(
      [...byQueue].map(([queueName, group]) =>
        this.evictOnFailure(queueName, (queue) =>
          queue.addBulk(
            group.map((job) => ({ name, data: job.payload, opts: { ...this.defaults, ...options, jobId: job.jobId } })),
          ),
        ),
      ),
    );
  }

  /**
   * A BullMQ queue whose connection failed while it was being set up stays broken; dropping it on a
   * failure means the next call after an outage builds a fresh one.
   */
  async evictOnFailure<T>(queueName: string, work: (queue: Queue) => Promise<T>): Promise<T> {
    const queue = this.queue(queueName);
    try {
      return await work(queue);
    } catch (error) {
      if (this.queues.get(queueName) === queue) {
        this.queues.delete(queueName);
        void queue.close().catch(() => undefined);
      }
      throw error;
    }
  }

  /**
   * The code that runs a job of this name in the worker role. Register in `onModuleInit`: the workers
   * start at application bootstrap, after every module has registered, and only if no job is left
   * without a handler.
   */
  handle<K extends JobName>(name: K, handler: JobHandler<K>, options: JobHandlerOptions<K>): void {
    this.handlers.register(name, handler, options);
  }

  /** The jobs this process consumes (empty in the api role). */
  handledJobs(): JobName[] {
    return this.handlers.registered();
  }

  onApplicationBootstrap(): void {
    if (this.config.ROLE === 'api') return;
    const missing = this.handlers.missing();
    if (missing.length > 0)
      throw new Error(
        `the worker has no handler for job(s) ${missing.join(', ')}: refusing to start rather than drop them`,
      );
    for (const [queueName, concurrency] of this.handlers.queues()) {
      const worker = this.work(queueName, (job) => this.handlers.dispatch(job), concurrency);
      worker.on('failed', (job, error) => this.handlers.finalFailure(job, error));
    }
  }

  private work<T>(queueName: string, processor: Processor<T>, concurrency: number): Worker<T> {
    const worker = this.connection.createWorker<T>(queueName, processor, {
      concurrency,
      autorun: true,
      lockDuration: this.config.JOB_LOCK_MS,
      stalledInterval: this.config.JOB_LOCK_MS,
    });
    worker.on('error', (error) => this.logger.debug(`worker ${queueName}: ${error.message}`));
    worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    this.workers.push(worker as Worker);
    return worker;
  }

  /**
   * A BullMQ job scheduler (not a timer: one run at a time across every worker process), upserted now
   * and again after every reconnect; while the queue is down at boot it retries after one period.
   */
  keepScheduled<K extends JobName>(name: K & string, every: number): void {
    const queueName = JOB_QUEUE[name]({} as JobCatalogue[K]);
    const schedule = async (): Promise<void> => {
      try {
        await this.evictOnFailure(queueName, (queue) =>
          queue.upsertJobScheduler(
            name,
            { every },
            { name, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
          ),
        );
      } catch (error) {
        this.logger.warn(`cannot schedule ${name} yet: ${(error as Error).message}`);
        setTimeout(() => void schedule(), every).unref();
      }
    };
    this.onReconnect(() => void schedule());
    void schedule();
    // A Redis emptied without dropping the connection (FLUSHDB, a failover to an empty replica) never
    // reconnects: four times a period, a scheduler found missing is put back (its first run is immediate).
    const watchdog = setInterval(
      () => {
        void this.evictOnFailure(queueName, (queue) => queue.getJobScheduler(name))
          .then((scheduler) => (scheduler ? undefined : schedule()))
          .catch(() => undefined);
      },
      Math.max(250, Math.floor(every / 4)),
    );
    watchdog.unref();
    this.timers.push(watchdog);
  }

  onReconnect(listener: () => void): void {
    this.connection.onReconnect(listener);
  }

  /** True when the queue backend answers within the timeout. */
  async isReachable(timeoutMs = 1000): Promise<boolean> {
    const probe = this.evictOnFailure(PIPELINE_QUEUE, (queue) => queue.getJobCounts('waiting'));
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), timeoutMs).unref(),
    );
    probe.catch(() => undefined);
    try {
      await Promise.race([probe, timeout]);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Workers stop first, while the database is still open: close() takes no new jobs and waits for the
   * active ones, so a SIGTERM finishes in-flight work instead of leaving it to the stall check.
   */
  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await Promise.allSettled(this.workers.map((worker) => worker.close()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    await this.connection.close();
  }
}
