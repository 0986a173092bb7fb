import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import {
  ALL_FIELDS,
  mutations,
  OBJECT_FIELDS,
  ODD_CONTENT_TYPES,
  pick,
  validEvent,
  type Endpoint,
  type Json,
} from './support/event-arbitraries';

// Property-based e2e fuzzing of the two endpoints that take a sync event (API.md): POST /v1/events and
// POST /v1/classify. Whatever arrives — a valid event bent out of shape, arbitrary JSON, or bytes that are
// not JSON at all — the answer is a 2xx, or a 4xx (never 429 here) whose message lines name the field
// (or "body") at fault. Never a 5xx, and the service is still healthy afterwards.
//
// Reproduce a failure with FUZZ_SEED=<seed printed on failure> npx vitest run --project e2e test/fuzz.e2e-spec.ts
// (/v1/events runs on FUZZ_SEED, /v1/classify on FUZZ_SEED + 1).

const SEED = Number(process.env.FUZZ_SEED ?? 20261102);
/** cases per endpoint: 1,000 by default; CI's second Node takes fewer (.ci/run) */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** What one generated case sends: a JSON value to serialise, or raw bytes with a content type of its own. `validFor`: endpoints that must accept it. */
type Case =
  | { kind: 'json'; value: unknown; label: string; validFor?: Endpoint[] }
  | { kind: 'raw'; body: string | Uint8Array; contentType?: string; label: string; validFor?: undefined };

let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  // The fuzz run makes a few thousand requests a minute with the admin key: lift the limits so 429 cannot occur.
  t = await startTestApp({ RATE_LIMIT_PER_KEY: '10000000', RATE_LIMIT_PER_INTEGRATION: '10000000' });
  // A listening port and fetch (keep-alive) rather than supertest's listen-per-request: a few thousand requests in seconds.
  await t.app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t?.close();
});

// ---------------------------------------------------------------------------------------------------
// HTTP

interface Answer {
  status: number;
  text: string;
  json?: unknown;
}

async function send(path: string, c: Case): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${TEST_ADMIN_KEY}` };
  let body: string | Uint8Array | undefined;
  if (c.kind === 'json') {
    headers['content-type'] = 'application/json';
    // JSON.stringify(undefined) is undefined: an empty body that still says it is JSON
    body = JSON.stringify(c.value) ?? '';
  } else {
    if (c.contentType !== undefined) headers['content-type'] = c.contentType;
    body = c.body;
  }
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

async function expectHealthy(): Promise<void> {
  const res = await fetch(`${baseUrl}/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', postgres: 'up', redis: 'up' });
}

// ---------------------------------------------------------------------------------------------------
// "Names a field": a message line starts with a field path followed by a space — "body", a field of the
// sync event (possibly missing from what was sent), or a path into what was sent ("events.3.source.id",
// "source.colour", an unknown key with odd characters in it).

const EVENT_FIELDS = [
  'eventId',
  'integration',
  'occurredAt',
  'status',
  'runId',
  'operation',
  'source',
  'target',
  'error',
  'payload',
  'release',
  'attempt',
  'events',
];
const NESTED_FIELDS = ['system', 'entity', 'id', 'url', 'label', 'message', 'code', 'httpStatus', 'field', 'details'];

function fieldPaths(sent: unknown): Set<string> {
  const paths = new Set<string>(['body', ...EVENT_FIELDS]);
  const stack: Array<[unknown, string, number]> = [[sent, '', 0]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object' || depth > 40) continue;
    const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(node);
    for (const name of [...keys, ...EVENT_FIELDS, ...NESTED_FIELDS]) paths.add(path ? `${path}.${name}` : name);
    for (const key of keys) stack.push([(node as Json)[key], path ? `${path}.${key}` : key, depth + 1]);
  }
  return paths;
}

