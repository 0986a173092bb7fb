import { describe, expect, it } from 'vitest';
import type { EscalationPolicy, Team } from '../../core/seam-config.types';
import { reachability, reachFindings } from './reachability';

// Tuesday 24 November 2026, 11:00 in Melbourne: business hours; the next out-of-hours hour is 17:30-ish.
const NOW = new Date('2026-11-24T00:00:00Z');
const verified = '2026-11-20T00:00:00Z';
const HOURS = { timeZone: 'Australia/Melbourne', days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' };
const mail = (id: string, verifiedAt: string | null = verified) => ({
  id: `${id}-mail`,
  kind: 'email' as const,
  target: `${id}@example.com`,
  verifiedAt,
});

const team = (): Team => ({
  slug: 'support',
  name: 'Support',
  lead: 'mia',
  businessHours: HOURS,
  afterHours: { members: ['nia', 'oli'] },
  members: [
    { id: 'mia', name: 'Mia', channels: [mail('mia')] },
    { id: 'raj', name: 'Raj', channels: [mail('raj')] },
    { id: 'nia', name: 'Nia', channels: [mail('nia')] },
    { id: 'oli', name: 'Oli', channels: [mail('oli')] },
  ],
});
const policy = (): EscalationPolicy => ({
  team: 'support',
  levels: [
    { afterMinutes: 0, notify: ['raj'] },
    { afterMinutes: 15, notify: ['mia'] },
  ],
  urgency: { defect: 'page' },
});

function findings(mutate: (t: Team, p: EscalationPolicy) => void) {
  const t = team();
  const p = policy();
  mutate(t, p);
  return reachFindings(reachability({ teams: [t], policies: [p] }, NOW), [t]).map(
    (f) => `${f.severity} ${f.kind} ${f.subject}: ${f.detail}`,
  );
}

describe('reachability', () => {
  it('plans each urgency now and at the next out-of-hours time, by the planner', () => {
    const reaches = reachability({ teams: [team()], policies: [policy()] }, NOW);
    const page = reaches.filter((r) => r.urgency === 'page');
    expect(page.map((r) => r.when)).toEqual(['now', 'after_hours']);
    expect(page[0].levels.map((l) => l.members)).toEqual([['raj'], ['mia']]);
    expect(page[1].levels.map((l) => [l.afterHours, l.members])).toEqual([
      [true, ['nia', 'oli']],
      [true, ['nia', 'oli']],
    ]);
    // bad data waits for business hours: planned at night, it still reaches the day people next morning
    const waiting = reaches.find((r) => r.urgency === 'business_hours' && r.when === 'after_hours')!;
    expect(waiting.classes).toContain('bad_source_data');
    expect(waiting.levels.map((l) => l.afterHours)).toEqual([false, false]);
  });

  it('finds nothing wrong with a chain that reaches two verified people day and night', () => {
    expect(findings(() => undefined)).toEqual([]);
  });

  it.each<[string, (t: Team, p: EscalationPolicy) => void, RegExp]>([
    [
      'after-hours cover away: only the lead by fallback',
      (t) => t.members.filter((m) => ['nia', 'oli'].includes(m.id)).forEach((m) => (m.away = true)),
      /^critical reaches_only_lead_by_fallback support page after_hours: .*reaches only the lead, Mia, by fallback \(Nia, Oli away\)/,
    ],
    [
      'after-hours cover away (dated period): skipped',
      (t) =>
        (t.members[2].awayPeriods = [{ from: '2026-11-20T00:00:00Z', until: '2026-12-01T00:00:00Z', reason: 'leave' }]),
      /^warning reaches_away_member support page after_hours: .*would reach Nia, away then/,
    ],
    [
      'one cover person at every level after hours',
      (t) => (t.afterHours = { members: ['nia'] }),
      /^warning no_backup support page after_hours: .*reaches Nia at every level and nobody else/,
    ],
    [
      'one person at every level in hours',
      (_t, p) => (p.levels[1].notify = ['raj']),
      /^warning no_backup support page\/business_hours now: .*reaches Raj at every level/,
    ],
    [
      'contacts nobody confirmed',
      (t) => t.members.forEach((m) => (m.channels[0].verifiedAt = null)),
      /^critical reaches_only_unverified support page\/business_hours now: .*reaches only contacts nobody has confirmed at level 1, 2/,
    ],
    [
      'a member without any channel and no lead',
      (t, p) => ((t.members[1].channels = []), delete t.lead, (p.levels = [{ afterMinutes: 0, notify: ['raj'] }])),
      /^critical reaches_nobody support page\/business_hours now: .*reaches nobody/,
    ],
    [
      'an empty first-response role on the team a level names',
      (t, p) => (
        (t.roles = { firstResponse: [] }),
        delete t.lead,
        (t.members = []),
        (p.levels = [{ afterMinutes: 0, notify: ['team:support'] }])
      ),
      /^critical reaches_nobody/,
    ],
    [
      'a level left empty, no lead to fall back on',
      (t, p) => (p.levels.push({ afterMinutes: 30, notify: [] }), delete t.lead),
      /^warning level_reaches_nobody support page\/business_hours now: .*reaches nobody at level 3/,
    ],
  ])('%s', (_name, mutate, expected) => {
    expect(findings(mutate)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});
