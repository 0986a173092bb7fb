import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { RouteOptions } from 'fastify';
import IORedis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Runtime } from '../../src/app.module';
import { loadConfig } from '../../src/platform/config/app-config';
import { createApp } from '../../src/bootstrap';
import { runMigrations } from '../../src/platform/database/data-source-options';
import { QueueService } from '../../src/platform/queue/queue.service';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './env';
import { createDatabase, dropDatabase } from './postgres';

export interface TestApp {
  app: NestFastifyApplication;
  /** the Node http server, for supertest */
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  db: DataSource;
  queue(name: string): Queue;
  databaseUrl: string;
  prefix: string;
  /** supertest with the admin key: what every test that is not about access uses */
  api(): ReturnType<typeof request.agent>;
  /** supertest with another key, or none */
  as(key?: string): ReturnType<typeof request.agent>;
  close(): Promise<void>;
}

/**
 * The receivers (test/support/receivers.ts) stand in for Slack, Teams and webhooks on loopback, which the
 * outbound policy refuses by default: test apps allow it explicitly, as a deployment would in OUTBOUND_ALLOW.
 */
export const LOOPBACK_RECEIVERS = '127.0.0.0/8,::1';

/** The bootstrap admin key every test app starts with. */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';

/**
 * The real service on real Postgres and Redis, isolated: a database of its own (created here, dropped
 * on close) and a BullMQ key prefix of its own (deleted on close).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { redisUrl?: string; hashTaggedPrefix?: boolean; onRoute?: (route: RouteOptions) => void } = {},
): Promise<TestApp> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const database = `seam_test_${suffix}`;
  const databaseUrl = await createDatabase(TEST_DATABASE_URL, database);
  const redisUrl = options.redisUrl ?? TEST_REDIS_URL;
  const prefix = options.hashTaggedPrefix ? `{seamtest_${suffix}}` : `seamtest_${suffix}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    OUTBOX_SWEEP_MS: '300',
    QUEUE_PREFIX: prefix,
    SEAM_ADMIN_KEY: TEST_ADMIN_KEY,
    OUTBOUND_ALLOW: LOOPBACK_RECEIVERS,
    ...env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
  });
  const runtime: Runtime = { config, databaseUrl, queue: { kind: 'redis', url: redisUrl, prefix } };
  await runMigrations(databaseUrl);
  const app = await createApp(runtime, { onRoute: options.onRoute });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const queues = app.get(QueueService);
  return {
    app,
    http: app.getHttpServer(),
    db: app.get(DataSource),
    queue: (name) => queues.queue(name),
    api: () => request.agent(app.getHttpServer()).set('authorization', `Bearer ${TEST_ADMIN_KEY}`),
    as: (key) =>
      key
        ? request.agent(app.getHttpServer()).set('authorization', `Bearer ${key}`)
        : request.agent(app.getHttpServer()),
    databaseUrl,
    prefix,
    async close() {
      await app.close();
      const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
      redis.on('error', () => undefined);
      try {
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length) await redis.del(...keys);
      } catch {
        // a test that leaves its private Redis stopped has nothing to clean
      } finally {
        redis.disconnect();
      }
      await dropDatabase(TEST_DATABASE_URL, database);
    },
  };
}

/** Another process of the same deployment (say a second worker): same database, same Redis and key prefix. */
export async function startPeer(of: TestApp, env: Record<string, string>): Promise<NestFastifyApplication> {
  const redisUrl = TEST_REDIS_URL;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    OUTBOX_SWEEP_MS: '300',
    QUEUE_PREFIX: of.prefix,
    SEAM_ADMIN_KEY: TEST_ADMIN_KEY,
    OUTBOUND_ALLOW: LOOPBACK_RECEIVERS,
    ...env,
    DATABASE_URL: of.databaseUrl,
    REDIS_URL: redisUrl,
  });
  const app = await createApp({
    config,
    databaseUrl: of.databaseUrl,
    queue: { kind: 'redis', url: redisUrl, prefix: of.prefix },
  });
  await app.init();
  return app;
}
