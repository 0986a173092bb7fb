import { describe, expect, it } from 'vitest';
import { planEscalation, policyFor, urgencyOf } from './escalation-plan';
import type { CalendarDay, EscalationLevel, EscalationPolicy, Team, Urgency } from '../../core/seam-config.types';

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
// lead and first responders differ, so the after-hours cover (lead + first responders) and "team:offshore" (first responders) are told apart
const offshore: Team = {
  slug: 'offshore',
  name: 'Offshore',
  lead: 'lin',
  roles: { firstResponse: ['ari'] },
  members: [
    { id: 'lin', name: 'Lin', channels: [] },
    { id: 'ari', name: 'Ari', channels: [] },
  ],
};
const leadOnly: Team = {
  slug: 'platform',
  name: 'Platform',
  lead: 'pat',
  members: [
    { id: 'pat', name: 'Pat', channels: [] },
    { id: 'quinn', name: 'Quinn', channels: [] },
  ],
};
const leaderless: Team = {
  slug: 'data',
  name: 'Data',
  members: [
    { id: 'dev', name: 'Dev', channels: [] },
    { id: 'eve', name: 'Eve', channels: [] },
  ],
};
// "zoe" here is another person from Support's away Zoe: ids are unique per team only
const night: Team = { slug: 'night', name: 'Night', members: [{ id: 'zoe', name: 'Zoe Night', channels: [] }] };
const teams = [support, offshore, leadOnly, leaderless, night];

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
const calendar: CalendarDay[] = [
  { date: '2026-11-30', kind: 'month_end_close', name: 'November close' },
  { date: '2026-12-25', kind: 'holiday', name: 'Christmas Day' },
  { date: '2026-11-16', kind: 'payment_run', name: 'NSW payment run', region: 'AU-NSW' },
];
const plan = (openedAt: string, urgency: Urgency = 'page', over: { policy?: EscalationPolicy; team?: Team } = {}) =>
  planEscalation({
    policy: over.policy ?? policy,
    team: over.team ?? support,
    teams,
    urgency,
    openedAt: new Date(openedAt),
    calendar,
  });
const oneLevel = (level: EscalationLevel): EscalationPolicy => ({ team: 'support', levels: [level], urgency: {} });

const TUESDAY_11_AEDT = '2026-11-24T00:00:00Z';
const WEDNESDAY_02_AEDT = '2026-11-24T15:00:00Z';

