import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

// What the route-wide fuzz (fuzz-routes.e2e-spec.ts) found, each reproduced here: a 5xx, or a 4xx outside
// Seam's error shape { statusCode, error, message: [lines] }.

let t: TestApp;
let port: number;

beforeAll(async () => {
  t = await startTestApp({ QUEUE_DASHBOARD_WRITE: 'true' });
  await t.app.listen(0, '127.0.0.1');
  port = (t.app.getHttpServer().address() as AddressInfo).port;
});
afterAll(async () => {
  await t?.close();
});

/** One request written as raw bytes on its own connection; the whole answer as text. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;

describe('crafted input the route fuzz found', () => {
  it('a YAML alias inside the node it names is a 400 naming the cycle, not a 500', async () => {
    const res = await t.api().put('/v1/config').set('content-type', 'text/yaml').send('teams: &t\n  - *t\n');
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['yaml an alias refers to a node that contains it (a cycle)']);
  });

  it("a body Seam refuses while parsing is a 400 on Bull Board's routes too, not a 500", async () => {
    const deep = '['.repeat(100) + ']'.repeat(100);
    const res = await t.api().put('/admin/queues/api/queues/pause').set('content-type', 'application/json').send(deep);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('body nests deeper than 32 levels');
  });

  it.each([
    ['a JSON string', 'application/json', '"\\u0000a"'],
    ['YAML text', 'application/yaml', '\u0000'],
  ])(
    "a body that is one string with NUL in it (%s) is a 400, on Bull Board's routes too",
    async (_, contentType, body) => {
      for (const path of ['/admin/queues/api/queues/nope/add', '/v1/rules']) {
        const res = await t.api().post(path).set('content-type', contentType).send(body);
        expect(res.status, path).toBe(400);
        expect(res.body, path).toEqual({
          statusCode: 400,
          error: 'Bad Request',
          message: ['body must not contain NUL characters or unpaired UTF-16 surrogates'],
        });
      }
    },
  );

  it.each([
    [
      'a broken %-escape in a path parameter',
      '/v1/issues/%/acknowledge',
      400,
      'path is not a valid URL component (a "%" must start an escape like %25)',
    ],
    [
      'a path parameter over 100 characters',
      `/v1/issues/${'a'.repeat(101)}`,
      414,
      'path has a parameter longer than the router takes (100 characters)',
    ],
  ])('%s is answered in the error shape', async (_, path, status, line) => {
    const res = await t.api().get(path);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({
      statusCode: status,
      error: status === 414 ? 'URI Too Long' : 'Bad Request',
      message: [line],
    });
  });

  it('a request head over 16 KiB is a 431 in the error shape (and without a body for HEAD)', async () => {
    const query = 'q=' + 'a'.repeat(17_000);
    const get = await raw(
      `GET /health?${query} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_ADMIN_KEY}\r\n\r\n`,
    );
    expect(get.startsWith('HTTP/1.1 431 ')).toBe(true);
    expect(bodyOf(get)).toEqual({
      statusCode: 431,
      error: 'Request Header Fields Too Large',
      message: ['request line and headers are larger than 16 KiB (a query string counts)'],
    });
    const head = await raw(`HEAD /health?${query} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(head.startsWith('HTTP/1.1 431 ')).toBe(true);
    expect(head.endsWith('\r\n\r\n')).toBe(true);
  });

  it('a request that is not HTTP is a 400 in the error shape', async () => {
    const answer = await raw('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 400 ')).toBe(true);
    expect(bodyOf(answer)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['request is not valid HTTP/1.1'],
    });
  });
});
