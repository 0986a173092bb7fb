import { describe, expect, it } from 'vitest';
import { isReadableTimestamp } from './validation';

describe('isReadableTimestamp', () => {
  it.each([
    '2026-11-02T01:00:00Z',
    '2026-11-02T01:00:00.123+10:00',
    '2026-11-02 01:00+0930',
    '2026-11-02T01:00:00-15:59',
  ])('takes %s', (value) => {
    expect(isReadableTimestamp(value)).toBe(true);
  });

  it.each<[unknown, string]>([
    ['2026-W45-1T01:00:00Z', 'week date'],
    ['2026-306T01:00:00Z', 'ordinal date'],
    ['20261102T010000Z', 'basic format'],
    ['2026-11-02T01:00:00,5Z', 'comma fraction'],
    ['2026-11-02T01:00:00+16:00', 'offset past ±15:59'],
    ['2026-11-02T01:00:00', 'no zone'],
    ['2026-02-30T01:00:00Z', 'no such day'],
    [20261102, 'a number'],
  ])('refuses %s (%s)', (value) => {
    expect(isReadableTimestamp(value)).toBe(false);
  });
});
