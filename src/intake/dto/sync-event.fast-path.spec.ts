import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutations, validEvent } from '../../../test/support/event-arbitraries';
import { unacceptableValueAt, validateAs } from '../../platform/http/validation';
import { SourceRecordDto, SyncEventDto } from './sync-event.dto';
import { certainlyValidSyncEvent, validateSyncEvent } from './sync-event.fast-path';

/** 2,000 generated events take about a second; a loaded machine gets room, a hang still ends the test. */
const PROPERTY_TIMEOUT_MS = 60_000;

const base = {
  eventId: 'evt-1',
  integration: 'shopify-netsuite-orders',
  occurredAt: '2026-11-02T01:00:00Z',
  source: { system: 'shopify', entity: 'order', id: '5012' },
  error: { message: 'Invalid entity reference key 1042.' },
};

// class-transformer's copy of free-form JSON (payload, error.details) silently drops keys that name a method
// of Object.prototype ("toString", "valueOf"); the fast path keeps what was sent, so compare without them.
const withoutPrototypeNames = (value: unknown): string =>
  JSON.stringify(value, (key, inner: unknown) => (key in Object.prototype ? undefined : inner));

/** The fast path may only ever agree with class-validator, or pass the event on to it. */
function expectAgreement(plain: unknown): 'fast' | 'deferred' {
  const fast = certainlyValidSyncEvent(structuredClone(plain));
  if (!fast) return 'deferred';
  const { value, errors } = validateAs(SyncEventDto, structuredClone(plain));
  expect(errors).toEqual([]);
  expect(fast).toBeInstanceOf(SyncEventDto);
  expect(fast.source).toBeInstanceOf(SourceRecordDto);
  // stored bodies are JSON.stringify of the event: the same keys in the same order, the same values
  expect(withoutPrototypeNames(fast)).toBe(withoutPrototypeNames(value));
  return 'fast';
}

