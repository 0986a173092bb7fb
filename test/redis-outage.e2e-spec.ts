import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncEvent } from './support/events';
import { DisposableRedis } from './support/redis-server';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let redis: DisposableRedis;
let t: TestApp;

beforeAll(async () => {
  redis = await DisposableRedis.start();
  t = await startTestApp({}, { redisUrl: redis.url });
});
afterAll(async () => {
  await redis?.up().catch(() => undefined);
  await t?.close();
  await redis?.down();
});

describe('an acknowledged event is never lost', () => {
  it('accepts events while Redis is down and processes them once it is back', async () => {
    await redis.down();
    const health = await t.api().get('/health').expect(503);
    expect(health.body).toMatchObject({ postgres: 'up', redis: 'down' });

    const events = Array.from({ length: 20 }, (_, i) =>
      syncEvent({ integration: 'outage', source: { system: 'shopify', entity: 'order', id: `O-${i}` } }),
    );
    const res = await t.api().post('/v1/events').send({ events }).expect(202);
    expect(res.body.accepted).toBe(20);
    const [stored] = await t.db.query(
      `SELECT COUNT(*)::int AS n, COUNT(*) FILTER (WHERE queued)::int AS queued FROM sync_event WHERE integration = 'outage'`,
    );
    expect(stored).toEqual({ n: 20, queued: 0 });

    await redis.up();
    const processed = await waitFor(
      async () => {
        const [row] = await t.db.query(
          `SELECT COUNT(*) FILTER (WHERE processed_at IS NOT NULL)::int AS n FROM sync_event WHERE integration = 'outage'`,
        );
        return row.n === 20 ? row.n : undefined;
      },
      { timeoutMs: 30_000, what: 'all 20 events processed after Redis returned' },
    );
    expect(processed).toBe(20);
    const issues = await t.api().get('/v1/issues').query({ integration: 'outage' }).expect(200);
    expect(issues.body.items).toHaveLength(1);
    expect(issues.body.items[0].occurrences).toBe(20);
    await t.api().get('/health').expect(200);
  });
});