function namesAField(line: string, paths: Set<string>): boolean {
  // every space is a candidate end of the path: unknown keys may be empty or hold spaces themselves
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) if (paths.has(line.slice(0, i))) return true;
  return false;
}

function sentValue(c: Case): unknown {
  if (c.kind === 'json') return c.value;
  const text = typeof c.body === 'string' ? c.body : Buffer.from(c.body).toString('utf8');
  if (c.contentType === 'application/x-www-form-urlencoded') {
    // a form body parses to an object too: repeated keys become arrays
    const form: Record<string, string | string[]> = Object.create(null);
    for (const [key, value] of new URLSearchParams(text))
      form[key] = key in form ? [...[form[key]].flat(), value] : value;
    return form;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const CLASSIFICATIONS = ['defect', 'bad_source_data', 'process_change', 'needs_triage'];

/** The property itself: throws, with what was sent and what came back, when the answer breaks the contract. */
function check(endpoint: Endpoint, c: Case, answer: Answer): void {
  const fail = (why: string): never => {
    const sent =
      c.kind === 'json'
        ? (JSON.stringify(c.value) ?? '<undefined>')
        : `[${c.contentType ?? 'no content-type'}] ${typeof c.body === 'string' ? JSON.stringify(c.body) : `bytes ${Buffer.from(c.body).toString('hex')}`}`;
    throw new Error(
      `${endpoint} (${c.label}): ${why}\n  sent: ${sent.slice(0, 2000)}\n  got ${answer.status}: ${answer.text.slice(0, 2000)}`,
    );
  };
  const { status, json } = answer;
  if (c.validFor?.includes(endpoint) && (status < 200 || status >= 300)) fail('an event API.md accepts was refused');
  if (status >= 200 && status < 300) {
    const body = json as Json | undefined;
    if (endpoint === '/v1/events') {
      if (status !== 202) fail('a stored event is answered 202');
      if (typeof body?.accepted !== 'number' || typeof body.duplicates !== 'number' || !Array.isArray(body.ids))
        fail('202 body is not { accepted, duplicates, ids }');
    } else {
      if (status !== 200) fail('a classification is answered 200');
      if (
        !CLASSIFICATIONS.includes(body?.classification as string) ||
        typeof body?.confidence !== 'number' ||
        !Array.isArray(body?.reasons) ||
        typeof body?.fingerprint !== 'string'
      ) {
        fail('200 body is not { classification, category, confidence, owner, reasons, fingerprint }');
      }
    }
    return;
  }
  if (status === 429) fail('429 although the rate limits are set far above this run');
  if (status < 400 || status >= 500) fail(`status ${status} is neither 2xx nor 4xx`);
  const body = json as { statusCode?: unknown; error?: unknown; message?: unknown } | undefined;
  if (!body || typeof body !== 'object') fail('4xx body is not JSON');
  if (body!.statusCode !== status || typeof body!.error !== 'string')
    fail('4xx body is not { statusCode, error, message }');
  const lines = body!.message;
  if (!Array.isArray(lines) || lines.length === 0 || !lines.every((line) => typeof line === 'string'))
    fail('4xx message is not a non-empty list of lines');
  const paths = fieldPaths(sentValue(c));
  if (!(lines as string[]).some((line) => namesAField(line, paths))) fail('no message line names a field');
}

const mutatedEvent: fc.Arbitrary<Case> = fc
  .oneof(
    {
      arbitrary: validEvent.map((e) => ({
        value: e,
        label: 'valid event',
        validFor: ['/v1/events', '/v1/classify'] as Endpoint[],
      })),
      weight: 3,
    },
    ...mutations.map((arbitrary) => ({ arbitrary, weight: 2 })),
  )
  .map(({ value, label, validFor }) => ({ kind: 'json' as const, value, label, validFor }));

/** (b) arbitrary JSON: any JSON value, anything serialised, arbitrary fields merged into a valid event. */
const arbitraryJson: fc.Arbitrary<Case> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => ({ kind: 'json' as const, value, label: 'fc.jsonValue' })),
  fc
    .jsonValue({ maxDepth: 4, depthSize: 'large' })
    .map((value) => ({ kind: 'json' as const, value, label: 'fc.jsonValue (large)' })),
  fc
    .anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true })
    .map((value) => ({ kind: 'json' as const, value, label: 'fc.anything' })),
  fc
    .tuple(
      validEvent,
      fc.dictionary(fc.oneof(pick(ALL_FIELDS), fc.string({ maxLength: 10 })), fc.jsonValue({ maxDepth: 3 }), {
        maxKeys: 4,
      }),
    )
    .map(([e, extra]) => ({
      kind: 'json' as const,
      value: { ...e, ...extra },
      label: 'event with arbitrary fields',
    })),
  fc
    .tuple(validEvent, pick(OBJECT_FIELDS), fc.jsonValue({ maxDepth: 3 }))
    .map(([e, f, v]) => ({ kind: 'json' as const, value: { ...e, [f]: v }, label: `arbitrary ${f}` })),
);

