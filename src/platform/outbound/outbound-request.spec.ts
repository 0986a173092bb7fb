import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DENY_ALL_PRIVATE, parseAllowList, type OutboundPolicy } from './domain/outbound-policy';
import { OutboundError, postOutbound, type Resolver } from './outbound-request';

// a real server on loopback; the policy under test allows exactly its port
let server: Server;
let port: number;
const seen: Array<{ url: string; headers: IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ url: request.url ?? '', headers: request.headers, body });
      if (request.url === '/redirect') {
        response.writeHead(307, { location: `http://127.0.0.1:${port}/landed` });
        return response.end();
      }
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allowing = (text: string): OutboundPolicy => ({ allowPrivate: false, allow: parseAllowList(text).entries });
const resolvesTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
const post = (url: string, policy: OutboundPolicy, resolve?: Resolver) =>
  postOutbound(url, {
    headers: { 'content-type': 'application/json' },
    body: '{"a":1}',
    policy,
    timeoutMs: 2000,
    resolve,
  });

describe('postOutbound', () => {
  it('refuses a name that resolves to the metadata address, before connecting', async () => {
    const error = await post(
      'http://metadata.example.test/latest',
      DENY_ALL_PRIVATE,
      resolvesTo('169.254.169.254'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({
      failure: 'refused',
      message: expect.stringContaining('metadata.example.test (resolves to 169.254.169.254) is a link-local address'),
    });
  });

  it('refuses a name when any of its addresses is internal, not only the first', async () => {
    const error = await post(
      'https://hooks.example.test/',
      DENY_ALL_PRIVATE,
      resolvesTo('93.184.216.34', '::ffff:10.0.0.7'),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'refused', message: expect.stringContaining('10.0.0.7') });
  });

  it('refuses loopback literals and file: without any DNS', async () => {
    const noDns: Resolver = async () => {
      throw new Error('DNS must not be asked');
    };
    await expect(post(`http://127.0.0.1:${port}/x`, DENY_ALL_PRIVATE, noDns)).rejects.toMatchObject({
      failure: 'refused',
    });
    await expect(post('file:///etc/passwd', DENY_ALL_PRIVATE, noDns)).rejects.toMatchObject({ failure: 'refused' });
    expect(seen.filter((s) => s.url === '/x')).toHaveLength(0);
  });

  it('connects to the address it checked (pinned), keeping the name in the Host header', async () => {
    const status = await post(
      `http://receiver.example.test:${port}/pinned?q=1`,
      allowing(`127.0.0.1:${port}`),
      resolvesTo('127.0.0.1'),
    );
    expect(status).toBe(204);
    const request = seen.find((s) => s.url === '/pinned?q=1')!;
    expect(request.headers.host).toBe(`receiver.example.test:${port}`);
    expect(request.body).toBe('{"a":1}');
  });

  it('does not follow a redirect with the body', async () => {
    const error = await post(`http://127.0.0.1:${port}/redirect`, allowing(`127.0.0.1:${port}`)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      failure: 'status',
      status: 307,
      message: 'answered HTTP 307; redirects are not followed',
    });
    expect(seen.filter((s) => s.url === '/landed')).toHaveLength(0);
  });

  it('calls a closed port unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(post(`http://127.0.0.1:${closedPort}/`, allowing('127.0.0.1'))).rejects.toMatchObject({
      failure: 'unreachable',
      message: 'ECONNREFUSED',
    });
  });
});
