import { randomUUID } from 'node:crypto';

type Json = Record<string, unknown>;

/** Builder for sync events as the integration layer sends them; every call gets a fresh eventId. */
export function syncEvent(overrides: Json = {}): Json {
  return {
    eventId: `evt-${randomUUID()}`,
    integration: 'shopify-netsuite-orders',
    occurredAt: new Date().toISOString(),
    status: 'failed',
    source: { system: 'shopify', entity: 'order', id: `SO-${Math.floor(Math.random() * 1e6)}` },
    target: { system: 'netsuite', entity: 'salesOrder' },
    error: { message: 'An unexpected error occurred. Error ID: 7f3a9c', code: 'UNEXPECTED_ERROR', httpStatus: 500 },
    ...overrides,
  };
}

export function succeeded(overrides: Json = {}): Json {
  const { error: _error, ...event } = syncEvent({ status: 'succeeded', ...overrides });
  return event;
}

/**
 * Words that make failure messages distinct issues: fingerprints normalise numbers away, so "Mapper 1" and
 * "Mapper 2" would group into one issue, "AlphaMapper" and "BravoMapper" into two.
 */
export const DISTINCT_WORDS = [
  'Alpha',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliet',
  'Kilo',
  'Lima',
  'Mike',
  'November',
  'Oscar',
  'Papa',
  'Quebec',
  'Romeo',
  'Sierra',
  'Tango',
  'Uniform',
  'Victor',
  'Whiskey',
  'Xray',
  'Yankee',
  'Zulu',
];
