import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../src/entities';
import { dataSourceOptions, runMigrations } from '../../src/platform/database/data-source-options';
import { TEST_DATABASE_URL } from './env';

export interface TestDatabase {
  db: DataSource;
  close(): Promise<void>;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * The medium tier: a real Postgres database of its own, migrated, and a TypeORM DataSource on it: no Nest
 * application, no HTTP, no queue. Repositories and the services built on them are constructed directly, so
 * a broken query fails in its own test in a second instead of as a 15-second wait in an e2e test.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const name = `seam_medium_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  const db = new DataSource(dataSourceOptions(url.toString(), ENTITIES, 2));
  await db.initialize();
  return {
    db,
    async close() {
      await db.destroy();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
