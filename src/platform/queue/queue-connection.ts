import {
  createPostgresBackend,
  PostgresQueueBackend,
  Queue,
  Worker,
  type Processor,
  type QueueOptions,
  type WorkerOptions,
} from 'bullmq';
import IORedis, { type RedisOptions } from 'ioredis';
import { assertPatchTarget, installedVersion, type PatchTarget } from '../patch-guard';

export type QueueBackendKind = 'redis' | 'postgres';

export interface QueueConnectionSettings {
  kind: QueueBackendKind;
  /** redis:// URL or postgres:// URL */
  url: string;
  prefix: string;
}

/**
 * The one place that knows whether BullMQ runs on Redis or on its Postgres backend: everything
 * else asks this factory for queues and workers and never forks on the mode.
 */
export class QueueConnection {
  private readonly redisClients: IORedis[] = [];
  private readonly reconnectListeners: Array<() => void> = [];

  constructor(readonly settings: QueueConnectionSettings) {
    // at boot, before any worker exists: the blocking cap below must still fit the installed BullMQ
    if (settings.kind === 'postgres') assertPatchTarget(blockingCapPatchTarget());
  }

  createQueue(name: string): Queue {
    if (this.settings.kind === 'postgres') {
      return new Queue(
        name,
        { connection: this.postgresConnection(), prefix: this.settings.prefix } as never,
        createPostgresBackend as never,
      ) as unknown as Queue;
    }
    // Producers must fail fast when Redis is away: the webhook has already stored the event and answers
    // 202; the outbox sweep enqueues it later. One retry per command, then the command fails. (The offline
    // queue stays on: without it BullMQ's first command races the connect and the queue never recovers.)
    const connection = this.redis({ maxRetriesPerRequest: 1 });
    const options: QueueOptions = {
      connection,
      prefix: this.settings.prefix,
      skipWaitingForReady: true,
    } as QueueOptions;
    return new Queue(name, options);
  }

  createWorker<T>(name: string, processor: Processor<T>, options: Omit<WorkerOptions, 'connection'>): Worker<T> {
    if (this.settings.kind === 'postgres') {
      capPostgresBlocking();
      // drainDelay: an idle Postgres-backed worker re-checks every second. Its LISTEN wake-up does not
      // reach it through the embedded database's connection multiplexer, so this bounds pick-up latency.
      const workerOptions = {
        ...options,
        drainDelay: 1,
        connection: this.postgresConnection(),
        prefix: this.settings.prefix,
      };
      return new Worker(
        name,
        processor,
        workerOptions as never,
        createPostgresBackend as never,
      ) as unknown as Worker<T>;
    }
    return new Worker(name, processor, {
      ...options,
      connection: this.redis({ maxRetriesPerRequest: null }),
      prefix: this.settings.prefix,
    });
  }

  /**
   * Called whenever a Redis connection comes back after a loss. A Redis restarted without persistence
   * has forgotten job schedulers, so their owners re-create them here.
   */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async close(): Promise<void> {
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => client.disconnect())));
  }

  private postgresConnection() {
    // migrate: BullMQ creates its own schema ("bullmq") on first use, beside ours.
    return { connectionString: this.settings.url, migrate: true, max: 4 };
  }

  private redis(overrides: RedisOptions): IORedis {
    const client = new IORedis(this.settings.url, {
      lazyConnect: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      ...overrides,
    });
    // ioredis emits an error on every failed reconnect; the health endpoint reports the outage instead.
    client.on('error', () => undefined);
    let wasReady = false;
    client.on('ready', () => {
      if (wasReady) for (const listener of this.reconnectListeners) listener();
      wasReady = true;
    });
    this.redisClients.push(client);
    return client;
  }
}

/** What capPostgresBlocking overrides (the backend's block ceiling) and who reads it (the worker), in the version it was written for. */
export function blockingCapPatchTarget(): PatchTarget {
  return {
    patch: "the Postgres queue's blocking cap (queue-connection.ts)",
    libraries: [{ name: 'bullmq', writtenFor: '6.7.0', installed: installedVersion('bullmq') }],
    members: [
      {
        of: 'PostgresQueueBackend.prototype',
        owner: PostgresQueueBackend.prototype,
        name: 'maximumBlockTimeout',
        kind: 'getter',
      },
      { of: 'Worker.prototype', owner: Worker.prototype, name: 'maximumBlockTimeout', kind: 'getter' },
    ],
  };
}

let blockingCapped = false;
/**
 * A Postgres-backed worker whose queue holds a delayed job sleeps until that job is due and counts on
 * NOTIFY to wake it for anything new. Through the embedded database's connection multiplexer NOTIFY does
 * not arrive, so an escalation check queued behind a 15-minute level would wait 15 minutes. Capping the
 * block at one second makes every wait a one-second poll (one cheap query) instead.
 */
function capPostgresBlocking(): void {
  if (blockingCapped) return;
  blockingCapped = true;
  Object.defineProperty(PostgresQueueBackend.prototype, 'maximumBlockTimeout', { configurable: true, get: () => 1 });
}
