import { describe, expect, it } from 'vitest';
import { MAX_KEYS_PER_OBJECT } from './json-shape';
import { unacceptableValueAt } from './validation';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};
const wide = (keys: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i]));

describe('unacceptableValueAt: the one walk before validation', () => {
  it.each<[string, unknown, string | undefined]>([
    ['an event', { source: { system: 'a' }, payload: { lines: [{ sku: 'x' }] } }, undefined],
    ['32 levels', nested(32), undefined],
    ['33 levels', nested(33), 'body nests deeper than 32 levels'],
    [`${MAX_KEYS_PER_OBJECT} keys in a payload`, { payload: wide(MAX_KEYS_PER_OBJECT) }, undefined],
    [
      `${MAX_KEYS_PER_OBJECT + 1} keys in a payload`,
      { payload: wide(MAX_KEYS_PER_OBJECT + 1) },
      `payload must have at most ${MAX_KEYS_PER_OBJECT} keys`,
    ],
    ['a long array (arrays are not objects of keys)', { events: Array.from({ length: 5000 }, () => 1) }, undefined],
    [
      'NUL in a nested value',
      { error: { message: 'a\u0000b' } },
      'error.message must not contain NUL characters or unpaired UTF-16 surrogates',
    ],
    [
      'a constructor key in a payload',
      { payload: { constructor: 1 } },
      'payload.constructor is a key Seam does not accept ("constructor")',
    ],
  ])('%s', (_name, value, refusal) => {
    expect(unacceptableValueAt(value)).toBe(refusal);
  });

  it('survives depths that would overflow a recursive walk', () => {
    expect(unacceptableValueAt(nested(200_000))).toBe('body nests deeper than 32 levels');
  });

  it('refuses a 120,000-key payload by its path, before any copy could take seconds (timed in npm run bench:hostile)', () => {
    expect(unacceptableValueAt({ events: [{ payload: wide(120_000) }] })).toBe(
      `events.0.payload must have at most ${MAX_KEYS_PER_OBJECT} keys`,
    );
  });
});
