// Generators and an HTTP client for fuzzing every route the service serves (test/fuzz-routes.e2e-spec.ts):
// query strings, path parameters and bodies. The client is node:http with a keep-alive agent rather than
// fetch: fetch normalises the URL first (".." segments resolved, "%2e" decoded), and the point is to send
// exactly the request target that was generated.
import http from 'node:http';
import fc from 'fast-check';
import { deeplyNested, nastyString, ODD_CONTENT_TYPES, wrongTyped } from './event-arbitraries';

// ---------------------------------------------------------------------------------------------------
// HTTP

export interface Answer {
  status: number;
  text: string;
  json?: unknown;
}

export interface Sent {
  method: string;
  /** the request target, exactly as sent */
  path: string;
  contentType?: string;
  body?: string | Buffer;
}

export class HangError extends Error {}

/** Keep-alive requests to one listening server, with a deadline each: a request that is not answered in time is a hang. */
export class FuzzClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    private readonly headers: Record<string, string>,
    maxSockets: number,
    private readonly deadlineMs = 15_000,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  send(request: Sent, retried = false): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...this.headers };
      if (request.contentType !== undefined) headers['content-type'] = request.contentType;
      if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
      const req = http.request(
        { host: '127.0.0.1', port: this.port, method: request.method, path: request.path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            clearTimeout(timer);
            const text = Buffer.concat(chunks).toString('utf8');
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode ?? 0, text, json });
          });
        },
      );
      const timer = setTimeout(() => {
        req.destroy();
        reject(new HangError(`no answer within ${this.deadlineMs} ms`));
      }, this.deadlineMs);
      req.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        // the server closed an idle keep-alive connection as this request went out on it: send again on a new one, as any client would
        if (req.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up') && !retried)
          resolve(this.send(request, true));
        else reject(error);
      });
      req.end(request.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * What every answer must be: below 500, and a 4xx in Seam's error shape { statusCode, error, message: [lines] }.
 * 429 cannot occur (the limits are lifted for the run). HEAD answers carry no body to check.
 */
export function contractBreach(
  method: string,
  answer: Answer,
  foreignShape?: (body: Record<string, unknown>) => boolean,
): string | undefined {
  const { status } = answer;
  if (status >= 500) return `status ${status}: a 5xx`;
  if (status === 429) return '429 although the rate limits are lifted for this run';
  if (status < 400 || method === 'HEAD') return undefined;
  const body = answer.json as { statusCode?: unknown; error?: unknown; message?: unknown } | undefined;
  if (body === null || typeof body !== 'object') return '4xx body is not JSON';
  if (foreignShape?.(body)) return undefined;
  if (body.statusCode !== status || typeof body.error !== 'string')
    return '4xx body is not { statusCode, error, message }';
  const lines = body.message;
  if (!Array.isArray(lines) || lines.length === 0 || !lines.every((line) => typeof line === 'string'))
    return '4xx message is not a non-empty list of lines';
  return undefined;
}

export function describeSent(sent: Sent): string {
  const body =
    sent.body === undefined
      ? ''
      : ` [${sent.contentType ?? 'no content-type'}] ${typeof sent.body === 'string' ? JSON.stringify(sent.body) : `bytes ${sent.body.toString('hex')}`}`;
  return `${sent.method} ${sent.path}${body}`.slice(0, 3000);
}

// ---------------------------------------------------------------------------------------------------
// Encoding

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes every byte of the UTF-8 form but the unreserved characters (a lone surrogate becomes U+FFFD, as any client sends it). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Leaves printable ASCII as it is (so "%", "%zz", "+" and "[" reach the parser raw) and escapes the rest, and whatever would end the part. */
function looselyEncoded(text: string, ends: RegExp): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += code > 0x20 && code < 0x7f && !ends.test(char) ? char : percentEncode(char);
  }
  return out;
}

/** Escapes that are broken, overlong, or decode to something awkward: invalid, NUL, "/", "..", surrogates, bidi overrides. */
export const RAW_ESCAPES = [
  '%',
  '%%',
  '%zz',
  '%0',
  '%00',
  '%C0%AF',
  '%C0%80',
  '%ED%A0%80',
  '%ED%BF%BF',
  '%FF',
  '%FF%FE',
  '%E2%80%AE',
  '%EF%BB%BF',
  '%2F',
  '%5C',
  '%2e',
  '%2E%2E',
  '%0A',
  '%0D%0A',
  '%09',
  '%20',
  '%7F',
  '%F0%9F%98%80',
];

