import { describe, expect, it } from 'vitest';
import { isBusinessTime, localParts, nextBusinessStart, zonedTimeToUtc } from './business-hours';
import type { BusinessHours, CalendarDay } from '../../core/seam-config.types';

const melbourne: BusinessHours = {
  timeZone: 'Australia/Melbourne',
  days: [1, 2, 3, 4, 5],
  start: '08:30',
  end: '17:30',
};
const london: BusinessHours = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const calendar: CalendarDay[] = [
  { date: '2026-11-03', kind: 'holiday', name: 'Melbourne Cup', region: 'AU-VIC' },
  { date: '2026-11-30', kind: 'month_end_close', name: 'November close' },
  { date: '2026-12-25', kind: 'holiday', name: 'Christmas Day' },
];

describe('localParts', () => {
  it.each<[string, string, ReturnType<typeof localParts>]>([
    ['2026-11-24T22:00:00Z', 'Australia/Melbourne', { date: '2026-11-25', weekday: 3, minutes: 9 * 60 }],
    ['2026-07-01T00:00:00Z', 'Australia/Melbourne', { date: '2026-07-01', weekday: 3, minutes: 10 * 60 }],
    ['2026-03-29T00:30:00Z', 'Europe/London', { date: '2026-03-29', weekday: 7, minutes: 30 }],
    ['2026-03-29T01:30:00Z', 'Europe/London', { date: '2026-03-29', weekday: 7, minutes: 2 * 60 + 30 }],
    ['2026-11-29T13:00:00Z', 'Australia/Melbourne', { date: '2026-11-30', weekday: 1, minutes: 0 }],
  ])('%s in %s', (at, zone, expected) => {
    expect(localParts(new Date(at), zone)).toEqual(expected);
  });
});

describe('isBusinessTime', () => {
  it.each<[string, BusinessHours | undefined, string, boolean, string?]>([
    ['09:00 on a Tuesday in Melbourne (AEDT)', melbourne, '2026-11-23T22:00:00Z', true],
    ['08:29 is not open yet', melbourne, '2026-11-23T21:29:00Z', false],
    ['08:30 exactly is open', melbourne, '2026-11-23T21:30:00Z', true],
    ['17:29 is open', melbourne, '2026-11-24T06:29:00Z', true],
    ['17:30 exactly is closed', melbourne, '2026-11-24T06:30:00Z', false],
    ['Saturday', melbourne, '2026-11-28T00:00:00Z', false],
    ['Melbourne Cup for a VIC team', melbourne, '2026-11-02T23:00:00Z', false, 'AU-VIC'],
    ['Melbourne Cup is no holiday for a NSW team', melbourne, '2026-11-02T23:00:00Z', true, 'AU-NSW'],
    ['a holiday without a region closes every team', melbourne, '2026-12-24T23:00:00Z', false, 'AU-NSW'],
    ['month-end close is a business day', melbourne, '2026-11-29T23:00:00Z', true, 'AU-VIC'],
    ['a 24/7 team', undefined, '2026-11-28T03:00:00Z', true],
    ['London 09:30 BST', london, '2026-07-01T08:30:00Z', true],
    ['London 08:30 GMT', london, '2026-12-01T08:30:00Z', false],
    ['unpadded hours ("8:30") read the same', { ...melbourne, start: '8:30' }, '2026-11-23T21:30:00Z', true],
  ])('%s', (_name, hours, at, expected, region) => {
    expect(isBusinessTime(hours, calendar, new Date(at), region)).toBe(expected);
  });
});