describe('certainlyValidSyncEvent', () => {
  it.each<[string, Record<string, unknown>]>([
    ['the minimal failed event', base],
    ['a succeeded event without an error', { ...base, status: 'succeeded', error: undefined }],
    [
      'every optional field',
      {
        ...base,
        status: 'failed',
        runId: 'r1',
        operation: 'create',
        release: '2.4.0',
        attempt: 3,
        payload: { lines: [{ sku: 'A' }] },
        target: { system: 'netsuite', entity: 'salesOrder', id: 'SO1', url: 'https://ns.example/so/1' },
        error: { message: 'm', code: 'C', httpStatus: 400, field: 'f', details: { a: 1 } },
      },
    ],
    [
      'a source url without a tld',
      { ...base, source: { ...base.source, url: 'http://localhost:3000/orders/1', label: 'Order 1' } },
    ],
  ])('takes %s, exactly as class-validator does', (_, event) => {
    expect(expectAgreement(JSON.parse(JSON.stringify(event)))).toBe('fast');
  });

  it.each<[string, unknown]>([
    ['no error on a failed event', { ...base, error: undefined }],
    ['an unknown field', { ...base, priority: 'high' }],
    ['an unknown nested field', { ...base, source: { ...base.source, sku: 'A' } }],
    ['an empty eventId', { ...base, eventId: '' }],
    ['an eventId of 201 characters', { ...base, eventId: 'x'.repeat(201) }],
    ['a timestamp without a zone', { ...base, occurredAt: '2026-11-02T01:00:00' }],
    ['a week date', { ...base, occurredAt: '2026-W45-1T01:00:00Z' }],
    ['February 30', { ...base, occurredAt: '2026-02-30T01:00:00Z' }],
    ['an unknown status', { ...base, status: 'pending' }],
    ['attempt 0', { ...base, attempt: 0 }],
    ['attempt 1.5', { ...base, attempt: 1.5 }],
    ['httpStatus 600', { ...base, error: { message: 'm', httpStatus: 600 } }],
    ['an empty error message', { ...base, error: { message: '' } }],
    ['a message over 8 KB', { ...base, error: { message: 'é'.repeat(4097) } }],
    ['a payload over 64 KB', { ...base, payload: { blob: 'x'.repeat(65_537) } }],
    ['a payload that is an array', { ...base, payload: [1, 2] }],
    ['a url without a protocol', { ...base, source: { ...base.source, url: 'example.com/1' } }],
    ['a source that is a string', { ...base, source: 'shopify' }],
    ['an array', [base]],
    ['null', null],
  ])('leaves %s to class-validator', (_, event) => {
    expect(certainlyValidSyncEvent(event === undefined ? event : JSON.parse(JSON.stringify(event)))).toBeUndefined();
    // and class-validator does refuse it
    expect(validateAs(SyncEventDto, JSON.parse(JSON.stringify(event))).errors.length).toBeGreaterThan(0);
  });

  it.each<[string, Record<string, unknown>]>([
    ['runId', { ...base, runId: null }],
    ['status (taken as failed)', { ...base, status: null }],
    ['target', { ...base, target: null }],
    ['a field of target', { ...base, target: { system: null, entity: 'salesOrder' } }],
    ['payload', { ...base, payload: null }],
    ['error.details', { ...base, error: { message: 'm', details: null } }],
  ])('takes a null %s as class-validator does (@IsOptional)', (_, event) => {
    expect(expectAgreement(event)).toBe('fast');
  });

  it.each<[string, Record<string, unknown>]>([
    ['eventId', { ...base, eventId: null }],
    ['source', { ...base, source: null }],
    ['source.id', { ...base, source: { ...base.source, id: null } }],
    ['error of a failed event', { ...base, error: null }],
    ['error of a succeeded event', { ...base, status: 'succeeded', error: null }],
    ['error.message', { ...base, error: { message: null } }],
  ])('leaves a null %s to class-validator, which refuses it', (_, event) => {
    expect(certainlyValidSyncEvent(event)).toBeUndefined();
    expect(validateAs(SyncEventDto, event).errors.length).toBeGreaterThan(0);
  });

  it('keeps payload keys that class-transformer would drop', () => {
    const event = JSON.parse(JSON.stringify({ ...base, payload: { toString: 'kept', valueOf: 1 } }));
    expect(certainlyValidSyncEvent(event)?.payload).toEqual({ toString: 'kept', valueOf: 1 });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a top-level field', { ...base, valueOf: 1 }, ['events.0.valueOf is not an allowed field']],
    [
      'a field of source',
      { ...base, source: { ...base.source, toString: 'x' } },
      ['events.0.source.toString is not an allowed field'],
    ],
    [
      'a field of error',
      { ...base, error: { message: 'm', hasOwnProperty: true } },
      ['events.0.error.hasOwnProperty is not an allowed field'],
    ],
  ])(
    'refuses %s named like an Object.prototype method, which class-transformer would drop unseen (validateAs names it)',
    (_, event, errors) => {
      expect(certainlyValidSyncEvent(event)).toBeUndefined();
      expect(validateSyncEvent(event, 'events.0')).toEqual({ errors });
    },
  );

  it(
    'keeps what was sent in every event it takes, payload and error details included',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(validEvent, ...mutations.map((mutation) => mutation.map(({ value }) => value))),
          (event) => {
            fc.pre(unacceptableValueAt(event) === undefined);
            const { value } = validateSyncEvent(structuredClone(event));
            if (!value) return;
            const sent = event as { payload?: unknown; error?: { details?: unknown } };
            expect(value.payload).toEqual(sent.payload);
            expect(value.error?.details).toEqual(sent.error?.details);
          },
        ),
        { numRuns: 2000, seed: 20261130 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'agrees with class-validator on generated valid and broken events',
    () => {
      const seen = { fast: 0, deferred: 0 };
      const anyEvent = fc.oneof(validEvent, ...mutations.map((mutation) => mutation.map(({ value }) => value)));
      fc.assert(
        fc.property(anyEvent, (event) => {
          // what the HTTP layer refuses before validation (a NUL, a "constructor" key) never reaches either path
          fc.pre(unacceptableValueAt(event) === undefined);
          seen[expectAgreement(event)] += 1;
        }),
        { numRuns: 2000, seed: 20261129 },
      );
      // both paths were exercised, or the property proved nothing
      expect(seen.fast).toBeGreaterThan(200);
      expect(seen.deferred).toBeGreaterThan(200);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
