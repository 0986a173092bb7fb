import { describe, expect, it } from 'vitest';
import type { AwayPeriod } from '../../core/seam-config.types';
import { awayChange, isAway } from './away-periods';

const now = new Date('2026-11-24T10:00:00Z');
const past: AwayPeriod = { from: '2026-11-01T00:00:00Z', until: '2026-11-05T00:00:00Z', reason: 'leave' };
const current: AwayPeriod = { from: '2026-11-20T00:00:00Z', until: '2026-12-01T00:00:00Z', reason: 'leave' };
const open: AwayPeriod = { from: '2026-11-23T00:00:00Z' };
const planned: AwayPeriod = { from: '2026-12-20T00:00:00Z', until: '2027-01-05T00:00:00Z', reason: 'holiday' };

describe('awayChange', () => {
  it.each<[string, AwayPeriod[], Parameters<typeof awayChange>[1], ReturnType<typeof awayChange>]>([
    ['the bare flag, as before', [], { away: true }, { flag: true, periods: [] }],
    [
      'a dated period with a reason',
      [],
      { away: true, until: '2026-11-30T00:00:00Z', reason: 'sick' },
      { flag: undefined, periods: [{ from: now.toISOString(), until: '2026-11-30T00:00:00Z', reason: 'sick' }] },
    ],
    [
      'a period that ends before it starts',
      [],
      { away: true, from: '2026-11-30T00:00:00Z', until: '2026-11-29T00:00:00Z' },
      { error: 'until must be after from' },
    ],
    [
      'back: ends what is in force, keeps the past and the planned',
      [past, current, open, planned],
      { away: false },
      {
        flag: false,
        periods: [past, { ...current, until: now.toISOString() }, { ...open, until: now.toISOString() }, planned],
      },
    ],
  ])('%s', (_name, before, request, expected) => {
    expect(awayChange(before, request, now)).toEqual(expected);
  });
});

describe('isAway', () => {
  it.each<[string, { away?: boolean; awayPeriods?: AwayPeriod[] }, boolean]>([
    ['the flag', { away: true }, true],
    ['a period in force', { awayPeriods: [current] }, true],
    ['a period without an end', { awayPeriods: [open] }, true],
    ['only past and planned periods', { awayPeriods: [past, planned] }, false],
    [
      'a period ending now (until is exclusive)',
      { awayPeriods: [{ from: past.from, until: now.toISOString() }] },
      false,
    ],
    ['nothing', {}, false],
  ])('%s → %s', (_name, member, expected) => {
    expect(isAway(member, now)).toBe(expected);
  });
});
