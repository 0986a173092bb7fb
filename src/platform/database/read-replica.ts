import { Injectable, Module } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/**
 * Where the console's reads run: on the read replica when DATABASE_REPLICA_URL is set, otherwise on the
 * primary exactly as before. Only reads that tolerate replica lag belong here (a list just acknowledged
 * may show the issue unacknowledged for as long as the replica is behind); a read that must see a write
 * of the same request stays on the primary.
 */
@Injectable()
export class ReadReplica {
  constructor(private readonly db: DataSource) {}

  get configured(): boolean {
    return 'replication' in this.db.options && this.db.options.replication !== undefined;
  }

  async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // without a replica, the shared manager: each query takes its own pooled connection, so parallel reads stay parallel
    if (!this.configured) return work(this.db.manager);
    const runner = oneQueryAtATime(this.db.createQueryRunner('slave'));
    try {
      return await work(runner.manager);
    } finally {
      await runner.release();
    }
  }
}

/**
 * A replica read holds one connection, and a console read issues several queries at once (the issue
 * detail asks for records, events, timeline, releases and changes together). A pg client runs one query
 * at a time; handing it the next while one runs is deprecated and goes away in pg 9, so the runner's
 * queries wait for each other here. They ran one after another on the server before too.
 */
function oneQueryAtATime(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner);
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = previous.then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}

/** Provides ReadReplica to the modules whose repositories read on the replica. */
@Module({ providers: [ReadReplica], exports: [ReadReplica] })
export class ReadReplicaModule {}
