import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINE_QUEUE } from '../src/platform/queue/queue-catalogue';
import { syncEvent } from './support/events';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

// Issue 12, findings 1, 2, 3, 6, 8, 17 and 19: each attack as it was reproduced, and what answers it now.

let t: TestApp;
let port: number;
let supportKey: string;

/** A raw HTTP/1.1 request on a socket: the only way to send an absolute-form target or an unencoded path. */
function raw(request: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (/\r\n\r\n/.test(text)) socket.end();
    });
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', reject);
    socket.write(request);
  });
}

const wideObject = (keys: number) => `{${Array.from({ length: keys }, (_, i) => `"k${i}":1`).join(',')}}`;

beforeAll(async () => {
  t = await startTestApp({ AUTH_FAILURES_PER_IP: '1000', RATE_LIMIT_PER_INTEGRATION: '3' });
  await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
  port = (t.http.address() as AddressInfo).port;
  supportKey = (await t.api().post('/v1/keys').send({ name: 'support desk', role: 'support' }).expect(201)).body.key;
});
afterAll(async () => {
  await t?.close();
});

describe('finding 1: the queue dashboard is decided on the matched route, and read-only', () => {
  it.each([
    ['the plain path', '/admin/queues/api/queues'],
    ['a percent-encoded letter', '/%61dmin/queues/api/queues'],
    ['an encoded slash-free segment', '/admin/%71ueues/api/queues'],
  ])('refuses %s without a key', async (_name, path) => {
    const res = await t.as().get(path);
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toContain('"jobs"');
  });

  it('refuses an absolute-form request target without a key', async () => {
    const res = await raw(
      `GET http://127.0.0.1:${port}/admin/queues/api/queues HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(res.status).toBe(401);
  });

  it('refuses writes (pause, obliterate) even to an admin unless QUEUE_DASHBOARD_WRITE=true, and the queue is not paused', async () => {
    await t.as().put(`/%61dmin/queues/api/queues/${PIPELINE_QUEUE}/pause`).expect(401);
    const admin = await t.api().put(`/admin/queues/api/queues/${PIPELINE_QUEUE}/pause`);
    expect(admin.status).toBe(403);
    expect(admin.body.message[0]).toContain('read-only');
    await t.api().put(`/admin/queues/api/queues/${PIPELINE_QUEUE}/obliterate`).expect(403);
    expect(await t.queue(PIPELINE_QUEUE).isPaused()).toBe(false);
  });

  it('shows an admin the queues (bearer or Basic) and keeps a support key out', async () => {
    const bearer = await t.api().get('/%61dmin/queues/api/queues');
    expect(bearer.status).toBe(200);
    expect(bearer.body.queues.map((queue: { name: string }) => queue.name)).toContain(PIPELINE_QUEUE);
    const basic = await t
      .as()
      .get('/admin/queues/api/queues')
      .set('authorization', `Basic ${Buffer.from(`ops:${TEST_ADMIN_KEY}`).toString('base64')}`);
    expect(basic.status).toBe(200);
    const support = await t.as(supportKey).get('/%61dmin/queues/api/queues');
    expect(support.status).toBe(403);
  });
});

describe('findings 2 and 3: body limits per route and authentication before the body is read', () => {
  it('answers a 1M-key sign-in body with 413 from the public route, not minutes of copying', async () => {
    const body = wideObject(1_000_000);
    const [signIn, health] = await Promise.all([
      t.as().post('/console/session').set('content-type', 'application/json').send(body),
      t.as().get('/health'),
    ]);
    expect(signIn.status).toBe(413);
    expect(health.status).toBe(200);
  });

  it('answers a 15 MB body without a key with 401, and with a wrong key with 401, on every route', async () => {
    const body = JSON.stringify({ events: [syncEvent({ payload: { blob: 'x'.repeat(15 * 1024 * 1024) } })] });
    for (const [method, path] of [
      ['post', '/v1/events'],
      ['post', '/v1/classify'],
      ['put', '/v1/config'],
      ['post', '/v1/rules'],
    ] as const) {
      const anonymous = await t.as()[method](path).set('content-type', 'application/json').send(body);
      expect(anonymous.status, `${method} ${path} without a key`).toBe(401);
      const wrong = await t.as('seam_wrong-key')[method](path).set('content-type', 'application/json').send(body);
      expect(wrong.status, `${method} ${path} with a wrong key`).toBe(401);
    }
  });

  it('answers a body over a small route limit with 413 even with a key (classify takes one event, not 16 MiB)', async () => {
    const res = await t
      .api()
      .post('/v1/classify')
      .send(syncEvent({ payload: { blob: 'x'.repeat(1024 * 1024) } }));
    expect(res.status).toBe(413);
  });

  it('refuses a 120k-key payload with a 400 naming the path, before validation copies it', async () => {
    const event = JSON.stringify(syncEvent({ payload: { marker: 1 } })).replace('{"marker":1}', wideObject(120_000));
    const res = await t.api().post('/v1/events').set('content-type', 'application/json').send(event);
    expect(res.status).toBe(400);
    expect(res.body.message[0]).toBe('payload must have at most 2000 keys');
  });

  it('takes a full-size batch on ingest still', async () => {
    const events = Array.from({ length: 1000 }, () => syncEvent({ payload: { note: 'y'.repeat(2000) } }));
    const res = await t.api().post('/v1/events').send({ events });
    expect(res.status).toBe(202);
    expect(res.body.accepted).toBe(1000);
  });
});

describe('finding 6: rate limits count authenticated requests, on the matched route', () => {
  it('does not let requests without a valid key spend an integration’s limit', async () => {
    const integration = 'victim-integration';
    for (let i = 0; i < 5; i++) {
      await t.as(`seam_random-${i}`).post('/v1/events').send(syncEvent({ integration })).expect(401);
    }
    await t.api().post('/v1/events').send(syncEvent({ integration })).expect(202);
  });

  it('counts /v1/%65vents in the integration’s bucket like /v1/events', async () => {
    const integration = 'encoded-path-integration';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.api().post('/v1/%65vents').send(syncEvent({ integration }))).status);
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describe('finding 8: cross-site requests through a console session', () => {
  let cookie: string;
  beforeAll(async () => {
    const signIn = await t
      .as()
      .post('/console/session')
      .set('origin', `http://127.0.0.1:${port}`)
      .send({ key: TEST_ADMIN_KEY })
      .expect(200);
    cookie = String(signIn.headers['set-cookie']).split(';')[0];
  });

  it('refuses a form-encoded body (any page can post one cross-site)', async () => {
    const res = await t
      .as()
      .post('/v1/keys')
      .set('cookie', cookie)
      .set('origin', `http://127.0.0.1:${port}`)
      .type('form')
      .send('name=attacker&role=admin');
    expect(res.status).toBe(415);
  });

  it('refuses a cookie-carried admin action from another port of the same host', async () => {
    const res = await t
      .as()
      .post('/v1/keys')
      .set('cookie', cookie)
      .set('origin', `http://127.0.0.1:${port + 1}`)
      .set('sec-fetch-site', 'same-site')
      .send({ name: 'attacker', role: 'admin' });
    expect(res.status).toBe(403);
    expect(res.body.message[0]).toContain('cross-site');
    const keys = await t.api().get('/v1/keys').expect(200);
    expect(JSON.stringify(keys.body)).not.toContain('attacker');
  });

  it('refuses a cookie-carried POST with text/plain from another origin (a form can send that)', async () => {
    const res = await t
      .as()
      .post('/v1/keys')
      .set('cookie', cookie)
      .set('origin', 'https://evil.example')
      .set('content-type', 'text/plain')
      .send('{"name":"x","role":"admin"}');
    expect(res.status).toBe(403);
  });

  it('accepts the same action from the console’s own origin', async () => {
    const res = await t
      .as()
      .post('/v1/keys')
      .set('cookie', cookie)
      .set('origin', `http://127.0.0.1:${port}`)
      .set('sec-fetch-site', 'same-origin')
      .send({ name: 'made in the console', role: 'support' });
    expect(res.status).toBe(201);
  });

  it('refuses a cross-site sign-in (login CSRF): no session cookie is set', async () => {
    const res = await t
      .as()
      .post('/console/session')
      .set('origin', 'https://evil.example')
      .set('sec-fetch-site', 'cross-site')
      .send({ key: TEST_ADMIN_KEY });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('finding 17: failed authentications are capped per address', () => {
  let capped: TestApp;
  beforeAll(async () => {
    capped = await startTestApp({ AUTH_FAILURES_PER_IP: '5' });
  });
  afterAll(async () => {
    await capped?.close();
  });

  it('answers 429 to a flood of random bearer keys, and to Basic guesses at the dashboard', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await capped.as(`seam_guess-${i}`).get('/v1/issues')).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const basic = await capped
      .as()
      .get('/admin/queues/api/queues')
      .set('authorization', `Basic ${Buffer.from('ops:guess').toString('base64')}`);
    expect(basic.status).toBe(429);
    expect(Number(basic.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('finding 19: security headers on every surface, Secure cookies in production', () => {
  it.each([
    ['the OpenAPI page', '/docs'],
    ['the queue dashboard', '/admin/queues'],
    ['the health check', '/health'],
    ['an API response', '/v1/issues'],
  ])('%s sends nosniff, a frame ban and a CSP', async (_name, path) => {
    const res = await t.api().get(path);
    expect(res.status).toBeLessThan(400);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('marks the session cookie Secure in production', async () => {
    const production = await startTestApp({ NODE_ENV: 'production' });
    try {
      const res = await production.as().post('/console/session').send({ key: TEST_ADMIN_KEY }).expect(200);
      expect(String(res.headers['set-cookie'])).toContain('; Secure');
    } finally {
      await production.close();
    }
  });

  it('believes X-Forwarded-For only with TRUST_PROXY: two clients behind the proxy get their own failed-auth budgets', async () => {
    const proxied = await startTestApp({ AUTH_FAILURES_PER_IP: '2', TRUST_PROXY: '127.0.0.1' });
    try {
      for (let i = 0; i < 3; i++)
        await proxied.as(`seam_guess-${i}`).get('/v1/issues').set('x-forwarded-for', '203.0.113.7');
      expect((await proxied.as('seam_guess-x').get('/v1/issues').set('x-forwarded-for', '203.0.113.7')).status).toBe(
        429,
      );
      expect((await proxied.api().get('/v1/issues').set('x-forwarded-for', '198.51.100.9')).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
