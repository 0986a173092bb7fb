import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { sleep } from './private-services';

export type Json = Record<string, unknown>;

// A handful of real-looking failure families, so each phase opens a few issues and grows them.
const FAILURES = [
  (n: number) => ({
    code: 'INVALID_KEY_OR_REF',
    message: `Invalid customer reference key ${1000 + (n % 97)} for subsidiary 3.`,
  }),
  (n: number) => ({ code: 'USER_ERROR', message: `Please enter value(s) for: Tax Code (line ${1 + (n % 9)})` }),
  (n: number) => ({
    code: 'UNEXPECTED_ERROR',
    message: `An unexpected error occurred. Error ID: ${(n * 7919).toString(16)}`,
  }),
  (n: number) => ({ code: 'DUP_RCRD', message: `A record with external id SO-${n} already exists.` }),
  (_n: number) => ({ code: 'RATE_LIMIT', message: 'Request rate exceeded. Retry after 10 seconds.', httpStatus: 429 }),
];

/** The events one phase sends: ids prefixed by the phase, one in twenty a success (recovery path). */
export function phaseEvents(integration: string, count: number, idPrefix = integration): Json[] {
  return Array.from({ length: count }, (_, n) => {
    const base: Json = {
      eventId: `${idPrefix}-${n}`,
      integration,
      occurredAt: new Date(Date.now() - (count - n) * 10).toISOString(),
      source: { system: 'shopify', entity: 'order', id: `SO-${n % 400}` },
      target: { system: 'netsuite', entity: 'salesOrder' },
      release: 'v1.4.2',
    };
    if (n % 20 === 19) return { ...base, status: 'succeeded' };
    return { ...base, status: 'failed', error: FAILURES[n % FAILURES.length](n) };
  });
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function sign(secret: string, raw: string, at = Math.floor(Date.now() / 1000)): string {
  return `t=${at},v1=${createHmac('sha256', secret).update(`${at}.${raw}`).digest('hex')}`;
}

export interface Delivery {
  /** event ids that got a 2xx */
  accepted: Set<string>;
  /** how many times each status (or 'network') was answered */
  answers: Map<string, number>;
}

export function newDelivery(): Delivery {
  return { accepted: new Set(), answers: new Map() };
}

/** one more of this answer (a status, or 'network') */
export function countAnswer(delivery: Delivery, answer: string): void {
  delivery.answers.set(answer, (delivery.answers.get(answer) ?? 0) + 1);
}

export interface Sender {
  url: string;
  key: string;
  /** a signing secret, when the integration has one */
  secret?: string;
}

/**
 * What an integration layer does: posts each batch, and on a network error, a 5xx or a 429 waits and
 * posts it again until it is acknowledged or the deadline passes. Batches go `concurrency` at a time.
 */
export async function deliver(
  sender: Sender,
  batches: Json[][],
  delivery: Delivery,
  options: { concurrency: number; deadlineMs?: number },
): Promise<void> {
  const deadline = Date.now() + (options.deadlineMs ?? 90_000);
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const raw = JSON.stringify(batch.length === 1 ? batch[0] : { events: batch });
      while (Date.now() < deadline) {
        const status = await post(sender, raw);
        countAnswer(delivery, String(status));
        if (typeof status === 'number' && status >= 200 && status < 300) {
          for (const event of batch) delivery.accepted.add(String(event.eventId));
          break;
        }
        if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) break;
        await sleep(150);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
}

/** One request, no retry: for the hostile traffic that must be refused. */
export async function post(
  sender: Sender,
  raw: string | Buffer,
  headers: Record<string, string> = {},
): Promise<number | 'network'> {
  try {
    const response = await fetch(`${sender.url}/v1/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${sender.key}`,
        ...(sender.secret && typeof raw === 'string' ? { 'x-seam-signature': sign(sender.secret, raw) } : {}),
        ...headers,
      },
      body: raw,
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 'network';
  }
}

/**
 * One request through node:http, answered as soon as the status line arrives: for an oversized body the
 * server answers 413 and closes the socket while the body is still going out, which fetch reports only
 * as a network error.
 */
export function postEarly(
  sender: Sender,
  raw: string | Buffer,
  headers: Record<string, string> = {},
): Promise<number | 'network'> {
  return new Promise((resolve) => {
    const url = new URL(`${sender.url}/v1/events`);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sender.key}`,
          'content-length': Buffer.byteLength(raw),
          ...headers,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    req.on('error', () => resolve('network'));
    req.setTimeout(15_000, () => req.destroy());
    req.end(raw);
  });
}
