import type { DataSourceOptions, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migration-list';
import { TypeOrmLogger } from './typeorm-logger';

/** Schema changes go through migrations, run at start; synchronize stays off everywhere. */
/** The entity classes the capabilities declare (src/entities.ts): given by the caller, so platform imports no capability. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for an entity class
export type EntityList = Array<Function | string | EntitySchema>;

export function dataSourceOptions(
  url: string,
  entities: EntityList,
  poolSize = 10,
  replicaUrl?: string,
): DataSourceOptions {
  // with a replica, every query still goes to the primary unless it asks for the replica (ReadReplica):
  // TypeORM's own default would send every SELECT built with a query builder there, reads-after-writes included
  const where = replicaUrl
    ? { replication: { master: { url }, slaves: [{ url: replicaUrl }], defaultMode: 'master' as const } }
    : { url };
  return {
    type: 'postgres',
    ...where,
    entities,
    migrations: MIGRATIONS,
    // run by runMigrations() at boot, under an advisory lock, so api and worker processes starting
    // together do not race each other through the same migration
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    logger: new TypeOrmLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}

const MIGRATION_LOCK = 7_346_221;

export async function runMigrations(url: string): Promise<string[]> {
  const { DataSource } = await import('typeorm');
  // migrations are SQL of their own: no entity is needed to run them
  const dataSource = new DataSource(dataSourceOptions(url, [], 1));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await dataSource.destroy();
  }
}