describe('nextBusinessStart', () => {
  it.each<[string, BusinessHours | undefined, string, string, string?]>([
    ['already open: now', melbourne, '2026-11-23T22:00:00Z', '2026-11-23T22:00:00.000Z'],
    ['a 24/7 team: now', undefined, '2026-11-28T03:00:00Z', '2026-11-28T03:00:00.000Z'],
    ['Friday 18:00 → Monday 08:30 AEDT', melbourne, '2026-11-27T07:00:00Z', '2026-11-29T21:30:00.000Z'],
    ['before opening the same day', melbourne, '2026-11-24T20:00:00Z', '2026-11-24T21:30:00.000Z'],
    ['Monday holiday → Tuesday', melbourne, '2026-11-02T10:00:00Z', '2026-11-03T21:30:00.000Z', 'AU-VIC'],
    ['a region-less holiday → the day after', melbourne, '2026-12-24T07:00:00Z', '2026-12-27T21:30:00.000Z', 'AU-NSW'],
    // Melbourne clocks go forward on Sunday 4 October 2026: Friday opens at UTC+10, Monday at UTC+11
    ['Friday before the DST change opens at 22:30Z', melbourne, '2026-10-01T20:00:00Z', '2026-10-01T22:30:00.000Z'],
    ['Monday after the DST change opens at 21:30Z', melbourne, '2026-10-02T08:00:00Z', '2026-10-04T21:30:00.000Z'],
    // and back on Sunday 5 April 2026
    ['Monday after DST ends opens at 22:30Z', melbourne, '2026-04-03T08:00:00Z', '2026-04-05T22:30:00.000Z'],
    // UK clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026
    ['London Friday in GMT', london, '2026-03-27T06:00:00Z', '2026-03-27T09:00:00.000Z'],
    ['London Friday evening → Monday in BST', london, '2026-03-27T18:00:00Z', '2026-03-30T08:00:00.000Z'],
    ['London Friday evening → Monday back in GMT', london, '2026-10-23T17:00:00Z', '2026-10-26T09:00:00.000Z'],
    [
      'no business days at all: now rather than never',
      { ...melbourne, days: [] },
      '2026-11-28T00:00:00Z',
      '2026-11-28T00:00:00.000Z',
    ],
  ])('%s', (_name, hours, at, expected, region) => {
    expect(nextBusinessStart(hours, calendar, new Date(at), region).toISOString()).toBe(expected);
  });

  it('08:30 in Melbourne is one hour earlier in UTC on the Monday after DST starts than on the Friday before', () => {
    const friday = nextBusinessStart(melbourne, [], new Date('2026-10-01T20:00:00Z'));
    const monday = nextBusinessStart(melbourne, [], new Date('2026-10-02T08:00:00Z'));
    expect([localParts(friday, melbourne.timeZone), localParts(monday, melbourne.timeZone)]).toEqual([
      { date: '2026-10-02', weekday: 5, minutes: 8 * 60 + 30 },
      { date: '2026-10-05', weekday: 1, minutes: 8 * 60 + 30 },
    ]);
    expect([friday.getUTCHours(), monday.getUTCHours()]).toEqual([22, 21]);
  });
});

describe('zonedTimeToUtc', () => {
  it.each<[string, string, string, string, string]>([
    ['Melbourne in AEST (UTC+10)', '2026-10-02', '08:30', 'Australia/Melbourne', '2026-10-01T22:30:00.000Z'],
    ['Melbourne in AEDT (UTC+11)', '2026-10-05', '08:30', 'Australia/Melbourne', '2026-10-04T21:30:00.000Z'],
    [
      'a time the spring change skips is shifted forward by the gap',
      '2026-10-04',
      '02:30',
      'Australia/Melbourne',
      '2026-10-03T16:30:00.000Z',
    ],
    [
      'a time the autumn change repeats is its later occurrence (AEST)',
      '2026-04-05',
      '02:30',
      'Australia/Melbourne',
      '2026-04-04T16:30:00.000Z',
    ],
    ['London in BST the day after the change', '2026-03-30', '09:00', 'Europe/London', '2026-03-30T08:00:00.000Z'],
    [
      'London 01:30 on the autumn change is its later occurrence (GMT)',
      '2026-10-25',
      '01:30',
      'Europe/London',
      '2026-10-25T01:30:00.000Z',
    ],
    ['local midnight', '2026-11-30', '00:00', 'Australia/Melbourne', '2026-11-29T13:00:00.000Z'],
    ['UTC', '2026-06-15', '12:00', 'UTC', '2026-06-15T12:00:00.000Z'],
  ])('%s', (_name, date, time, zone, expected) => {
    expect(zonedTimeToUtc(date, time, zone).toISOString()).toBe(expected);
  });
});
