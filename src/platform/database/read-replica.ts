import { Injectable, Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

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
    const runner = this.db.createQueryRunner('slave');
    try {
      return await work(runner.manager);
    } finally {
      await runner.release();
    }
  }
}

/** Provides ReadReplica to the modules whose repositories read on the replica. */
@Module({ providers: [ReadReplica], exports: [ReadReplica] })
export class ReadReplicaModule {}
