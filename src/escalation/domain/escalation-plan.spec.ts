import { describe, expect, it } from 'vitest';
import { planEscalation, urgencyOf } from './escalation-plan';
import type { CalendarDay, EscalationPolicy, Team } from './escalation.types';

const support: Team = {
  slug: 'support',
  name: 'Support',
  lead: 'mia',
  region: 'AU-VIC',
  businessHours: { timeZone: 'Australia/Melbourne', days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
  afterHours: { team: 'offshore' },
  members: [
    { id: 'mia', name: 'Mia', channels: [] },
    { id: 'raj', name: 'Raj', channels: [] },
    { id: 'zoe', name: 'Zoe', away: true, channels: [] },
  ],
  channels: [{ id: 'support-slack', kind: 'slack', target: 'https://hooks.example/s' }],
};
const offshore: Team = { slug: 'offshore', name: 'Offshore', lead: 'lin', roles: { firstResponse: ['lin', 'ari'] }, members: [{ id: 'lin', name: 'Lin', channels: [] }, { id: 'ari', name: 'Ari', channels: [] }] };
const policy: EscalationPolicy = {
  team: 'support',
  levels: [
    { afterMinutes: 0, notify: ['raj', 'channel:support-slack'] },
    { afterMinutes: 15, notify: ['zoe'] },
    { afterMinutes: 30, notify: ['lead'], afterHours: ['team:offshore', 'lead'] },
  ],
  urgency: { defect: 'page', needs_triage: 'digest' },
  pageAtRecords: 40,
};
const calendar: CalendarDay[] = [{ date: '2026-11-30', kind: 'month_end_close', name: 'November close' }, { date: '2026-12-25', kind: 'holiday', name: 'Christmas Day' }];
const plan = (openedAt: string, urgency: 'page' | 'business_hours' = 'page', p = policy) => planEscalation({ policy: p, team: support, teams: [support, offshore], urgency, openedAt: new Date(openedAt), calendar });

describe('planEscalation', () => {
  it('in business hours: each level at its delay, to its own recipients', () => {
    const steps = plan('2026-11-24T00:00:00Z'); // Tuesday 11:00 AEDT
    expect(steps.map((s) => s.at.toISOString())).toEqual(['2026-11-24T00:00:00.000Z', '2026-11-24T00:15:00.000Z', '2026-11-24T00:30:00.000Z']);
    expect(steps[0]).toMatchObject({ recipients: ['raj'], channels: ['support-slack'], afterHours: false });
    expect(steps[2]).toMatchObject({ recipients: ['mia'], afterHours: false });
  });

  it('after hours: the level\'s after-hours list, else the team\'s cover', () => {
    const steps = plan('2026-11-24T15:00:00Z'); // Wednesday 02:00 AEDT
    expect(steps.every((s) => s.afterHours)).toBe(true);
    expect(steps[0].recipients).toEqual(['lin', 'ari']); // cover: offshore's first responders
    expect(steps[2].recipients).toEqual(['lin', 'ari', 'mia']);
  });

  it('an away member is skipped, and a level left empty falls back to the lead', () => {
    expect(plan('2026-11-24T00:00:00Z')[1]).toMatchObject({ recipients: ['mia'], channels: [] });
  });

  it('business-hours urgency waits for the next business hour: Friday night → Monday 08:30', () => {
    const steps = plan('2026-11-27T12:00:00Z', 'business_hours'); // Friday 23:00 AEDT
    expect(steps[0].at.toISOString()).toBe('2026-11-29T21:30:00.000Z');
    expect(steps[0].afterHours).toBe(false);
  });

  it('across Melbourne\'s DST start, Monday 08:30 is 21:30Z on Sunday (UTC+11)', () => {
    const steps = plan('2026-10-04T10:00:00Z', 'business_hours'); // Sunday night, just after clocks went forward
    expect(steps[0].at.toISOString()).toBe('2026-10-04T21:30:00.000Z');
  });

  it('a level that is after hours only because of its delay uses the cover', () => {
    const steps = plan('2026-11-24T06:20:00Z'); // 17:20 AEDT: level 0 in hours, levels 1 and 2 after
    expect(steps.map((s) => s.afterHours)).toEqual([false, true, true]);
  });
});

describe('urgencyOf', () => {
  it.each<[string, Parameters<typeof urgencyOf>[1], string, 'page' | 'business_hours' | 'digest', RegExp]>([
    ['a defect pages by policy', { classification: 'defect', distinctRecords: 1 }, '2026-11-10T00:00:00Z', 'page', /defect pages Support/],
    ['one bad customer waits', { classification: 'bad_source_data', distinctRecords: 1 }, '2026-11-10T00:00:00Z', 'business_hours', /waits/],
    ['forty records page', { classification: 'bad_source_data', distinctRecords: 40 }, '2026-11-10T00:00:00Z', 'page', /40 records/],
    ['the day before month-end close pages', { classification: 'process_change', distinctRecords: 1 }, '2026-11-29T00:00:00Z', 'page', /November close/],
    ['a holiday does not raise urgency', { classification: 'process_change', distinctRecords: 1 }, '2026-12-24T00:00:00Z', 'business_hours', /waits/],
    ['triage goes to the digest by policy', { classification: 'needs_triage', distinctRecords: 1 }, '2026-11-10T00:00:00Z', 'digest', /daily digest/],
    ['a digest class still pages at forty records', { classification: 'needs_triage', distinctRecords: 45 }, '2026-11-10T00:00:00Z', 'page', /45 records/],
  ])('%s', (_name, input, now, urgency, why) => {
    const result = urgencyOf(policy, input, calendar, new Date(now), support);
    expect(result.urgency).toBe(urgency);
    expect(result.why).toMatch(why);
  });
});
