// Generators of sync events, valid and broken, shared by the HTTP fuzz test and the unit test that holds
// the ingest fast path to class-validator.
import fc from 'fast-check';

export type Json = Record<string, unknown>;
export type Endpoint = '/v1/events' | '/v1/classify';
// ---------------------------------------------------------------------------------------------------
// Generators

/** Strings that hurt: control characters, NUL, bidi overrides, unpaired surrogates, emoji, quotes, injection. */
export const nastyChar = fc.constantFrom(
  'a',
  'Z',
  '0',
  ' ',
  '-',
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u2029',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ud83d',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  'ß',
  'İ',
  '中',
  '"',
  "'",
  '\\',
  '/',
  '%',
  '%s',
  '${x}',
  '{{x}}',
  '<script>',
  "'; DROP TABLE sync_event; --",
);
export const nastyString = fc.oneof(
  fc.string({ unit: nastyChar, minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

export const validDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
export const zonedDate = fc
  .tuple(validDate, fc.constantFrom('Z', '+00:00', '+10:00', '-05:30', '+1400', '-1200'))
  .map(([iso, zone]) => iso.replace(/Z$/, zone));

/** A sync event API.md accepts, with every optional field sometimes there. */
export const validEvent: fc.Arbitrary<Json> = fc
  .record(
    {
      eventId: fc.uuid().map((id) => `fz-${id}`),
      // printable ASCII is already NFKC; surrounding spaces are not a name's normal form (intake/domain/integration-name.ts)
      integration: fc.oneof(
        fc.constantFrom('shopify-netsuite-orders', 'crm-bc-invoices', 'pim-shopify-products'),
        fc
          .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 100 })
          .filter((name) => name.trim() === name && name !== ''),
      ),
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
        {
          system: fc.constantFrom('netsuite', 'business-central', 'quickbooks', 'xero'),
          entity: fc.constantFrom('salesOrder', 'customer', 'item'),
          id: fc.string({ minLength: 1, maxLength: 40 }),
          url: fc.webUrl(),
        },
        { requiredKeys: [] },
      ),
      error: fc.record(
        {
          message: fc.oneof(
            fc.constantFrom(
              'Invalid entity reference key 1042.',
              'An unexpected error occurred. Error ID: 7f3a9c',
              "The Customer does not exist. No.='C-1'",
              'Request failed with status code 500',
            ),
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
  .map(
    (event) =>
      JSON.parse(JSON.stringify(event), (key, value: unknown) =>
        key === '__proto__' || key === 'constructor' ? undefined : value,
      ) as Json,
  );

export const STRING_FIELDS = ['eventId', 'integration', 'occurredAt', 'runId', 'operation', 'release', 'status'];
export const OBJECT_FIELDS = ['source', 'target', 'error', 'payload'];
export const ALL_FIELDS = [...STRING_FIELDS, ...OBJECT_FIELDS, 'attempt'];

/** A value of some other JSON type than a field expects. */
export const wrongTyped = fc.oneof(
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

export const hugeNumber = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    2 ** 53,
    5e-324,
    0.5,
    -0,
    -1,
    0,
    1001,
    2 ** 31,
    -(2 ** 31) - 1,
    1e21,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(Number),
);

export const badDate = fc.oneof(
  fc.constantFrom(
    'yesterday',
    '',
    ' ',
    'now',
    '2026-11-02',
    '2026-11-02T01:00:00',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-11-02T25:00:00Z',
    '2026-11-02T24:00:00Z',
    '2026-11-02T01:60:00Z',
    '2026-11-02T01:00:61Z',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '-0001-01-01T00:00:00Z',
    '+002026-11-02T01:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '9999-12-31T23:59:59.999999999Z',
    '2026-W45-1T01:00:00Z',
    '2026-306T01:00:00Z',
    '2026-11-02T01:00:00,5Z',
    '2026-11-02T01:00:00+99:99',
    '2026-11-02T01:00:00+14:00',
    '2026-11-02T01:00:00-23:59',
    '2026-11-02 01:00:00Z',
    '20261102T010000Z',
    '2026-11-02T01Z',
    '2026-11-02T01:00Z',
    'Mon, 02 Nov 2026 01:00:00 GMT',
    '1700000000',
    'NaN',
    'Infinity',
    'null',
    '2026-11-02T01:00:00.123456789012345678901234567890Z',
    '2026-11-02T01:00:00ZZ',
    '２０２６-11-02T01:00:00Z',
    '2026-11-02T01:00:00\u0000Z',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  // date-ish strings put together from the pieces ISO 8601 is made of: week dates, ordinals, basic format, odd offsets
  fc
    .array(
      fc.constantFrom(
        '2026',
        '-',
        '11',
        '02',
        'T',
        't',
        ' ',
        '01',
        ':',
        '00',
        '.',
        '5',
        ',',
        'Z',
        'z',
        '+',
        '14',
        '15',
        '16',
        '23',
        '59',
        'W',
        '45',
        '306',
        '0000',
        '24',
        '60',
        '99',
      ),
      { minLength: 4, maxLength: 14 },
    )
    .map((parts) => parts.join('')),
  fc.constantFrom(
    '2026306T010000Z',
    '2026-W45T01:00Z',
    '2026W451T010000Z',
    '2026-11-02T01:00:00+16:00',
    '2026-11-02T01:00:00-15:59',
    '241102T0000Z',
    '2026-11-02T0100Z',
  ),
  fc.integer().map((n) => n),
  fc.string({ maxLength: 30 }),
);

/** A JSON value nested `depth` levels deep, as objects or arrays. */
export const deeplyNested = fc.tuple(fc.integer({ min: 20, max: 80 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { child: value };
  return value;
});

/** Odd key names: empty, prototype names, dots, spaces, control characters. */
export const oddKey = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'constructor',
    'toString',
    'hasOwnProperty',
    'prototype',
    'valueOf',
    '__defineGetter__',
    'length',
    '0',
    'a.b',
    'events',
    'priority',
    'Status',
    'EVENTID',
    '$where',
    '\u0000',
    '\u202e',
    '😀',
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
);

/** Content types a JSON body may be sent under that are not plain application/json: odd, wrong or malformed. */
export const ODD_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/JSON',
  'application/vnd.api+json',
  'text/yaml',
  'application/yaml',
  'application/x-yaml',
  'image/png',
  ';;;',
  'application/json;',
  'application/json; charset=utf-8; x=y',
  '*/*',
  'text/html',
];

export const pick = <T>(items: T[]) => fc.constantFrom(...items);

export type Mutation = fc.Arbitrary<{ value: unknown; label: string; validFor?: Endpoint[] }>;

/** (a) a valid event with one thing wrong with it (or several). */
export const mutations: Mutation[] = [
  fc.tuple(validEvent, pick(ALL_FIELDS)).map(([e, f]) => {
    delete e[f];
    return { value: e, label: `drop ${f}` };
  }),
  fc.tuple(validEvent, pick(['system', 'entity', 'id']), pick(['source', 'target'])).map(([e, f, o]) => {
    const inner = (e[o] ?? {}) as Json;
    delete inner[f];
    return { value: { ...e, [o]: inner }, label: `drop ${o}.${f}` };
  }),
  fc
    .tuple(validEvent, pick(ALL_FIELDS), wrongTyped)
    .map(([e, f, v]) => ({ value: { ...e, [f]: v }, label: `swap type of ${f}` })),
  fc
    .tuple(
      validEvent,
      pick(['source', 'target', 'error']),
      pick(['system', 'entity', 'id', 'url', 'label', 'message', 'code', 'httpStatus', 'field', 'details']),
      wrongTyped,
    )
    .map(([e, o, f, v]) => ({
      value: { ...e, [o]: { ...((e[o] as Json) ?? {}), [f]: v } },
      label: `swap type of ${o}.${f}`,
    })),
  fc
    .tuple(
      validEvent,
      pick([
        ...STRING_FIELDS,
        'source.id',
        'source.system',
        'source.url',
        'target.entity',
        'error.message',
        'error.code',
        'error.field',
      ]),
      fc.constantFrom(101, 201, 1001, 2001, 8193, 20_000, 70_000),
    )
    .map(([e, f, n]) => {
      const long = 'x'.repeat(n);
      const [outer, inner] = f.split('.');
      const value = inner
        ? {
            ...e,
            [outer]: { ...((e[outer] as Json) ?? {}), [inner]: inner === 'url' ? `https://example.com/${long}` : long },
          }
        : { ...e, [outer]: long };
      return { value, label: `overlong ${f} (${n})` };
    }),
  fc.tuple(validEvent, pick(['payload', 'error.details'])).map(([e, f]) => {
    const blob = { blob: 'x'.repeat(f === 'payload' ? 65_537 : 16_385) };
    return {
      value: f === 'payload' ? { ...e, payload: blob } : { ...e, error: { message: 'x', details: blob } },
      label: `oversize ${f}`,
    };
  }),
  fc.tuple(validEvent, pick(['payload', 'error.details', 'source', 'extra']), deeplyNested).map(([e, f, deep]) => {
    if (f === 'payload') return { value: { ...e, payload: { deep } }, label: 'deep payload' };
    if (f === 'error.details')
      return { value: { ...e, error: { message: 'x', details: { deep } } }, label: 'deep error.details' };
    if (f === 'source') return { value: { ...e, source: deep }, label: 'deep source' };
    return { value: { ...e, nested: deep }, label: 'deep unknown field' };
  }),
  fc
    .tuple(
      validEvent,
      pick([
        ...STRING_FIELDS,
        'source.system',
        'source.entity',
        'source.id',
        'source.label',
        'target.system',
        'target.id',
        'error.message',
        'error.code',
        'error.field',
      ]),
      nastyString,
    )
    .map(([e, f, s]) => {
      const [outer, inner] = f.split('.');
      const value = inner ? { ...e, [outer]: { ...((e[outer] as Json) ?? {}), [inner]: s } } : { ...e, [outer]: s };
      return { value, label: `unicode/control in ${f}` };
    }),
  fc
    .tuple(
      validEvent,
      fc.dictionary(nastyString, nastyString, { minKeys: 1, maxKeys: 4 }),
      pick(['payload', 'error.details']),
    )
    .map(([e, d, f]) => ({
      value:
        f === 'payload'
          ? { ...e, payload: d }
          : { ...e, error: { ...((e.error as Json) ?? {}), message: 'x', details: d } },
      label: `unicode/control keys in ${f}`,
    })),
  fc.tuple(validEvent, pick(['attempt', 'error.httpStatus', 'eventId', 'payload.n']), hugeNumber).map(([e, f, n]) => {
    if (f === 'error.httpStatus')
      return {
        value: { ...e, error: { ...((e.error as Json) ?? {}), message: 'x', httpStatus: n } },
        label: `number ${f}`,
      };
    if (f === 'payload.n') return { value: { ...e, payload: { n } }, label: `number ${f}` };
    return { value: { ...e, [f]: n }, label: `number ${f}` };
  }),
  fc.tuple(validEvent, pick([...ALL_FIELDS, 'source.id', 'error.message', 'target.system'])).map(([e, f]) => {
    const [outer, inner] = f.split('.');
    const value = inner ? { ...e, [outer]: { ...((e[outer] as Json) ?? {}), [inner]: null } } : { ...e, [outer]: null };
    return { value, label: `null ${f}` };
  }),
  fc
    .tuple(validEvent, pick(OBJECT_FIELDS), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }))
    .map(([e, f, arr]) => ({ value: { ...e, [f]: [e[f] ?? {}, ...arr] }, label: `array for ${f}` })),
  fc
    .tuple(validEvent, pick(['', 'source', 'target', 'error']), oddKey, fc.jsonValue({ maxDepth: 2 }))
    .map(([e, where, key, v]) => {
      if (!where) return { value: { ...e, [key]: v }, label: `unknown field ${JSON.stringify(key)}` };
      return {
        value: { ...e, [where]: { ...((e[where] as Json) ?? {}), [key]: v } },
        label: `unknown field ${where}.${JSON.stringify(key)}`,
      };
    }),
  fc
    .tuple(validEvent, badDate)
    .map(([e, d]) => ({ value: { ...e, occurredAt: d }, label: `bad date ${JSON.stringify(d)}` })),
  fc.tuple(validEvent, pick(['failed', 'succeeded', 'FAILED', 'ok', '', 'pending'])).map(([e, s]) => {
    delete e.error;
    return { value: { ...e, status: s }, label: `status ${s} without error` };
  }),
  // batch wrappers with odd shapes
  fc
    .array(validEvent, { minLength: 1, maxLength: 8 })
    .map((events) => ({ value: { events }, label: 'valid batch', validFor: ['/v1/events'] as Endpoint[] })),
  fc
    .tuple(fc.array(validEvent, { minLength: 0, maxLength: 5 }), fc.nat({ max: 5 }), wrongTyped)
    .map(([events, i, bad]) => {
      events.splice(Math.min(i, events.length), 0, bad as Json);
      return { value: { events }, label: 'batch with a non-event' };
    }),
  fc.tuple(fc.array(validEvent, { minLength: 1, maxLength: 4 }), pick(ALL_FIELDS)).map(([events, f]) => {
    delete events[events.length - 1][f];
    return { value: { events }, label: `batch whose last event has no ${f}` };
  }),
  wrongTyped.map((w) => ({ value: { events: w }, label: 'events of the wrong type' })),
  fc
    .tuple(fc.array(validEvent, { minLength: 1, maxLength: 3 }), oddKey, fc.jsonValue({ maxDepth: 1 }))
    .map(([events, key, v]) => ({ value: { events, [key]: v }, label: `batch with extra ${JSON.stringify(key)}` })),
  fc
    .array(validEvent, { minLength: 1, maxLength: 3 })
    .map((events) => ({ value: { events: [{ events }] }, label: 'batch in a batch' })),
  fc
    .array(validEvent, { minLength: 1, maxLength: 3 })
    .map((events) => ({ value: { events: [events] }, label: 'batch of arrays' })),
  fc
    .array(validEvent, { minLength: 1, maxLength: 3 })
    .map((events) => ({ value: { Events: events }, label: 'batch under the wrong name' })),
  fc
    .array(validEvent, { minLength: 1, maxLength: 3 })
    .map((events) => ({ value: { events: { ...events } }, label: 'batch as an object' })),
  fc.constant(null).map(() => ({
    value: { events: Array.from({ length: 1001 }, (_, i) => ({ eventId: `fz-over-${i}` })) },
    label: 'batch over 1000',
  })),
  validEvent.map((e) => ({ value: [e], label: 'event wrapped in an array' })),
  fc
    .constantFrom(null, 0, 1, true, false, 'event', '', [], {})
    .map((v) => ({ value: v, label: `body ${JSON.stringify(v)}` })),
  // several things wrong at once
  fc
    .tuple(
      validEvent,
      fc.uniqueArray(pick(ALL_FIELDS), { minLength: 2, maxLength: 5 }),
      fc.array(wrongTyped, { minLength: 5, maxLength: 5 }),
    )
    .map(([e, fields, vals]) => {
      fields.forEach((f, i) => (e[f] = vals[i]));
      return { value: e, label: `swap types of ${fields.join(', ')}` };
    }),
];
