import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

// Property-based e2e fuzzing of the two endpoints that take a sync event (API.md): POST /v1/events and
// POST /v1/classify. Whatever arrives — a valid event bent out of shape, arbitrary JSON, or bytes that are
// not JSON at all — the answer is a 2xx, or a 4xx (never 429 here) whose message lines name the field
// (or "body") at fault. Never a 5xx, and the service is still healthy afterwards.
//
// Reproduce a failure with FUZZ_SEED=<seed printed on failure> npx vitest run --project e2e test/fuzz.e2e-spec.ts
// (/v1/events runs on FUZZ_SEED, /v1/classify on FUZZ_SEED + 1).

const SEED = Number(process.env.FUZZ_SEED ?? 20261102);
const RUNS = 1000;

type Json = Record<string, unknown>;

type Endpoint = '/v1/events' | '/v1/classify';
/** What one generated case sends: a JSON value to serialise, or raw bytes with a content type of its own. `validFor`: endpoints that must accept it. */
type Case = { kind: 'json'; value: unknown; label: string; validFor?: Endpoint[] } | { kind: 'raw'; body: string | Uint8Array; contentType?: string; label: string; validFor?: undefined };

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

const EVENT_FIELDS = ['eventId', 'integration', 'occurredAt', 'status', 'runId', 'operation', 'source', 'target', 'error', 'payload', 'release', 'attempt', 'events'];
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
    for (const [key, value] of new URLSearchParams(text)) form[key] = key in form ? [...[form[key]].flat(), value] : value;
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
    const sent = c.kind === 'json' ? (JSON.stringify(c.value) ?? '<undefined>') : `[${c.contentType ?? 'no content-type'}] ${typeof c.body === 'string' ? JSON.stringify(c.body) : `bytes ${Buffer.from(c.body).toString('hex')}`}`;
    throw new Error(`${endpoint} (${c.label}): ${why}\n  sent: ${sent.slice(0, 2000)}\n  got ${answer.status}: ${answer.text.slice(0, 2000)}`);
  };
  const { status, json } = answer;
  if (c.validFor?.includes(endpoint) && (status < 200 || status >= 300)) fail('an event API.md accepts was refused');
  if (status >= 200 && status < 300) {
    const body = json as Json | undefined;
    if (endpoint === '/v1/events') {
      if (status !== 202) fail('a stored event is answered 202');
      if (typeof body?.accepted !== 'number' || typeof body.duplicates !== 'number' || !Array.isArray(body.ids)) fail('202 body is not { accepted, duplicates, ids }');
    } else {
      if (status !== 200) fail('a classification is answered 200');
      if (!CLASSIFICATIONS.includes(body?.classification as string) || typeof body?.confidence !== 'number' || !Array.isArray(body?.reasons) || typeof body?.fingerprint !== 'string') {
        fail('200 body is not { classification, category, confidence, owner, reasons, fingerprint }');
      }
    }
    return;
  }
  if (status === 429) fail('429 although the rate limits are set far above this run');
  if (status < 400 || status >= 500) fail(`status ${status} is neither 2xx nor 4xx`);
  const body = json as { statusCode?: unknown; error?: unknown; message?: unknown } | undefined;
  if (!body || typeof body !== 'object') fail('4xx body is not JSON');
  if (body!.statusCode !== status || typeof body!.error !== 'string') fail('4xx body is not { statusCode, error, message }');
  const lines = body!.message;
  if (!Array.isArray(lines) || lines.length === 0 || !lines.every((line) => typeof line === 'string')) fail('4xx message is not a non-empty list of lines');
  const paths = fieldPaths(sentValue(c));
  if (!(lines as string[]).some((line) => namesAField(line, paths))) fail('no message line names a field');
}

// ---------------------------------------------------------------------------------------------------
// Generators

