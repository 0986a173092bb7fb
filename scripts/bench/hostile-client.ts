// The client half of npm run bench:hostile (see hostile.ts): sends each hostile request while it probes
// /health every 5 ms, and reports status, time and the worst /health latency to the parent, which measures
// its own event loop around each case.
import { randomUUID } from 'node:crypto';

const BASE = process.env.HOSTILE_BASE!;
const KEY = process.env.HOSTILE_KEY!;
const MIB = 1024 * 1024;

interface Case {
  name: string;
  /** builds the body (before the case starts: the client's own work must not count) and returns the sender */
  prepare: () => () => Promise<number>;
  /** after the answer: wait until the work it started (classification) is done */
  settle?: () => Promise<void>;
}

const post =
  (path: string, body: string, headers: Record<string, string> = {}, method = 'POST') =>
  async (): Promise<number> => {
    const res = await fetch(`${BASE}${path}`, {
      method,
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
    await res.arrayBuffer();
    return res.status;
  };
const withKey = { authorization: `Bearer ${KEY}` };

const event = (overrides: Record<string, unknown> = {}) => ({
  eventId: `hostile-${randomUUID()}`,
  integration: 'hostile-shop-netsuite',
  occurredAt: new Date().toISOString(),
  status: 'failed',
  source: { system: 'shop', entity: 'order', id: `SO-${randomUUID().slice(0, 8)}` },
  target: { system: 'netsuite', entity: 'salesOrder' },
  error: { message: 'Invalid customer reference key 4711.', code: 'INVALID_KEY_OR_REF', httpStatus: 400 },
  ...overrides,
});
const wide = (keys: number) => `{${Array.from({ length: keys }, (_, i) => `"k${i}":1`).join(',')}}`;
const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

async function processed(integration: string, count: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${BASE}/v1/issues?integration=${integration}&limit=200`, { headers: withKey });
    const body = (await res.json()) as { items: Array<{ occurrences: number }> };
    if (body.items.reduce((sum, issue) => sum + issue.occurrences, 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${count} events of ${integration} were not processed within 120 s`);
}

const aDash = (bytes: number) => 'a-'.repeat(bytes / 2);

/** 100 events of one integration, all with this message, in one batch: settled once every one is classified. */
const classifiedBatch = (name: string, integration: string, message: string): Case => ({
  name,
  prepare: () =>
    post(
      '/v1/events',
      JSON.stringify({ events: Array.from({ length: 100 }, () => event({ integration, error: { message } })) }),
      withKey,
    ),
  settle: () => processed(integration, 100),
});

const CASES: Case[] = [
  { name: 'normal: one event', prepare: () => post('/v1/events', JSON.stringify(event()), withKey) },
  { name: 'sign-in, 1M keys (12 MB), no key', prepare: () => post('/console/session', wide(1_000_000)) },
  {
    name: 'ingest, 15 MB, no key',
    prepare: () => post('/v1/events', JSON.stringify({ events: [event({ payload: { blob: 'x'.repeat(15 * MIB) } })] })),
  },
  {
    name: 'ingest, 15 MB, wrong key',
    prepare: () =>
      post('/v1/events', JSON.stringify({ events: [event({ payload: { blob: 'x'.repeat(15 * MIB) } })] }), {
        authorization: 'Bearer seam_wrong',
      }),
  },
  {
    name: 'classify, 15 MB, with key (route limit 256 KiB)',
    prepare: () => post('/v1/classify', JSON.stringify(event({ payload: { blob: 'x'.repeat(15 * MIB) } })), withKey),
  },
  {
    name: 'ingest, one payload of 120k keys',
    prepare: () =>
      post('/v1/events', JSON.stringify(event({ payload: { m: 1 } })).replace('{"m":1}', wide(120_000)), withKey),
  },
  {
    name: 'ingest, 4 MiB of 1000 events with 4 KB payloads (the limit)',
    prepare: () =>
      post(
        '/v1/events',
        JSON.stringify({ events: Array.from({ length: 1000 }, () => event({ payload: { note: 'y'.repeat(3600) } })) }),
        withKey,
      ),
  },
  {
    name: 'ingest, 95 events of 1,000 keys each (at the 100,000-value cap)',
    prepare: () =>
      post(
        '/v1/events',
        JSON.stringify({ events: Array.from({ length: 95 }, () => event({ payload: { m: 1 } })) }).replaceAll(
          '{"m":1}',
          wide(1_000),
        ),
        withKey,
      ),
  },
  {
    name: 'ingest, 4 MiB of 280 events of 1,000 keys each',
    prepare: () =>
      post(
        '/v1/events',
        JSON.stringify({ events: Array.from({ length: 280 }, () => event({ payload: { m: 1 } })) }).replaceAll(
          '{"m":1}',
          wide(1_000),
        ),
        withKey,
      ),
  },
  {
    name: 'ingest, 4 MiB array of 1.3M empty objects',
    prepare: () => post('/v1/events', `{"events":[${'{},'.repeat(1_300_000)}{}]}`, withKey),
  },
  {
    name: 'ingest, 4 MiB of 1M single-digit values',
    prepare: () => post('/v1/events', `{"events":[${'1,'.repeat(2_000_000)}1]}`, withKey),
  },
  {
    name: 'ingest, 16 MiB of 1000 events with 15 KB payloads',
    prepare: () =>
      post(
        '/v1/events',
        JSON.stringify({
          events: Array.from({ length: 1000 }, () => event({ payload: { note: 'y'.repeat(15_000) } })),
        }),
        withKey,
      ),
  },
  {
    name: 'ingest, 16 MiB of 1000 events of 2,000 keys each',
    prepare: () =>
      post(
        '/v1/events',
        JSON.stringify({ events: Array.from({ length: 1000 }, () => event({ payload: { m: 1 } })) }).replaceAll(
          '{"m":1}',
          wide(1_000),
        ),
        withKey,
      ),
  },
  {
    name: 'ingest, 16 MiB array of 4M empty objects',
    prepare: () => post('/v1/events', `{"events":[${'{},'.repeat(4 * MIB)}{}]}`, withKey),
  },
  { name: 'ingest, 16 MiB of nesting 8M deep', prepare: () => post('/v1/events', deep(8 * MIB - 16), withKey) },
  {
    name: 'ingest, 16 MiB of \\u escapes',
    prepare: () =>
      post(
        '/v1/events',
        JSON.stringify(event({ payload: { s: 'x' } })).replace('"x"', `"${'\\u00e9'.repeat((15 * MIB) / 6)}"`),
        withKey,
      ),
  },
  {
    name: 'rules/test, (a+)+$ against 28 a',
    prepare: () =>
      post(
        '/v1/rules/test',
        JSON.stringify({
          rule: { name: 'redos', match: { messageRegex: '(a+)+$' }, classification: 'defect' },
          event: event({ error: { message: `${'a'.repeat(28)}!` } }),
        }),
        withKey,
      ),
  },
  {
    name: 'config, YAML alias bomb',
    prepare: () =>
      post(
        '/v1/config',
        [
          'a: &a ["x","x","x","x","x","x","x","x","x"]',
          ...Array.from(
            { length: 9 },
            (_, i) =>
              `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
                .fill(`*${String.fromCharCode(97 + i)}`)
                .join(',')}]`,
          ),
        ].join('\n'),
        { ...withKey, 'content-type': 'application/yaml' },
        'PUT',
      ),
  },
  classifiedBatch('100 events with 8 KB a-a-a messages, until classified', 'hostile-fingerprint', aDash(8192)),
  classifiedBatch(
    '100 events with 8 KB messages of dotted digits, until classified',
    'hostile-digits',
    '1.'.repeat(4096),
  ),
  classifiedBatch('100 events with 8 KB messages of @ and dots, until classified', 'hostile-email', 'a.@'.repeat(2730)),
];

function ask(message: Record<string, unknown>, answer: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = (reply: { kind: string }) => {
      if (reply.kind !== answer) return;
      process.off('message', listener);
      resolve();
    };
    process.on('message', listener);
    process.send!(message);
  });
}

