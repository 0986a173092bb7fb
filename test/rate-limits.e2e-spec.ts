import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncEvent } from './support/events';
import { startTestApp, type TestApp } from './support/test-app';

// Small limits, so the test reaches them: 5 requests a minute per key, 3 webhook requests per integration.
let t: TestApp;
let keyA: string;
let keyB: string;

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_KEY: '5', RATE_LIMIT_PER_INTEGRATION: '3' });
  // key creation counts against the admin key: 2 of its 5
  keyA = (await t.api().post('/v1/keys').send({ name: 'portal A', role: 'integration' }).expect(201)).body.key;
  keyB = (await t.api().post('/v1/keys').send({ name: 'portal B', role: 'integration' }).expect(201)).body.key;
});
afterAll(async () => {
  await t?.close();
});

describe('rate limits (counted in Redis)', () => {
  it('answers 429 with Retry-After per integration, whichever key sends', async () => {
    const send = (key: string) =>
      t
        .as(key)
        .post('/v1/events')
        .send(syncEvent({ integration: 'limited-orders' }));
    await send(keyA).expect(202);
    await send(keyA).expect(202);
    await send(keyB).expect(202);
    const limited = await send(keyB).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.message[0]).toMatch(
      /rate limit of 3 requests per 60 s for this integration exceeded; retry after \d+ s/,
    );
    // another integration is not affected
    await t
      .as(keyB)
      .post('/v1/events')
      .send(syncEvent({ integration: 'other-orders' }))
      .expect(202);
  });

  it('answers 429 per API key across routes, and leaves /health open', async () => {
    await t
      .as(keyA)
      .post('/v1/events')
      .send(syncEvent({ integration: 'key-limit-1' }))
      .expect(202); // keyA: 3
    await t
      .as(keyA)
      .post('/v1/events')
      .send(syncEvent({ integration: 'key-limit-2' }))
      .expect(202); // 4
    await t
      .as(keyA)
      .post('/v1/events')
      .send(syncEvent({ integration: 'key-limit-3' }))
      .expect(202); // 5
    const limited = await t
      .as(keyA)
      .post('/v1/events')
      .send(syncEvent({ integration: 'key-limit-4' }))
      .expect(429);
    expect(limited.body.message[0]).toContain('for this API key');
    expect(limited.headers['retry-after']).toBeDefined();
    for (let i = 0; i < 8; i++) await t.as().get('/health').expect(200);
  });
});