/** Strings that hurt: control characters, NUL, bidi overrides, unpaired surrogates, emoji, quotes, injection. */
const nastyChar = fc.constantFrom(
  'a', 'Z', '0', ' ', '-', '\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u2028', '\u2029',
  '\u202e', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udfff', '\ud83d', '😀', '👩‍👩‍👧', 'e\u0301', 'ß', 'İ', '中', '"', "'", '\\', '/', '%', '%s', '${x}', '{{x}}', '<script>', "'; DROP TABLE sync_event; --",
);
const nastyString = fc.oneof(
  fc.string({ unit: nastyChar, minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

const validDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const zonedDate = fc
  .tuple(validDate, fc.constantFrom('Z', '+00:00', '+10:00', '-05:30', '+1400', '-1200'))
  .map(([iso, zone]) => iso.replace(/Z$/, zone));

/** A sync event API.md accepts, with every optional field sometimes there. */
const validEvent: fc.Arbitrary<Json> = fc
  .record(
    {
      eventId: fc.uuid().map((id) => `fz-${id}`),
      integration: fc.oneof(fc.constantFrom('shopify-netsuite-orders', 'crm-bc-invoices', 'pim-shopify-products'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 100 })),
      occurredAt: fc.oneof(validDate, zonedDate),
      status: fc.constantFrom('failed', 'succeeded'),
      runId: fc.string({ minLength: 1, maxLength: 60 }),
      operation: fc.constantFrom('create', 'update', 'upsert', 'delete'),
      source: fc.record(
        {
          system: fc.constantFrom('shopify', 'crm', 'pim', 'webshop'),
          entity: fc.constantFrom('order', 'invoice', 'customer', 'product'),
          id: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }),
          url: fc.webUrl(),
          label: fc.string({ minLength: 1, maxLength: 60 }),
        },
        { requiredKeys: ['system', 'entity', 'id'] },
      ),
      target: fc.record(
        { system: fc.constantFrom('netsuite', 'business-central', 'quickbooks', 'xero'), entity: fc.constantFrom('salesOrder', 'customer', 'item'), id: fc.string({ minLength: 1, maxLength: 40 }), url: fc.webUrl() },
        { requiredKeys: [] },
      ),
      error: fc.record(
        {
          message: fc.oneof(
            fc.constantFrom('Invalid entity reference key 1042.', 'An unexpected error occurred. Error ID: 7f3a9c', "The Customer does not exist. No.='C-1'", 'Request failed with status code 500'),
            fc.string({ minLength: 1, maxLength: 300 }),
          ),
          code: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }),
          httpStatus: fc.integer({ min: 100, max: 599 }),
          field: fc.string({ minLength: 1, maxLength: 40 }),
          details: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        },
        { requiredKeys: ['message'] },
      ),
      payload: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
      release: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }),
      attempt: fc.integer({ min: 1, max: 1000 }),
    },
    { requiredKeys: ['eventId', 'integration', 'occurredAt', 'source', 'error'] },
  )
  // plain JSON (no -0, no undefined), without the __proto__ / constructor keys fast-check likes to try, which the server refuses by design
  .map((event) => JSON.parse(JSON.stringify(event), (key, value: unknown) => (key === '__proto__' || key === 'constructor' ? undefined : value)) as Json);

const STRING_FIELDS = ['eventId', 'integration', 'occurredAt', 'runId', 'operation', 'release', 'status'];
const OBJECT_FIELDS = ['source', 'target', 'error', 'payload'];
const ALL_FIELDS = [...STRING_FIELDS, ...OBJECT_FIELDS, 'attempt'];

/** A value of some other JSON type than a field expects. */
const wrongTyped = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.constant(''),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.constant({}),
  fc.constant([]),
);

const hugeNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 2 ** 53, 5e-324, 0.5, -0, -1, 0, 1001, 2 ** 31, -(2 ** 31) - 1, 1e21),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(Number),
);

