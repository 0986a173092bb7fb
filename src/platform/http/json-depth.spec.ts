import { describe, expect, it } from 'vitest';
import { jsonDepth } from './json-depth';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('jsonDepth', () => {
  it.each<[string, unknown, number]>([
    ['a scalar', 'x', 0],
    ['an empty object', {}, 1],
    ['an event', { source: { system: 'a' }, payload: { lines: [{ sku: 'x' }] } }, 4],
    ['100 levels', nested(100), 100],
  ])('%s', (_name, value, depth) => {
    expect(jsonDepth(value)).toBe(depth);
  });

  it('stops counting past the limit and survives depths that would overflow a recursive walk', () => {
    expect(jsonDepth(nested(200_000), 32)).toBe(33);
  });
});
