import IORedis from 'ioredis';
import { Client } from 'pg';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './env';

/** Fails the run at once, with what to start, when the real Postgres or Redis is not there. */
export default async function globalSetup(): Promise<void> {
  const pg = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
  } catch (error) {
    throw new Error(
      `e2e tests need Postgres at ${TEST_DATABASE_URL} (set TEST_DATABASE_URL): ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new IORedis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`e2e tests need Redis at ${TEST_REDIS_URL} (set TEST_REDIS_URL): ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    redis.disconnect();
  }
}