const badDate = fc.oneof(
  fc.constantFrom(
    'yesterday', '', ' ', 'now', '2026-11-02', '2026-11-02T01:00:00', '2026-13-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-11-02T25:00:00Z', '2026-11-02T24:00:00Z',
    '2026-11-02T01:60:00Z', '2026-11-02T01:00:61Z', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '-0001-01-01T00:00:00Z', '+002026-11-02T01:00:00Z', '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z', '9999-12-31T23:59:59.999999999Z', '2026-W45-1T01:00:00Z', '2026-306T01:00:00Z', '2026-11-02T01:00:00,5Z', '2026-11-02T01:00:00+99:99',
    '2026-11-02T01:00:00+14:00', '2026-11-02T01:00:00-23:59', '2026-11-02 01:00:00Z', '20261102T010000Z', '2026-11-02T01Z', '2026-11-02T01:00Z', 'Mon, 02 Nov 2026 01:00:00 GMT',
    '1700000000', 'NaN', 'Infinity', 'null', '2026-11-02T01:00:00.123456789012345678901234567890Z', '2026-11-02T01:00:00ZZ', '２０２６-11-02T01:00:00Z', '2026-11-02T01:00:00\u0000Z',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  // date-ish strings put together from the pieces ISO 8601 is made of: week dates, ordinals, basic format, odd offsets
  fc
    .array(fc.constantFrom('2026', '-', '11', '02', 'T', 't', ' ', '01', ':', '00', '.', '5', ',', 'Z', 'z', '+', '14', '15', '16', '23', '59', 'W', '45', '306', '0000', '24', '60', '99'), { minLength: 4, maxLength: 14 })
    .map((parts) => parts.join('')),
  fc.constantFrom('2026306T010000Z', '2026-W45T01:00Z', '2026W451T010000Z', '2026-11-02T01:00:00+16:00', '2026-11-02T01:00:00-15:59', '241102T0000Z', '2026-11-02T0100Z'),
  fc.integer().map((n) => n),
  fc.string({ maxLength: 30 }),
);

/** A JSON value nested `depth` levels deep, as objects or arrays. */
const deeplyNested = fc.tuple(fc.integer({ min: 20, max: 80 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { child: value };
  return value;
});

/** Odd key names: empty, prototype names, dots, spaces, control characters. */
const oddKey = fc.oneof(
  fc.constantFrom('', ' ', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '__defineGetter__', 'length', '0', 'a.b', 'events', 'priority', 'Status', 'EVENTID', '$where', '\u0000', '\u202e', '😀'),
  fc.string({ minLength: 1, maxLength: 20 }),
);

const pick = <T>(items: T[]) => fc.constantFrom(...items);

type Mutation = fc.Arbitrary<{ value: unknown; label: string; validFor?: Endpoint[] }>;

/** (a) a valid event with one thing wrong with it (or several). */
const mutations: Mutation[] = [
  fc.tuple(validEvent, pick(ALL_FIELDS)).map(([e, f]) => {
    delete e[f];
    return { value: e, label: `drop ${f}` };
  }),
  fc.tuple(validEvent, pick(['system', 'entity', 'id']), pick(['source', 'target'])).map(([e, f, o]) => {
    const inner = (e[o] ?? {}) as Json;
    delete inner[f];
    return { value: { ...e, [o]: inner }, label: `drop ${o}.${f}` };
  }),
  fc.tuple(validEvent, pick(ALL_FIELDS), wrongTyped).map(([e, f, v]) => ({ value: { ...e, [f]: v }, label: `swap type of ${f}` })),
  fc.tuple(validEvent, pick(['source', 'target', 'error']), pick(['system', 'entity', 'id', 'url', 'label', 'message', 'code', 'httpStatus', 'field', 'details']), wrongTyped).map(([e, o, f, v]) => ({
    value: { ...e, [o]: { ...((e[o] as Json) ?? {}), [f]: v } },
    label: `swap type of ${o}.${f}`,
  })),
  fc.tuple(validEvent, pick([...STRING_FIELDS, 'source.id', 'source.system', 'source.url', 'target.entity', 'error.message', 'error.code', 'error.field']), fc.constantFrom(101, 201, 1001, 2001, 8193, 20_000, 70_000)).map(([e, f, n]) => {
    const long = 'x'.repeat(n);
    const [outer, inner] = f.split('.');
    const value = inner ? { ...e, [outer]: { ...((e[outer] as Json) ?? {}), [inner]: inner === 'url' ? `https://example.com/${long}` : long } } : { ...e, [outer]: long };
    return { value, label: `overlong ${f} (${n})` };
  }),
  fc.tuple(validEvent, pick(['payload', 'error.details'])).map(([e, f]) => {
    const blob = { blob: 'x'.repeat(f === 'payload' ? 65_537 : 16_385) };
    return { value: f === 'payload' ? { ...e, payload: blob } : { ...e, error: { message: 'x', details: blob } }, label: `oversize ${f}` };
  }),
  fc.tuple(validEvent, pick(['payload', 'error.details', 'source', 'extra']), deeplyNested).map(([e, f, deep]) => {
    if (f === 'payload') return { value: { ...e, payload: { deep } }, label: 'deep payload' };
    if (f === 'error.details') return { value: { ...e, error: { message: 'x', details: { deep } } }, label: 'deep error.details' };
    if (f === 'source') return { value: { ...e, source: deep }, label: 'deep source' };
    return { value: { ...e, nested: deep }, label: 'deep unknown field' };
  }),
  fc.tuple(validEvent, pick([...STRING_FIELDS, 'source.system', 'source.entity', 'source.id', 'source.label', 'target.system', 'target.id', 'error.message', 'error.code', 'error.field']), nastyString).map(([e, f, s]) => {
    const [outer, inner] = f.split('.');
    const value = inner ? { ...e, [outer]: { ...((e[outer] as Json) ?? {}), [inner]: s } } : { ...e, [outer]: s };
    return { value, label: `unicode/control in ${f}` };
  }),
  fc.tuple(validEvent, fc.dictionary(nastyString, nastyString, { minKeys: 1, maxKeys: 4 }), pick(['payload', 'error.details'])).map(([e, d, f]) => ({
    value: f === 'payload' ? { ...e, payload: d } : { ...e, error: { ...((e.error as Json) ?? {}), message: 'x', details: d } },
    label: `unicode/control keys in ${f}`,
  })),
  fc.tuple(validEvent, pick(['attempt', 'error.httpStatus', 'eventId', 'payload.n']), hugeNumber).map(([e, f, n]) => {
    if (f === 'error.httpStatus') return { value: { ...e, error: { ...((e.error as Json) ?? {}), message: 'x', httpStatus: n } }, label: `number ${f}` };
    if (f === 'payload.n') return { value: { ...e, payload: { n } }, label: `number ${f}` };
    return { value: { ...e, [f]: n }, label: `number ${f}` };
  }),
  fc.tuple(validEvent, pick([...ALL_FIELDS, 'source.id', 'error.message', 'target.system'])).map(([e, f]) => {
    const [outer, inner] = f.split('.');
    const value = inner ? { ...e, [outer]: { ...((e[outer] as Json) ?? {}), [inner]: null } } : { ...e, [outer]: null };
    return { value, label: `null ${f}` };
  }),
  fc.tuple(validEvent, pick(OBJECT_FIELDS), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })).map(([e, f, arr]) => ({ value: { ...e, [f]: [e[f] ?? {}, ...arr] }, label: `array for ${f}` })),
  fc.tuple(validEvent, pick(['', 'source', 'target', 'error']), oddKey, fc.jsonValue({ maxDepth: 2 })).map(([e, where, key, v]) => {
    if (!where) return { value: { ...e, [key]: v }, label: `unknown field ${JSON.stringify(key)}` };
    return { value: { ...e, [where]: { ...((e[where] as Json) ?? {}), [key]: v } }, label: `unknown field ${where}.${JSON.stringify(key)}` };
  }),
  fc.tuple(validEvent, badDate).map(([e, d]) => ({ value: { ...e, occurredAt: d }, label: `bad date ${JSON.stringify(d)}` })),
  fc.tuple(validEvent, pick(['failed', 'succeeded', 'FAILED', 'ok', '', 'pending'])).map(([e, s]) => {
    delete e.error;
    return { value: { ...e, status: s }, label: `status ${s} without error` };
  }),
  // batch wrappers with odd shapes
  fc.array(validEvent, { minLength: 1, maxLength: 8 }).map((events) => ({ value: { events }, label: 'valid batch', validFor: ['/v1/events'] as Endpoint[] })),
  fc.tuple(fc.array(validEvent, { minLength: 0, maxLength: 5 }), fc.nat({ max: 5 }), wrongTyped).map(([events, i, bad]) => {
    events.splice(Math.min(i, events.length), 0, bad as Json);
    return { value: { events }, label: 'batch with a non-event' };
  }),
  fc.tuple(fc.array(validEvent, { minLength: 1, maxLength: 4 }), pick(ALL_FIELDS)).map(([events, f]) => {
    delete events[events.length - 1][f];
    return { value: { events }, label: `batch whose last event has no ${f}` };
  }),
  wrongTyped.map((w) => ({ value: { events: w }, label: 'events of the wrong type' })),
  fc.tuple(fc.array(validEvent, { minLength: 1, maxLength: 3 }), oddKey, fc.jsonValue({ maxDepth: 1 })).map(([events, key, v]) => ({ value: { events, [key]: v }, label: `batch with extra ${JSON.stringify(key)}` })),
  fc.array(validEvent, { minLength: 1, maxLength: 3 }).map((events) => ({ value: { events: [{ events }] }, label: 'batch in a batch' })),
  fc.array(validEvent, { minLength: 1, maxLength: 3 }).map((events) => ({ value: { events: [events] }, label: 'batch of arrays' })),
  fc.array(validEvent, { minLength: 1, maxLength: 3 }).map((events) => ({ value: { Events: events }, label: 'batch under the wrong name' })),
  fc.array(validEvent, { minLength: 1, maxLength: 3 }).map((events) => ({ value: { events: { ...events } }, label: 'batch as an object' })),
  fc.constant(null).map(() => ({ value: { events: Array.from({ length: 1001 }, (_, i) => ({ eventId: `fz-over-${i}` })) }, label: 'batch over 1000' })),
  validEvent.map((e) => ({ value: [e], label: 'event wrapped in an array' })),
  fc.constantFrom(null, 0, 1, true, false, 'event', '', [], {}).map((v) => ({ value: v, label: `body ${JSON.stringify(v)}` })),
  // several things wrong at once
  fc.tuple(validEvent, fc.uniqueArray(pick(ALL_FIELDS), { minLength: 2, maxLength: 5 }), fc.array(wrongTyped, { minLength: 5, maxLength: 5 })).map(([e, fields, vals]) => {
    fields.forEach((f, i) => (e[f] = vals[i]));
    return { value: e, label: `swap types of ${fields.join(', ')}` };
  }),
];