// ---------------------------------------------------------------------------------------------------
// Query strings

export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
  'toJSON',
  'then',
  'length',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  '__proto__.polluted',
  'constructor.prototype.polluted',
];

const GENERIC_QUERY_KEYS = [
  'q',
  'limit',
  'cursor',
  'since',
  'until',
  'status',
  'format',
  'days',
  'page',
  'sort',
  'order',
  'id',
  'integration',
  'team',
  'classification',
  'owner',
  'record',
  'system',
  'entity',
  'issueId',
  'drillId',
  'jobId',
  'start',
  'end',
  'a',
  'a[]',
  'a[b]',
  'a.b',
  '',
];

const QUERY_VALUES = [
  '',
  'true',
  'false',
  'null',
  'undefined',
  '0',
  '-1',
  '1',
  '500',
  '501',
  '99999999999999999999',
  '1e999',
  '-1e999',
  'NaN',
  'Infinity',
  '0x1F',
  '1.5',
  '٣',
  '２',
  '2026-W01',
  '2026-13-45',
  '2026-11-02',
  '2026-11-02T01:00:00Z',
  '+275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59Z',
  'yesterday',
  '1700000000',
  'json',
  'html',
  'markdown',
  'yaml',
  'dead',
  'queued',
  'defect',
  'needs_triage',
  'open',
  'resolved',
  '[]',
  '{}',
  '[object Object]',
  'eyJ0ZXN0IjoxfQ',
  'AAAA',
  '====',
  '*',
  '%',
  '\\',
  "'",
  '"',
];

/** An opaque cursor as a client might tamper with it: base64 of JSON of some shape, or of junk. */
const cursorLike = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  fc
    .tuple(fc.date({ noInvalidDate: true }), fc.uuid())
    .map(([at, id]) => Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString('base64url')),
);

const queryValue = fc.oneof(
  { arbitrary: fc.constantFrom(...QUERY_VALUES), weight: 4 },
  { arbitrary: fc.uuid(), weight: 1 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: nastyString, weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: cursorLike, weight: 1 },
);

/**
 * Wire text of `bytes` bytes or so: mostly within what Node's HTTP parser takes in a request head
 * (16 KiB in all), sometimes beyond it, where the answer is a 431 before any route is matched.
 */
const huge = (units: string[]) =>
  fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.integer({ min: 1000, max: 12_000 }), weight: 9 },
        { arbitrary: fc.integer({ min: 16_500, max: 20_000 }), weight: 1 },
      ),
      fc.constantFrom(...units),
    )
    .map(([bytes, unit]) => unit.repeat(Math.ceil(bytes / unit.length)));

