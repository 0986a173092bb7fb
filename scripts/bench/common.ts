import { randomBytes } from 'node:crypto';
import type { Request as CannonRequest } from 'autocannon';
import IORedis from 'ioredis';
import { runMigrations } from '../../src/platform/database/data-source-options';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../test/support/env';
import { freePort } from '../../test/support/free-port';
import { createDatabase, dropDatabase as dropDatabaseOn } from '../../test/support/postgres';
import { ServiceProcess } from '../../test/faults/service-process';

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL;
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? TEST_REDIS_URL;
export const BENCH_KEY = `bench-admin-${randomBytes(12).toString('hex')}`;

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** A fresh database with the service's schema. */
export async function freshDatabase(name: string): Promise<string> {
  const url = await createDatabase(BENCH_DATABASE_URL, name);
  await runMigrations(url);
  return url;
}

export const dropDatabase = (name: string): Promise<void> => dropDatabaseOn(BENCH_DATABASE_URL, name);

/** The service as production runs it, one process per role. */
export async function startService(
  role: 'api' | 'worker' | 'all',
  url: string,
  prefix: string,
  env: Record<string, string> = {},
): Promise<ServiceProcess> {
  const service = new ServiceProcess(
    `${role}`,
    await freePort(),
    {
      DATABASE_URL: url,
      REDIS_URL: BENCH_REDIS_URL,
      QUEUE_PREFIX: prefix,
      SEAM_ADMIN_KEY: BENCH_KEY,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_KEY: '100000000',
      RATE_LIMIT_PER_INTEGRATION: '100000000',
      ROLE: role,
      ...env,
    },
    '/dev/null',
  );
  await service.start();
  return service;
}

export async function clearPrefix(prefix: string): Promise<void> {
  const redis = new IORedis(BENCH_REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

export function event(integration: string, eventId: string, n: number): Record<string, unknown> {
  return {
    eventId,
    integration,
    occurredAt: new Date().toISOString(),
    status: 'failed',
    source: { system: 'shopify', entity: 'order', id: `SO-${n % 5000}` },
    target: { system: 'netsuite', entity: 'salesOrder' },
    // twenty failure families, so a backlog holds several issues of different heat, as after a real outage
    error: {
      code: `INVALID_KEY_OR_REF_${n % 20}`,
      message: `Invalid customer reference key ${n % 300} for subsidiary ${n % 7}.`,
    },
    release: 'v1.4.2',
  };
}

/** autocannon requests posting fresh events to /v1/events: one event, or { events } of `batch`, every eventId new. */
export function eventPosts(integration: string, batch: number, tag: string): CannonRequest[] {
  let counter = 0;
  return [
    {
      method: 'POST',
      setupRequest: (request) => {
        const events = Array.from({ length: batch }, () => {
          const n = counter++;
          return event(integration, `${tag}-${n}`, n);
        });
        return { ...request, body: JSON.stringify(batch === 1 ? events[0] : { events }) };
      },
    },
  ];
}

export function table(header: string[], rows: Array<Array<string | number>>): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
