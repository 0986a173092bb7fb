import { describe, expect, it } from 'vitest';
import type { Rotation, Team } from '../../core/seam-config.types';
import { planEscalation } from './escalation-plan';
import { onCallAt, onCallNowAndNext } from './schedule';

// Weekly, handing off Mondays 09:00 Melbourne time, starting Monday 2 November 2026.
const weekly: Rotation = {
  id: 'primary',
  every: 'weekly',
  handOffAt: '09:00',
  start: '2026-11-02',
  timeZone: 'Australia/Melbourne',
  members: ['ana', 'bo', 'cy'],
};
const daily: Rotation = {
  id: 'night',
  every: 'daily',
  handOffAt: '18:00',
  start: '2026-11-02',
  members: ['ana', 'bo'],
};
const team = (over: Partial<Team> = {}): Team => ({
  slug: 'eng',
  name: 'Eng',
  businessHours: { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  members: ['ana', 'bo', 'cy'].map((id) => ({ id, name: id.toUpperCase(), channels: [] })),
  schedule: { rotations: [weekly, daily] },
  ...over,
});

describe('onCallAt', () => {
  it.each<[string, Rotation, string, string | undefined]>([
    ['before the first hand-off: nobody', weekly, '2026-11-01T21:00:00Z', undefined],
    ['the first hand-off (09:00 AEDT = 22:00Z the day before)', weekly, '2026-11-01T22:00:00Z', 'ana'],
    ['a minute before the second hand-off', weekly, '2026-11-08T21:59:00Z', 'ana'],
    ['the second week', weekly, '2026-11-08T22:00:00Z', 'bo'],
    ['round again in the fourth week', weekly, '2026-11-23T00:00:00Z', 'ana'],
    // the daily rotation is in the team's zone (London), handing off at 18:00 local
    ['daily, the first evening', daily, '2026-11-02T18:30:00Z', 'ana'],
    ['daily, the next morning still the same turn', daily, '2026-11-03T08:00:00Z', 'ana'],
    ['daily, the second evening', daily, '2026-11-03T18:00:00Z', 'bo'],
  ])('%s', (_name, rotation, at, expected) => {
    expect(onCallAt(team(), rotation, new Date(at))?.member).toBe(expected);
  });

  it('hands off at the local time across a daylight-saving change (London, 25 October 2026)', () => {
    const london: Rotation = { ...daily, start: '2026-10-20' };
    // 18:00 BST is 17:00Z before the change, 18:00 GMT is 18:00Z after it
    expect(onCallAt(team(), london, new Date('2026-10-24T17:00:00Z'))?.from).toBe('2026-10-24T17:00:00.000Z');
    expect(onCallAt(team(), london, new Date('2026-10-26T18:00:00Z'))?.from).toBe('2026-10-26T18:00:00.000Z');
  });

  it('an override takes the turn for its window, and bounds the turn it interrupts', () => {
    const overrides = [
      {
        rotation: 'primary',
        member: 'cy',
        from: '2026-11-04T00:00:00Z',
        until: '2026-11-05T00:00:00Z',
        reason: 'swap',
      },
    ];
    const t = team({ schedule: { rotations: [weekly], overrides } });
    expect(onCallAt(t, weekly, new Date('2026-11-04T12:00:00Z'))).toEqual({
      member: 'cy',
      from: '2026-11-04T00:00:00Z',
      until: '2026-11-05T00:00:00.000Z',
      override: { reason: 'swap' },
    });
    expect(onCallAt(t, weekly, new Date('2026-11-03T12:00:00Z'))).toMatchObject({
      member: 'ana',
      until: '2026-11-04T00:00:00.000Z',
    });
    expect(onCallAt(t, weekly, new Date('2026-11-05T00:00:00Z'))?.member).toBe('ana');
  });

  it('says who is on call now and who is next', () => {
    expect(onCallNowAndNext(team({ schedule: { rotations: [weekly] } }), new Date('2026-11-10T00:00:00Z'))).toEqual([
      {
        rotation: 'primary',
        now: { member: 'bo', from: '2026-11-08T22:00:00.000Z', until: '2026-11-15T22:00:00.000Z' },
        next: { member: 'cy', from: '2026-11-15T22:00:00.000Z', until: '2026-11-22T22:00:00.000Z' },
      },
    ]);
  });
});

describe('the planner reads the schedule', () => {
  it('a level naming oncall: reaches whoever is on call when the level fires, and skips them when away', () => {
    const policy = {
      team: 'eng',
      levels: [
        { afterMinutes: 0, notify: ['oncall:primary'] },
        { afterMinutes: 60 * 24 * 7, notify: ['oncall:primary'] },
      ],
      urgency: {},
    };
    const t = team({ lead: 'cy' });
    const plan = (x: Team) =>
      planEscalation({
        policy,
        team: x,
        teams: [x],
        urgency: 'page',
        openedAt: new Date('2026-11-10T10:00:00Z'),
        calendar: [],
      });
    expect(plan(t).map((s) => s.recipients)).toEqual([['bo'], ['cy']]);
    const away = team({
      lead: 'cy',
      members: t.members.map((m) =>
        m.id === 'bo' ? { ...m, awayPeriods: [{ from: '2026-11-09T00:00:00Z', until: '2026-11-12T00:00:00Z' }] } : m,
      ),
    });
    expect(plan(away)[0]).toMatchObject({ recipients: ['cy'], fallback: 'lead', skippedAway: ['bo'] });
  });

  it('after-hours cover by rotation', () => {
    const t = team({ afterHours: { members: ['oncall:night'] } });
    const policy = { team: 'eng', levels: [{ afterMinutes: 0, notify: ['cy'] }], urgency: {} };
    const [step] = planEscalation({
      policy,
      team: t,
      teams: [t],
      urgency: 'page',
      openedAt: new Date('2026-11-03T22:00:00Z'),
      calendar: [],
    });
    expect(step).toMatchObject({ afterHours: true, recipients: ['bo'] });
  });
});
