import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../src/entities';
import { dataSourceOptions, runMigrations } from '../../src/platform/database/data-source-options';
import { TEST_DATABASE_URL } from './env';
import { createDatabase, dropDatabase } from './postgres';

export interface TestDatabase {
  db: DataSource;
  close(): Promise<void>;
}

/**
 * The medium tier: a real Postgres database of its own, migrated, and a TypeORM DataSource on it: no Nest
 * application, no HTTP, no queue. Repositories and the services built on them are constructed directly, so
 * a broken query fails in its own test in a second instead of as a 15-second wait in an e2e test.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const name = `seam_medium_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(TEST_DATABASE_URL, name);
  await runMigrations(url);
  const db = new DataSource(dataSourceOptions(url, ENTITIES, 2));
  await db.initialize();
  return {
    db,
    async close() {
      await db.destroy();
      await dropDatabase(TEST_DATABASE_URL, name);
    },
  };
}