describe('planEscalation', () => {
  it('in business hours: each level at its delay, to its own recipients', () => {
    expect(plan(TUESDAY_11_AEDT).map((s) => ({ ...s, at: s.at.toISOString() }))).toEqual([
      {
        level: 0,
        at: '2026-11-24T00:00:00.000Z',
        recipients: ['raj'],
        channels: ['support-slack'],
        afterHours: false,
        skippedAway: [],
      },
      // zoe is away: the lead, and the step says so
      {
        level: 1,
        at: '2026-11-24T00:15:00.000Z',
        recipients: ['mia'],
        channels: [],
        afterHours: false,
        fallback: 'lead',
        skippedAway: ['zoe'],
      },
      {
        level: 2,
        at: '2026-11-24T00:30:00.000Z',
        recipients: ['mia'],
        channels: [],
        afterHours: false,
        skippedAway: [],
      },
    ]);
  });

  it("at 02:00 local: the level's after-hours list, else the team's cover (the cover team's lead and first responders)", () => {
    const steps = plan(WEDNESDAY_02_AEDT);
    expect(steps.map((s) => [s.afterHours, s.recipients, s.channels])).toEqual([
      [true, ['lin', 'ari'], []],
      [true, ['lin', 'ari'], []],
      [true, ['ari', 'mia'], []], // team:offshore is its first responders only
    ]);
  });

  it.each<[string, Team, string[]]>([
    ['named after-hours members', { ...support, afterHours: { members: ['raj'] } }, ['raj']],
    [
      'a cover team with neither lead nor first responders: all of it',
      { ...support, afterHours: { team: 'data' } },
      ['dev', 'eve'],
    ],
    ['no cover at all: the level as in hours', { ...support, afterHours: undefined }, ['raj']],
  ])('after hours, %s', (_name, team, recipients) => {
    expect(plan(WEDNESDAY_02_AEDT, 'page', { team })[0].recipients).toEqual(recipients);
  });

  it('a level that is after hours only because of its delay uses the cover', () => {
    const steps = plan('2026-11-24T06:20:00Z'); // 17:20 AEDT: level 0 in hours, levels 1 and 2 after 17:30
    expect(steps.map((s) => [s.afterHours, s.recipients])).toEqual([
      [false, ['raj']],
      [true, ['lin', 'ari']],
      [true, ['ari', 'mia']],
    ]);
  });

  it('business-hours urgency waits for the next business hour: Friday night → Monday 08:30 AEDT, levels counted from there', () => {
    const steps = plan('2026-11-27T12:00:00Z', 'business_hours'); // Friday 23:00 AEDT
    expect(steps.map((s) => [s.at.toISOString(), s.afterHours])).toEqual([
      ['2026-11-29T21:30:00.000Z', false],
      ['2026-11-29T21:45:00.000Z', false],
      ['2026-11-29T22:00:00.000Z', false],
    ]);
  });

  // Melbourne clocks go from 02:00 AEST to 03:00 AEDT on Sunday 4 October 2026: Monday 08:30 is 21:30Z on Sunday (UTC+11), not 22:30Z
  it.each([
    ['Saturday 22:00 AEST', '2026-10-03T12:00:00Z'],
    ['Sunday 01:00 AEST, just before the change', '2026-10-03T15:00:00Z'],
    ['Sunday 21:00 AEDT, after the change', '2026-10-04T10:00:00Z'],
  ])('across the DST start, an issue opened %s first notifies at Monday 08:30 AEDT', (_name, openedAt) => {
    expect(plan(openedAt, 'business_hours')[0].at.toISOString()).toBe('2026-10-04T21:30:00.000Z');
  });

  it('a 24/7 team is never after hours and never waits', () => {
    const team: Team = { ...support, businessHours: undefined };
    const steps = plan(WEDNESDAY_02_AEDT, 'business_hours', { team });
    expect(steps.map((s) => [s.at.toISOString(), s.afterHours])).toEqual([
      ['2026-11-24T15:00:00.000Z', false],
      ['2026-11-24T15:15:00.000Z', false],
      ['2026-11-24T15:30:00.000Z', false],
    ]);
  });

  it.each<[string, string[], Team, string[], string[]]>([
    ['a member id is itself', ['raj'], support, ['raj'], []],
    ['"lead" is the team lead', ['lead'], support, ['mia'], []],
    ['"team:" is that team\'s first responders', ['team:offshore'], support, ['ari'], []],
    ['"team:" without first responders is its lead', ['team:platform'], support, ['pat'], []],
    ['"team:" without first responders or lead is all of it', ['team:data'], support, ['dev', 'eve'], []],
    ['"channel:" goes to channels, not recipients', ['channel:support-slack'], support, [], ['support-slack']],
    [
      'duplicates collapse, first mention kept',
      ['raj', 'lead', 'raj', 'mia', 'channel:a', 'channel:a'],
      support,
      ['raj', 'mia'],
      ['a'],
    ],
    ['an away member is skipped, the others kept', ['zoe', 'raj'], support, ['raj'], []],
    ['everyone away: the lead', ['zoe'], support, ['mia'], []],
    ['a team that names nobody: the lead', ['team:nobody'], support, ['mia'], []],
    [
      'away members with a channel: the channel suffices',
      ['zoe', 'channel:support-slack'],
      support,
      [],
      ['support-slack'],
    ],
    [
      'everyone away, the lead too: nobody (the caller records it unreachable)',
      ['zoe', 'lead'],
      { ...support, members: support.members.map((m) => ({ ...m, away: true })) },
      [],
      [],
    ],
    ['away is judged in the team the id belongs to', ['zoe'], night, ['zoe'], []],
  ])('%s', (_name, notify, team, recipients, channels) => {
    const [step] = plan(TUESDAY_11_AEDT, 'page', {
      policy: oneLevel({ afterMinutes: 0, notify }),
      team: { ...team, businessHours: undefined },
    });
    expect({ recipients: step.recipients, channels: step.channels }).toEqual({ recipients, channels });
  });
});

