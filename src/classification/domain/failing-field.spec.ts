import { describe, expect, it } from 'vitest';
import type { ClassifiableEvent } from './classification.types';
import { failingFieldOf } from './failing-field';

const event = (message: string, payload?: Record<string, unknown>, field?: string): ClassifiableEvent => ({
  integration: 'i',
  occurredAt: '2026-11-10T10:00:00Z',
  source: { system: 'portal', entity: 'order', id: '1' },
  error: { message, field },
  payload,
});

describe('failingFieldOf', () => {
  it.each<[string, ClassifiableEvent, { field?: string; value?: string }]>([
    [
      'the event names the field',
      event('anything', { orderStatus: 'X' }, 'orderStatus'),
      { field: 'orderStatus', value: 'X' },
    ],
    [
      'NetSuite names it in lower case: payload spelling wins',
      event('You have entered an Invalid Field Value Awaiting Credit for the following field: orderstatus', {
        orderStatus: 'Awaiting Credit',
      }),
      { field: 'orderStatus', value: 'Awaiting Credit' },
    ],
    [
      'no payload: value from the message',
      event('You have entered an Invalid Field Value 430 for the following field: issueinventorynumber'),
      { field: 'issueinventorynumber', value: '430' },
    ],
    [
      'F&O infolog',
      event("Infolog: Warning: The value 'N45' in field 'Terms of payment' is not found"),
      { field: 'Terms of payment', value: 'N45' },
    ],
    [
      'Shopify errors object',
      event('{"errors":{"email":["has already been taken"]}}', { email: 'a@b.example' }),
      { field: 'email', value: 'a@b.example' },
    ],
    [
      'a payload value quoted in the message',
      event('Unknown depot Zone QX-9 on consignment', { depot: 'Zone QX-9', weight: 3 }),
      { field: 'depot', value: 'Zone QX-9' },
    ],
    ['nothing to go on', event('Too many requests'), {}],
  ])('%s', (_name, input, expected) => {
    expect(failingFieldOf(input)).toEqual(expected);
  });
});
