import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it.each<[string, unknown, boolean]>([
    ['a v4 UUID', '3f2b8c1e-9d4a-4e6b-8f00-1a2b3c4d5e6f', true],
    ['upper case', '3F2B8C1E-9D4A-4E6B-8F00-1A2B3C4D5E6F', true],
    ['a number-like id', '42', false],
    ['a UUID with a trailing character', '3f2b8c1e-9d4a-4e6b-8f00-1a2b3c4d5e6fa', false],
    ['36 characters of dashes', '-'.repeat(36), false],
    ['not a string', 42, false],
    ['empty', '', false],
  ])('%s', (_name, value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