/** (c) bodies that are not JSON, or not what they say they are. */
const rawBody: fc.Arbitrary<Case> = fc.oneof(
  fc
    .string({ maxLength: 200 })
    .map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'random text as JSON' })),
  fc
    .string({ unit: 'binary', maxLength: 200 })
    .map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'random unicode as JSON' })),
  fc
    .uint8Array({ maxLength: 200 })
    .map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'random bytes as JSON' })),
  fc.tuple(validEvent, fc.nat()).map(([e, n]) => {
    const text = JSON.stringify(e);
    return {
      kind: 'raw' as const,
      body: text.slice(0, n % text.length),
      contentType: 'application/json',
      label: 'truncated JSON',
    };
  }),
  fc
    .tuple(
      validEvent,
      fc.nat(),
      fc.constantFrom('}', '{', ']', ',', '"', ':', '\\', 'NaN', 'undefined', '1e999', '\u0000', '//', '/*', "'"),
    )
    .map(([e, n, junk]) => {
      const text = JSON.stringify(e);
      const at = n % text.length;
      return {
        kind: 'raw' as const,
        body: text.slice(0, at) + junk + text.slice(at),
        contentType: 'application/json',
        label: `JSON with ${JSON.stringify(junk)} spliced in`,
      };
    }),
  fc
    .tuple(
      validEvent,
      fc.constantFrom(
        '1e999',
        '-1e999',
        '1e400',
        '123456789012345678901234567890',
        '-0',
        '0.0000000000000000000000000000001e-400',
      ),
    )
    .map(([e, n]) => ({
      kind: 'raw' as const,
      body: JSON.stringify({ ...e, attempt: '__N__', payload: { n: '__N__' } }).replaceAll('"__N__"', n),
      contentType: 'application/json',
      label: `number literal ${n}`,
    })),
  fc.tuple(validEvent, pick(['__proto__', 'constructor'])).map(([e, key]) => ({
    kind: 'raw' as const,
    body: JSON.stringify(e).replace(/^\{/, `{"${key}":{"prototype":{"polluted":true},"polluted":true},`),
    contentType: 'application/json',
    label: `${key} key`,
  })),
  // deeper down, where secure-json-parse lets it through and class-transformer used to throw on it (a 500)
  fc.tuple(validEvent, fc.jsonValue({ maxDepth: 1 })).map(([e, value]) => ({
    kind: 'raw' as const,
    body: JSON.stringify({ ...e, payload: { record: { __KEY__: value } } }).replace('"__KEY__"', '"constructor"'),
    contentType: 'application/json',
    label: 'constructor key in a payload',
  })),
  fc.tuple(validEvent, pick(['eventId', 'integration', 'source'])).map(([e, key]) => ({
    kind: 'raw' as const,
    body: JSON.stringify(e).replace(/^\{/, `{"${key}":"first",`),
    contentType: 'application/json',
    label: `duplicate key ${key}`,
  })),
  fc.tuple(validEvent, fc.constantFrom('\ufeff', ' \n\t', '\u00a0')).map(([e, pre]) => ({
    kind: 'raw' as const,
    body: pre + JSON.stringify(e),
    contentType: 'application/json',
    label: 'JSON with a leading BOM/space',
  })),
  validEvent.map((e) => ({
    kind: 'raw' as const,
    body: Buffer.concat([
      Buffer.from(JSON.stringify(e).slice(0, -1)),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('}'),
    ]),
    contentType: 'application/json',
    label: 'invalid UTF-8 in JSON',
  })),
  fc
    .constantFrom(
      '',
      ' ',
      'null',
      'undefined',
      '{',
      '[',
      '{}{}',
      '{"events":',
      '<xml/>',
      'eventId=1&integration=x',
      '\u0000',
      '\ufeff',
    )
    .map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'short non-JSON' })),
  fc.tuple(validEvent, fc.constantFrom(...ODD_CONTENT_TYPES)).map(([e, contentType]) => ({
    kind: 'raw' as const,
    body: JSON.stringify(e),
    contentType,
    label: `event as ${contentType}`,
  })),
  fc
    .tuple(
      fc.string({ maxLength: 100 }),
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/yaml'),
    )
    .map(([body, contentType]) => ({ kind: 'raw' as const, body, contentType, label: `text as ${contentType}` })),
  fc
    .constantFrom('__proto__=1', 'eventId=1&integration=x', 'events=1&events=2', 'source[id]=1', 'a=%00', '=&=&')
    .map((body) => ({
      kind: 'raw' as const,
      body,
      contentType: 'application/x-www-form-urlencoded',
      label: 'form body',
    })),
  validEvent.map((e) => ({
    kind: 'raw' as const,
    body: Buffer.from(JSON.stringify(e)),
    label: 'event without a content type',
  })),
);

