import { UnrecoverableError, type Job } from 'bullmq';
import { JOB_QUEUE, type JobCatalogue, type JobName } from './queue-catalogue';

/**
 * Jobs this service enqueues but never consumes: an owner team's queue is read by that team's own
 * worker (docs/api.md), so a handler for it here would steal the team's jobs.
 */
export const CONSUMED_BY_OWNER_TEAMS: ReadonlySet<JobName> = new Set<JobName>(['issue-routed']);

/** Every job name in the catalogue, read off the exhaustive queue map so a new job cannot be missed. */
export const CATALOGUE_JOBS = Object.keys(JOB_QUEUE) as JobName[];

export type JobHandler<K extends JobName> = (payload: JobCatalogue[K], job: Job<JobCatalogue[K]>) => Promise<unknown>;

export interface JobHandlerOptions<K extends JobName> {
  /** jobs of one queue share a worker; the queue runs at the largest concurrency its handlers ask for */
  concurrency: number;
  /** called once a job of this name has failed for the last time (no retry left, or unrecoverable) */
  onFinalFailure?: (job: Job<JobCatalogue[K]>, error: Error) => void;
}

interface Registered {
  handler: JobHandler<JobName>;
  options: JobHandlerOptions<JobName>;
}

/** The queue a job name runs on (payload-independent for every job this service consumes). */
const queueOf = (name: JobName): string => JOB_QUEUE[name]({} as never);

/**
 * Which code runs each job, decided by name in one table instead of a ternary per processor: every
 * consumed job has exactly one handler, a second registration is a boot error, and `missing()` lists
 * what the worker would silently drop, so the service refuses to start instead.
 */
export class JobHandlerRegistry {
  private readonly handlers = new Map<JobName, Registered>();

  register<K extends JobName>(name: K, handler: JobHandler<K>, options: JobHandlerOptions<K>): void {
    if (CONSUMED_BY_OWNER_TEAMS.has(name))
      throw new Error(`job "${name}" is consumed by the owner team's worker, not by Seam`);
    if (this.handlers.has(name)) throw new Error(`job "${name}" has two handlers`);
    this.handlers.set(name, {
      handler: handler as JobHandler<JobName>,
      options: options as JobHandlerOptions<JobName>,
    });
  }

  /** Consumed jobs without a handler: non-empty means the worker must not start. */
  missing(): JobName[] {
    return CATALOGUE_JOBS.filter((name) => !CONSUMED_BY_OWNER_TEAMS.has(name) && !this.handlers.has(name));
  }

  registered(): JobName[] {
    return [...this.handlers.keys()].sort();
  }

  /** The queues to run, each with its concurrency. */
  queues(): Map<string, number> {
    const queues = new Map<string, number>();
    for (const [name, { options }] of this.handlers) {
      const queue = queueOf(name);
      queues.set(queue, Math.max(queues.get(queue) ?? 0, options.concurrency));
    }
    return queues;
  }

  async dispatch(job: Job): Promise<unknown> {
    const registered = this.handlers.get(job.name as JobName);
    // a job from a newer or older version of the service: retrying cannot help, and it must not be
    // handed to another job's handler
    if (!registered) throw new UnrecoverableError(`no handler for job "${job.name}"`);
    return registered.handler(job.data as never, job as Job<never>);
  }

  finalFailure(job: Job | undefined, error: Error): void {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) this.handlers.get(job.name as JobName)?.options.onFinalFailure?.(job as Job<never>, error);
  }
}