async function run(hostile: Case): Promise<void> {
  const send = hostile.prepare();
  await ask({ kind: 'start' }, 'go');
  let healthMaxMs = 0;
  let running = true;
  const probe = (async () => {
    while (running) {
      const at = performance.now();
      await (await fetch(`${BASE}/health`)).arrayBuffer();
      healthMaxMs = Math.max(healthMaxMs, performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const at = performance.now();
  let status: number;
  try {
    status = await send();
  } catch {
    status = -1; // the connection was cut (e.g. after a 413 mid-upload)
  }
  const requestMs = performance.now() - at;
  await hostile.settle?.();
  running = false;
  await probe;
  await ask({ kind: 'end', name: hostile.name, status, requestMs, healthMaxMs }, 'next');
}

(async () => {
  // HOSTILE_ONLY=<text>: only the cases whose name contains it (and the reference), to profile one
  const only = process.env.HOSTILE_ONLY;
  // with ROLE=api nothing classifies: the cases that wait for classification run in the embedded layout only
  const api = process.env.HOSTILE_ROLE === 'api';
  for (const hostile of CASES) {
    if (api && hostile.settle) continue;
    if (!only || hostile.name.startsWith('normal:') || hostile.name.includes(only)) await run(hostile);
  }
  process.send!({ kind: 'done' });
  process.disconnect();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