const mutatedEvent: fc.Arbitrary<Case> = fc.oneof(
  { arbitrary: validEvent.map((e) => ({ value: e, label: 'valid event', validFor: ['/v1/events', '/v1/classify'] as Endpoint[] })), weight: 3 },
  ...mutations.map((arbitrary) => ({ arbitrary, weight: 2 })),
).map(({ value, label, validFor }) => ({ kind: 'json' as const, value, label, validFor }));

/** (b) arbitrary JSON: any JSON value, anything serialised, arbitrary fields merged into a valid event. */
const arbitraryJson: fc.Arbitrary<Case> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => ({ kind: 'json' as const, value, label: 'fc.jsonValue' })),
  fc.jsonValue({ maxDepth: 4, depthSize: 'large' }).map((value) => ({ kind: 'json' as const, value, label: 'fc.jsonValue (large)' })),
  fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }).map((value) => ({ kind: 'json' as const, value, label: 'fc.anything' })),
  fc.tuple(validEvent, fc.dictionary(fc.oneof(pick(ALL_FIELDS), fc.string({ maxLength: 10 })), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 })).map(([e, extra]) => ({
    kind: 'json' as const,
    value: { ...e, ...extra },
    label: 'event with arbitrary fields',
  })),
  fc.tuple(validEvent, pick(OBJECT_FIELDS), fc.jsonValue({ maxDepth: 3 })).map(([e, f, v]) => ({ kind: 'json' as const, value: { ...e, [f]: v }, label: `arbitrary ${f}` })),
);