const anyCase: fc.Arbitrary<Case> = fc.oneof(
  { arbitrary: mutatedEvent, weight: 6 },
  { arbitrary: arbitraryJson, weight: 2 },
  { arbitrary: rawBody, weight: 2 },
);

// ---------------------------------------------------------------------------------------------------

async function fuzz(endpoint: Endpoint, seed: number): Promise<{ runs: number; statuses: Map<number, number> }> {
  let runs = 0;
  const statuses = new Map<number, number>();
  try {
    await fc.assert(
      fc.asyncProperty(anyCase, async (c) => {
        runs += 1;
        const answer = await send(endpoint, c);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        check(endpoint, c, answer);
      }),
      { seed, numRuns: RUNS },
    );
  } catch (error) {
    console.error(
      `fuzz ${endpoint} failed (fast-check seed ${seed}): reproduce with FUZZ_SEED=${SEED} npx vitest run --project e2e test/fuzz.e2e-spec.ts`,
    );
    throw error;
  }
  return { runs, statuses };
}

describe('fuzzing the event endpoints (fast-check)', () => {
  it.each([
    ['/v1/events' as const, SEED],
    ['/v1/classify' as const, SEED + 1],
  ])(
    'POST %s answers every generated body with a 2xx or a 4xx naming the field, never a 5xx',
    async (endpoint, seed) => {
      const { runs, statuses } = await fuzz(endpoint, seed);
      expect(runs).toBeGreaterThanOrEqual(RUNS);
      // the generators reach both sides of the contract
      const count = (from: number, to: number) =>
        [...statuses].filter(([s]) => s >= from && s < to).reduce((n, [, k]) => n + k, 0);
      // (a twentieth of the cases each, 50 at the default 1,000)
      expect(count(200, 300)).toBeGreaterThan(RUNS / 20);
      expect(count(400, 500)).toBeGreaterThan(RUNS / 20);
      await expectHealthy();
    },
    90_000,
  );
});
