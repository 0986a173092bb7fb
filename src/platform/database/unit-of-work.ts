import { Global, Injectable, Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A transaction in progress. Services hold it only to hand it to repositories, so writes to several tables
 * commit together; what it is made of (TypeORM's EntityManager) stays behind the persistence boundary
 * (persistence-boundary.spec.ts).
 */
export type Tx = EntityManager;

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** The one place outside repositories that opens a transaction. */
@Injectable()
export class UnitOfWork {
  constructor(private readonly db: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation ? this.db.transaction(isolation, work) : this.db.transaction(work);
  }
}

@Global()
@Module({ providers: [UnitOfWork], exports: [UnitOfWork] })
export class UnitOfWorkModule {}