/** (c) bodies that are not JSON, or not what they say they are. */
const rawBody: fc.Arbitrary<Case> = fc.oneof(
  fc.string({ maxLength: 200 }).map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'random text as JSON' })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'random unicode as JSON' })),
  fc.uint8Array({ maxLength: 200 }).map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'random bytes as JSON' })),
  fc.tuple(validEvent, fc.nat()).map(([e, n]) => {
    const text = JSON.stringify(e);
    return { kind: 'raw' as const, body: text.slice(0, n % text.length), contentType: 'application/json', label: 'truncated JSON' };
  }),
  fc.tuple(validEvent, fc.nat(), fc.constantFrom('}', '{', ']', ',', '"', ':', '\\', 'NaN', 'undefined', '1e999', '\u0000', '//', '/*', "'")).map(([e, n, junk]) => {
    const text = JSON.stringify(e);
    const at = n % text.length;
    return { kind: 'raw' as const, body: text.slice(0, at) + junk + text.slice(at), contentType: 'application/json', label: `JSON with ${JSON.stringify(junk)} spliced in` };
  }),
  fc.tuple(validEvent, fc.constantFrom('1e999', '-1e999', '1e400', '123456789012345678901234567890', '-0', '0.0000000000000000000000000000001e-400')).map(([e, n]) => ({
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
  fc.tuple(validEvent, pick(['eventId', 'integration', 'source'])).map(([e, key]) => ({
    kind: 'raw' as const,
    body: JSON.stringify(e).replace(/^\{/, `{"${key}":"first",`),
    contentType: 'application/json',
    label: `duplicate key ${key}`,
  })),
  fc.tuple(validEvent, fc.constantFrom('\ufeff', ' \n\t', '\u00a0')).map(([e, pre]) => ({ kind: 'raw' as const, body: pre + JSON.stringify(e), contentType: 'application/json', label: 'JSON with a leading BOM/space' })),
  validEvent.map((e) => ({ kind: 'raw' as const, body: Buffer.concat([Buffer.from(JSON.stringify(e).slice(0, -1)), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('}')]), contentType: 'application/json', label: 'invalid UTF-8 in JSON' })),
  fc.constantFrom('', ' ', 'null', 'undefined', '{', '[', '{}{}', '{"events":', '<xml/>', 'eventId=1&integration=x', '\u0000', '\ufeff').map((body) => ({ kind: 'raw' as const, body, contentType: 'application/json', label: 'short non-JSON' })),
  fc.tuple(validEvent, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/JSON', 'application/vnd.api+json', 'text/yaml', 'image/png', ';;;', 'application/json;')).map(
    ([e, contentType]) => ({ kind: 'raw' as const, body: JSON.stringify(e), contentType, label: `event as ${contentType}` }),
  ),
  fc.tuple(fc.string({ maxLength: 100 }), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/yaml')).map(([body, contentType]) => ({ kind: 'raw' as const, body, contentType, label: `text as ${contentType}` })),
  fc.constantFrom('__proto__=1', 'eventId=1&integration=x', 'events=1&events=2', 'source[id]=1', 'a=%00', '=&=&').map((body) => ({ kind: 'raw' as const, body, contentType: 'application/x-www-form-urlencoded', label: 'form body' })),
  validEvent.map((e) => ({ kind: 'raw' as const, body: Buffer.from(JSON.stringify(e)), label: 'event without a content type' })),
);

const anyCase: fc.Arbitrary<Case> = fc.oneof({ arbitrary: mutatedEvent, weight: 6 }, { arbitrary: arbitraryJson, weight: 2 }, { arbitrary: rawBody, weight: 2 });

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
    console.error(`fuzz ${endpoint} failed (fast-check seed ${seed}): reproduce with FUZZ_SEED=${SEED} npx vitest run --project e2e test/fuzz.e2e-spec.ts`);
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
      const count = (from: number, to: number) => [...statuses].filter(([s]) => s >= from && s < to).reduce((n, [, k]) => n + k, 0);
      expect(count(200, 300)).toBeGreaterThan(50);
      expect(count(400, 500)).toBeGreaterThan(50);
      await expectHealthy();
    },
    90_000,
  );
});
