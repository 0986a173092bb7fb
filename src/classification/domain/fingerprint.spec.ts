import { describe, expect, it } from 'vitest';
import type { ClassifiableEvent } from './classification.types';
import { fingerprintOf, normaliseMessage } from './fingerprint';

const event = (message: string, overrides: Partial<ClassifiableEvent> = {}): ClassifiableEvent => ({
  integration: 'shopify-netsuite-orders',
  occurredAt: '2026-11-02T01:00:00Z',
  source: { system: 'shopify', entity: 'order', id: 'SO-1' },
  target: { system: 'netsuite', entity: 'salesOrder' },
  error: { message, code: 'X' },
  ...overrides,
});

describe('normaliseMessage', () => {
  it.each([
    ['Invalid entity reference key 1042.', 'invalid entity reference key <n>.'],
    ["The Vendor does not exist. Identification fields and values: No.='233'", 'the vendor does not exist. identification fields and values: no.=<value>'],
    ['Correlation ID: 3f2a9c1e-0b7d-4c55-9a1e-2b6f7d8e9a01', 'correlation id: <uuid>'],
    ['Email address accounts@@acme.example is not valid', 'email address accounts@@acme.example is not valid'],
    ['Email address jo@acme.example is not valid', 'email address <email> is not valid'],
    ['Posting date 2026-10-31 is not within your range of allowed posting dates', 'posting date <date> is not within your range of allowed posting dates'],
    ['See https://docs.example.com/errors/42?x=1 for details', 'see <url> for details'],
    ['Record SO-100245 failed', 'record <id> failed'],
    ['You have entered an Invalid Field Value Awaiting Credit Approval for the following field: orderstatus', 'you have entered an invalid field value awaiting credit approval for the following field: orderstatus'],
    ['{"errors":{"email":["has already been taken"]}}', '{"errors":{"email":["has already been taken"]}}'],
    ['{"status":"error","message":"Contact already exists. Existing ID: 5101"}', '{"status":<value>,"message":"contact already exists. existing id: <n>"}'],
  ])('normalises %j', (message, expected) => {
    expect(normaliseMessage(message)).toBe(expected);
  });
});

describe('fingerprintOf', () => {
  it.each([
    ['record keys', 'Invalid customer reference key 1042.', 'Invalid customer reference key 77.'],
    ['quoted values', "The Customer already exists. Identification fields and values: No.='CUST001'", "The Customer already exists. Identification fields and values: No.='C-9'"],
    ['correlation ids', 'An unexpected error occurred while processing the request. Correlation ID: 3f2a9c1e-0b7d-4c55-9a1e-2b6f7d8e9a01', 'An unexpected error occurred while processing the request. Correlation ID: 0b0e8f55-1111-4c55-9a1e-2b6f7d8e9a02'],
    ['document numbers', 'Status must be equal to \'Open\' in Purchase Header: Document Type=Order, No.=106001. Current value is \'Released\'.', 'Status must be equal to \'Open\' in Purchase Header: Document Type=Order, No.=106017. Current value is \'Released\'.'],
    ['dates', 'The document date cannot be before the period lock date of 30 June 2026', 'The document date cannot be before the period lock date of 31 March 2025'],
    ['token expiry seconds', 'The OAuth token used to make this call expired 12 second(s) ago.', 'The OAuth token used to make this call expired 3600 second(s) ago.'],
    ['whitespace and case', 'Too   many requests', 'too many requests'],
  ])('groups two failures that differ only by %s', (_what, a, b) => {
    expect(fingerprintOf(event(a))).toBe(fingerprintOf(event(b)));
  });

  it.each([
    ['different fields in a JSON error', '{"errors":{"email":["has already been taken"]}}', '{"errors":{"phone":["has already been taken"]}}'],
    ['different prose inside a JSON message', '{"status":"error","message":"Contact already exists."}', '{"status":"error","message":"Property values were not valid."}'],
    ['different referenced record types', 'Invalid customer reference key 1042.', 'Invalid item reference key 1042.'],
    ['period lock vs closed period', 'You may not record transactions before the lock date', 'Account period closed: the accounting period has closed'],
  ])('keeps apart %s', (_what, a, b) => {
    expect(fingerprintOf(event(a))).not.toBe(fingerprintOf(event(b)));
  });

  it('keeps apart the same message on different integrations, target entities or codes', () => {
    const base = fingerprintOf(event('Invalid customer reference key 1.'));
    expect(fingerprintOf(event('Invalid customer reference key 1.', { integration: 'other-flow' }))).not.toBe(base);
    expect(fingerprintOf(event('Invalid customer reference key 1.', { target: { system: 'netsuite', entity: 'invoice' } }))).not.toBe(base);
    expect(fingerprintOf(event('Invalid customer reference key 1.', { error: { message: 'Invalid customer reference key 1.', code: 'OTHER' } }))).not.toBe(base);
  });

  it('ignores the source record, which is what varies between members of one issue', () => {
    expect(fingerprintOf(event('Boom', { source: { system: 'shopify', entity: 'order', id: 'A' } }))).toBe(
      fingerprintOf(event('Boom', { source: { system: 'shopify', entity: 'order', id: 'B' } })),
    );
  });
});