describe('urgencyOf', () => {
  const allDay: Team = { ...support, businessHours: undefined };
  it.each<
    [
      string,
      Parameters<typeof urgencyOf>[1],
      string,
      Urgency,
      RegExp,
      { policy?: Partial<EscalationPolicy>; team?: Team }?,
    ]
  >([
    [
      'a defect pages by default',
      { classification: 'defect', distinctRecords: 1 },
      '2026-11-10T00:00:00Z',
      'page',
      /^The defect class pages Support by default\.$/,
      { policy: { urgency: {} } },
    ],
    [
      'a defect pages by policy',
      { classification: 'defect', distinctRecords: 1 },
      '2026-11-10T00:00:00Z',
      'page',
      /by policy/,
    ],
    [
      'bad data waits for business hours by default',
      { classification: 'bad_source_data', distinctRecords: 1 },
      '2026-11-10T00:00:00Z',
      'business_hours',
      /^The bad source data class waits for Support's business hours by default\.$/,
    ],
    [
      'a policy can make bad data page',
      { classification: 'bad_source_data', distinctRecords: 1 },
      '2026-11-10T00:00:00Z',
      'page',
      /by policy/,
      { policy: { urgency: { bad_source_data: 'page' } } },
    ],
    [
      '39 records wait',
      { classification: 'bad_source_data', distinctRecords: 39 },
      '2026-11-10T00:00:00Z',
      'business_hours',
      /waits/,
    ],
    [
      '40 records page',
      { classification: 'bad_source_data', distinctRecords: 40 },
      '2026-11-10T00:00:00Z',
      'page',
      /^40 records are affected, and Support is paged from 40\.$/,
    ],
    [
      'no record threshold: any count waits',
      { classification: 'bad_source_data', distinctRecords: 10_000 },
      '2026-11-10T00:00:00Z',
      'business_hours',
      /waits/,
      { policy: { pageAtRecords: undefined } },
    ],
    [
      'the day before month-end close pages',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-11-29T00:00:00Z',
      'page',
      /^November close \(2026-11-30\) is tomorrow/,
    ],
    [
      'month-end close day itself pages',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-11-30T00:00:00Z',
      'page',
      /November close \(2026-11-30\) is today/,
    ],
    [
      'two days before waits with the default 1-day window',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-11-28T00:00:00Z',
      'business_hours',
      /waits/,
    ],
    [
      'two days before pages with a 3-day window',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-11-28T00:00:00Z',
      'page',
      /is in 2 days, within Support's 3-day window/,
      { policy: { calendarWindowDays: 3 } },
    ],
    [
      'the day after waits',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-12-01T00:00:00Z',
      'business_hours',
      /waits/,
    ],
    // 14:00Z on 28 November is already the 29th in Melbourne: one day before close, not two
    [
      'the window counts from the team-local date',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-11-28T14:00:00Z',
      'page',
      /tomorrow/,
    ],
    [
      'a 24/7 team counts in UTC',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-11-28T14:00:00Z',
      'business_hours',
      /waits/,
      { team: allDay },
    ],
    [
      'a holiday does not raise urgency',
      { classification: 'process_change', distinctRecords: 1 },
      '2026-12-24T00:00:00Z',
      'business_hours',
      /waits/,
    ],
    [
      "another region's event does not raise urgency",
      { classification: 'process_change', distinctRecords: 1 },
      '2026-11-15T00:00:00Z',
      'business_hours',
      /waits/,
    ],
    [
      'triage goes to the digest by policy',
      { classification: 'needs_triage', distinctRecords: 1 },
      '2026-11-10T00:00:00Z',
      'digest',
      /^The needs triage class goes in Support's daily digest by policy\.$/,
    ],
    [
      'a digest class still pages at forty records',
      { classification: 'needs_triage', distinctRecords: 45 },
      '2026-11-10T00:00:00Z',
      'page',
      /45 records/,
    ],
  ])('%s', (_name, input, now, urgency, why, over = {}) => {
    const result = urgencyOf({ ...policy, ...over.policy }, input, calendar, new Date(now), over.team ?? support);
    expect(result).toEqual({ urgency, why: expect.stringMatching(why) });
  });
});

describe('policyFor', () => {
  const team: Team = {
    slug: 'ops',
    name: 'Ops',
    members: [
      { id: 'a', name: 'A', channels: [] },
      { id: 'b', name: 'B', channels: [] },
    ],
    channels: [{ id: 'ops-hook', kind: 'webhook', target: 'https://example.com/hook' }],
  };
  const own: EscalationPolicy = { team: 'ops', levels: [{ afterMinutes: 0, notify: ['a'] }], urgency: {} };
  it.each<[string, EscalationPolicy[], EscalationPolicy]>([
    ['its own policy', [own], own],
    [
      'none: everyone on the team and its channels, at once',
      [{ ...own, team: 'other' }],
      { team: 'ops', levels: [{ afterMinutes: 0, notify: ['a', 'b', 'channel:ops-hook'] }], urgency: {} },
    ],
  ])('%s', (_name, policies, expected) => {
    expect(policyFor(policies, team)).toEqual(expected);
  });
});