/** A key or value as it appears on the wire: cleanly percent-encoded, loosely (raw "%", "+", "[" left in), or a broken escape. */
function onTheWire(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: text.map(percentEncode), weight: 3 },
    { arbitrary: text.map((value) => looselyEncoded(value, /[&=#]/)), weight: 2 },
    {
      arbitrary: fc
        .tuple(text, fc.constantFrom(...RAW_ESCAPES))
        .map(([value, escape]) => percentEncode(value) + escape),
      weight: 1,
    },
  );
}

/** A query string (without "?"): random keys (the route's own, generic and prototype names), values, arrays, brackets, broken escapes. */
export function queryString(routeKeys: string[]): fc.Arbitrary<string> {
  const key = onTheWire(
    fc.oneof(
      { arbitrary: fc.constantFrom(...new Set([...routeKeys, ...GENERIC_QUERY_KEYS])), weight: 4 },
      { arbitrary: fc.constantFrom(...PROTOTYPE_NAMES), weight: 2 },
      { arbitrary: nastyString, weight: 1 },
    ),
  );
  const value = onTheWire(queryValue);
  const pair = fc.oneof(
    { arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`), weight: 6 },
    { arbitrary: key, weight: 1 },
    { arbitrary: value.map((v) => `=${v}`), weight: 1 },
    // arrays: a=1&a=2, a[]=1, a[0]=1, a[x][y]=1
    {
      arbitrary: fc
        .tuple(key, fc.array(value, { minLength: 2, maxLength: 5 }))
        .map(([k, vs]) => vs.map((v) => `${k}=${v}`).join('&')),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(key, value, fc.constantFrom('[]', '[0]', '[x][y]', '[__proto__]', '[constructor][prototype]', '[', ']'))
        .map(([k, v, b]) => `${k}${b}=${v}`),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom(
        ...RAW_ESCAPES,
        '&',
        '=',
        '==',
        '&&',
        ';',
        '?',
        '+',
        '[]=',
        '__proto__=',
        'constructor=',
        'toString=',
      ),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(key, huge(['a', '%00', '%C3%A9', '%25', '%', '%E2%80%AE'])).map(([k, v]) => `${k}=${v}`),
      weight: 1,
    },
  );
  return fc.array(pair, { minLength: 1, maxLength: 8 }).map((pairs) => pairs.join('&'));
}

// ---------------------------------------------------------------------------------------------------
// Path parameters

const PATH_CONSTANTS = [
  '.',
  '..',
  '...',
  '.%2e',
  '%2e%2e',
  '%2E%2E%2F..%2Fetc%2Fpasswd',
  '..%2F..%2Fpackage.json',
  '%2F',
  '%2f%2f',
  '%5C',
  '%00',
  'a%00b',
  '%00.js',
  '%',
  '%zz',
  '%C0%AF',
  '%ED%A0%80',
  '%FF',
  '%E2%80%AE',
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'then',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  '1e999',
  '99999999999999999999',
  '%20',
  '+',
  ';',
  ';a=b',
  ':id',
  '*',
  '~',
  "!$'()*,",
  'app.js',
  'app.css',
  'index.html',
  'app.js%00.html',
  'APP.JS',
  'pipeline',
  'failed',
  'latest',
  'drill:x',
];

const uuidish = fc
  .uuid()
  .chain((id) =>
    fc.constantFrom(
      id,
      id.toUpperCase(),
      id.replaceAll('-', ''),
      `{${id}}`,
      `${id}0`,
      id.slice(0, 35),
      `urn:uuid:${id}`,
      `${id}%20`,
      `%20${id}`,
      `${id}%00`,
      id.replace(/[0-9a-f]$/, 'g'),
      `${id}.json`,
    ),
  );

/** One path segment as sent: random text encoded, UUID-ish, NUL, dots, broken escapes, prototype names, very long. */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...PATH_CONSTANTS), weight: 4 },
  { arbitrary: uuidish, weight: 3 },
  { arbitrary: nastyString.map(percentEncode), weight: 3 },
  { arbitrary: nastyString.map((value) => looselyEncoded(value, /[/?#]/)), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(percentEncode), weight: 2 },
  {
    arbitrary: fc
      .tuple(
        fc.string({ minLength: 0, maxLength: 10 }).map(percentEncode),
        fc.constantFrom(...RAW_ESCAPES, '..', '.', '%2e%2e'),
      )
      .map(([a, b]) => a + b),
    weight: 2,
  },
  { arbitrary: huge(['a', '%00', '..%2F', '%E2%80%AE', '.']), weight: 1 },
);

// ---------------------------------------------------------------------------------------------------
// Bodies

export interface BodyCase {
  contentType?: string;
  body: string | Buffer;
  label: string;
}

/** The part of an OpenAPI schema the generator reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
}

/** A value of the shape a schema describes, sensible enough that the handler has a chance of taking it. */
export function fromSchema(schema: Schema, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return fromSchema(components[schema.$ref.split('/').pop()!] ?? {}, components, depth);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => fromSchema(variant, components, depth)));
  if (schema.allOf?.length) return fromSchema(schema.allOf[0], components, depth);
  const value = ((): fc.Arbitrary<unknown> => {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'string':
        return schema.example !== undefined
          ? fc.oneof(fc.constant(schema.example), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }))
          : fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 });
      case 'number':
      case 'integer':
        return schema.example !== undefined
          ? fc.oneof(fc.constant(schema.example), fc.integer({ min: 0, max: 1000 }))
          : fc.integer({ min: 0, max: 1000 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 4
          ? fc.constant([])
          : fc.array(fromSchema(schema.items ?? {}, components, depth + 1), { maxLength: 3 });
      case 'object':
      case undefined: {
        const properties = Object.entries(schema.properties ?? {});
        if (properties.length === 0 || depth > 4)
          return fc.dictionary(fc.string({ unit: 'grapheme-ascii', maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), {
            maxKeys: 4,
          });
        const record = Object.fromEntries(
          properties.map(([name, property]) => [name, fromSchema(property, components, depth + 1)]),
        );
        return fc.record(record, { requiredKeys: (schema.required ?? []).filter((name) => name in record) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
}

/** Every property name the OpenAPI document knows: the vocabulary of bodies for routes that declare no schema. */
export function vocabularyOf(components: Record<string, Schema>): string[] {
  return [...new Set(Object.values(components).flatMap((schema) => Object.keys(schema.properties ?? {})))];
}

/** Paths to every key and element of a JSON value, the root included (as []). */
function pathsOf(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  out.push(path);
  if (value !== null && typeof value === 'object' && path.length < 6)
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

type Bend = 'drop' | 'retype' | 'nasty' | 'extra' | 'prototype';

/** The value with one thing wrong at a chosen place: a key dropped, a value of another type or nasty text, an unknown or prototype-named key added. */
function bend(value: unknown, at: number, how: Bend, replacement: unknown, text: string, key: string): unknown {
  const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
  const paths = pathsOf(copy);
  const path = paths[at % paths.length];
  if (path.length === 0) {
    if (how === 'extra' || how === 'prototype')
      return copy !== null && typeof copy === 'object' && !Array.isArray(copy)
        ? { ...copy, [key]: replacement }
        : { [key]: replacement };
    return how === 'nasty' ? text : replacement;
  }
  let parent = copy as Record<string, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (how === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 'retype') parent[last] = replacement;
  else if (how === 'nasty') parent[last] = text;
  else {
    // a key on an object; never on an array, where "length" would not be a key
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[key] = replacement;
    else if (!Array.isArray(parent)) parent[key] = replacement;
    else parent[last] = { [key]: replacement };
  }
  return copy;
}

const JSON_TYPE = 'application/json';

const YAML_TEXTS = [
  'a: &a [1, 2]\nb: [*a, *a]\nc: [*b, *b]\n',
  'teams:\n  - slug: fuzz\n    name: Fuzz\n',
  '--- !!js/function "function () {}"\n',
  'a: !!binary AAAA\n',
  '? [a, b]\n: c\n',
  '{{{{',
  'teams: &t\n  - *t\n',
  '\t- bad indent',
  '__proto__:\n  polluted: true\n',
  'constructor:\n  prototype:\n    polluted: true\n',
];

/** A JSON body of some other shape, from the DTO's (where the route has one) or from the document's vocabulary (where it has none). */
function jsonBodies(shape: fc.Arbitrary<unknown>): fc.Arbitrary<BodyCase> {
  const json = (label: string) => (value: unknown) => ({
    contentType: JSON_TYPE,
    body: JSON.stringify(value) ?? '',
    label,
  });
  const bent = fc
    .tuple(
      shape,
      fc.nat(),
      fc.constantFrom<Bend>('drop', 'retype', 'nasty', 'extra', 'prototype'),
      wrongTyped,
      nastyString,
      fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyString),
    )
    .map(([value, at, how, replacement, text, key]) => ({
      contentType: JSON_TYPE,
      body: JSON.stringify(bend(value, at, how, replacement, text, how === 'prototype' ? key : `x${key}`)) ?? '',
      label: `bent (${how})`,
    }));
  // spliced in as text: a "__proto__" key set on an object literal would be its prototype, not a key on the wire
  const protoSpliced = fc
    .tuple(shape, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'))
    .map(([value, key]) => {
      const text = JSON.stringify(value) ?? 'null';
      return {
        contentType: JSON_TYPE,
        body:
          text.startsWith('{') && text !== '{}'
            ? `{"${key}":{"polluted":true},${text.slice(1)}`
            : `{"${key}":{"polluted":true}}`,
        label: `${key} key`,
      };
    });
  return fc.oneof(
    { arbitrary: shape.map(json('valid-ish')), weight: 3 },
    { arbitrary: bent, weight: 5 },
    { arbitrary: protoSpliced, weight: 1 },
  );
}

/** Bodies for one route: its DTO bent (when it has one), any JSON value, and bytes that are not JSON or not what their content type says. */
export function bodyCase(shape: fc.Arbitrary<unknown>): fc.Arbitrary<BodyCase> {
  const anyJson = fc.oneof(
    fc
      .jsonValue({ maxDepth: 5 })
      .map((value) => ({ contentType: JSON_TYPE, body: JSON.stringify(value), label: 'fc.jsonValue' })),
    fc
      .anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true })
      .map((value) => ({ contentType: JSON_TYPE, body: JSON.stringify(value) ?? '', label: 'fc.anything' })),
    deeplyNested.map((value) => ({ contentType: JSON_TYPE, body: JSON.stringify(value), label: 'deeply nested' })),
    fc.integer({ min: 1000, max: 3000 }).map((n) => ({
      contentType: JSON_TYPE,
      body: JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
      label: 'wide object',
    })),
    fc
      .integer({ min: 60, max: 2000 })
      .map((n) => ({ contentType: JSON_TYPE, body: '['.repeat(n) + ']'.repeat(n), label: 'nested brackets' })),
  );
  const raw = fc.oneof(
    fc
      .tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(JSON_TYPE, ...ODD_CONTENT_TYPES))
      .map(([bytes, contentType]) => ({
        contentType,
        body: Buffer.from(bytes),
        label: `random bytes as ${contentType}`,
      })),
    fc
      .tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(JSON_TYPE, ...ODD_CONTENT_TYPES))
      .map(([body, contentType]) => ({ contentType, body, label: `random text as ${contentType}` })),
    fc.tuple(shape, fc.constantFrom(...ODD_CONTENT_TYPES)).map(([value, contentType]) => ({
      contentType,
      body: JSON.stringify(value) ?? '',
      label: `JSON as ${contentType}`,
    })),
    fc.tuple(shape, fc.nat()).map(([value, n]) => {
      const text = JSON.stringify(value) ?? '';
      return {
        contentType: JSON_TYPE,
        body: text.slice(0, text.length === 0 ? 0 : n % text.length),
        label: 'truncated JSON',
      };
    }),
    fc
      .tuple(
        shape,
        fc.nat(),
        fc.constantFrom('}', '{', ']', ',', '"', ':', '\\', 'NaN', '1e999', '\u0000', '//', "'", '\ud800'),
      )
      .map(([value, n, junk]) => {
        const text = JSON.stringify(value) ?? '';
        const at = text.length === 0 ? 0 : n % text.length;
        return {
          contentType: JSON_TYPE,
          body: text.slice(0, at) + junk + text.slice(at),
          label: `JSON with ${JSON.stringify(junk)} spliced in`,
        };
      }),
    fc.tuple(shape, fc.constantFrom('\ufeff', ' \n\t', '\u00a0')).map(([value, pre]) => ({
      contentType: JSON_TYPE,
      body: pre + (JSON.stringify(value) ?? ''),
      label: 'JSON with a leading BOM/space',
    })),
    shape.map((value) => ({
      contentType: JSON_TYPE,
      body: Buffer.concat([
        Buffer.from('{"x":"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
        Buffer.from(`","y":${JSON.stringify(value) ?? 'null'}}`),
      ]),
      label: 'invalid UTF-8 in JSON',
    })),
    fc
      .tuple(fc.constantFrom(...YAML_TEXTS), fc.constantFrom('text/yaml', 'application/yaml', 'text/plain', JSON_TYPE))
      .map(([body, contentType]) => ({ contentType, body, label: `YAML as ${contentType}` })),
    fc
      .constantFrom('', ' ', 'null', '{', '[', '{}{}', '"', '\u0000', '\ufeff', '__proto__=1', 'a=1&a=2', 'a[b]=1')
      .map((body) => ({ contentType: JSON_TYPE, body, label: 'short non-JSON' })),
    fc
      .constantFrom('__proto__=1', 'a=1&a=2', 'a[b]=1', 'key=x', '=&=&', 'a=%00')
      .map((body) => ({ contentType: 'application/x-www-form-urlencoded', body, label: 'form body' })),
    shape.map((value) => ({ body: JSON.stringify(value) ?? '', label: 'JSON without a content type' })),
  );
  return fc.oneof(
    { arbitrary: jsonBodies(shape), weight: 4 },
    { arbitrary: anyJson, weight: 2 },
    { arbitrary: raw, weight: 3 },
  );
}

/** A schemaless route's body: objects made of the words of the API, some right-typed by chance. */
export function vocabularyShape(words: string[]): fc.Arbitrary<unknown> {
  return fc.dictionary(
    fc.constantFrom(...words),
    fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
      fc.boolean(),
      fc.integer({ min: -5, max: 1000 }),
    ),
    { maxKeys: 6 },
  );
}
