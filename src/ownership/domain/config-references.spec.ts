import { describe, expect, it } from 'vitest';
import { emptySeamConfig } from '../../../test/support/seam-config';
import type { SeamConfig } from '../../core/seam-config.types';
import { referenceErrors } from './config-references';

const base = (): SeamConfig => ({
  ...emptySeamConfig(),
  teams: [
    {
      slug: 'support',
      name: 'Support',
      lead: 'ana',
      members: [{ id: 'ana', name: 'Ana', channels: [{ id: 'ana-mail', kind: 'email', target: 'ana@example.com' }] }],
    },
    { slug: 'engineering', name: 'Engineering', members: [] },
  ],
  routing: [
    { priority: 10, classification: 'defect', team: 'engineering' },
    { priority: 1000, team: 'support' },
  ],
  policies: [
    {
      team: 'support',
      levels: [
        { afterMinutes: 0, notify: ['ana'] },
        { afterMinutes: 15, notify: ['lead'] },
      ],
      urgency: {},
    },
  ],
});

describe('referenceErrors', () => {
  it('accepts a consistent config', () => {
    expect(referenceErrors(base())).toEqual([]);
  });

  it.each<[string, (c: SeamConfig) => void, string]>([
    [
      'duplicate team',
      (c) => c.teams.push({ slug: 'support', name: 'Again', members: [] }),
      'teams.2.slug support is used by another team',
    ],
    [
      'reserved slug',
      (c) => c.teams.push({ slug: 'escalation', name: 'X', members: [] }),
      'teams.2.slug escalation is reserved',
    ],
    [
      'duplicate channel id',
      (c) =>
        c.teams[1].members.push({ id: 'bo', name: 'Bo', channels: [{ id: 'ana-mail', kind: 'email', target: 'b@x' }] }),
      'channels.0.id ana-mail is used by another channel',
    ],
    ['lead who is no member', (c) => (c.teams[1].lead = 'zed'), 'teams.1.lead zed is not a member of engineering'],
    [
      'route to no team',
      (c) => c.routing.push({ priority: 5, system: 'xero', team: 'finance' }),
      'routing.2.team finance names no team',
    ],
    ['no catch-all', (c) => c.routing.pop(), 'routing needs a catch-all rule'],
    [
      'levels out of order',
      (c) => c.policies[0].levels.push({ afterMinutes: 5, notify: ['ana'] }),
      'policies.0.levels.2.afterMinutes must not be before',
    ],
    [
      'two policies for a team',
      (c) => c.policies.push({ team: 'support', levels: [], urgency: {} }),
      'policies.1.team support already has a policy',
    ],
    [
      'after-hours team unknown',
      (c) => (c.teams[0].afterHours = { team: 'nightdesk' }),
      'teams.0.afterHours.team nightdesk names no team',
    ],
    [
      'hours that end before they start',
      (c) => (c.teams[0].businessHours = { timeZone: 'UTC', days: [1], start: '17:00', end: '09:00' }),
      'teams.0.businessHours.end must be after start',
    ],
    [
      'a typo in after-hours cover',
      (c) => (c.teams[1].afterHours = { members: ['erni'] }),
      'teams.engineering.afterHours.members[0]: no member "erni"',
    ],
    [
      'a role naming nobody',
      (c) => (c.teams[0].roles = { firstResponse: ['ana', 'bo'] }),
      'teams.support.roles.firstResponse[1]: no member "bo" in support',
    ],
    [
      'a level naming nobody',
      (c) => c.policies[0].levels[1].notify.push('ghost'),
      'policies.support.levels[1].notify[1]: no member "ghost"',
    ],
    [
      'an after-hours level naming nobody',
      (c) => (c.policies[0].levels[0].afterHours = ['nite']),
      'policies.support.levels[0].afterHours[0]: no member "nite"',
    ],
    [
      '"lead" where there is none',
      (c) => (delete c.teams[0].lead, undefined),
      'policies.support.levels[1].notify[0]: "lead" but support names no lead',
    ],
    [
      'an unknown team reference',
      (c) => c.policies[0].levels[0].notify.push('team:finance'),
      'policies.support.levels[0].notify[1]: no team "finance"',
    ],
    [
      'an unknown channel reference',
      (c) => c.policies[0].levels[0].notify.push('channel:nope'),
      'policies.support.levels[0].notify[1]: no team channel "nope"',
    ],
    [
      'a level naming nobody at all',
      (c) => (c.policies[0].levels[1].notify = []),
      'policies.support.levels[1].notify: names nobody',
    ],
    [
      'a rotation naming nobody on the team',
      (c) =>
        (c.teams[0].schedule = {
          rotations: [{ id: 'p', every: 'weekly', handOffAt: '09:00', start: '2026-11-02', members: ['ana', 'zed'] }],
        }),
      'teams.support.schedule.rotations[0].members[1]: no member "zed" in support',
    ],
    [
      'an override of no rotation',
      (c) =>
        (c.teams[0].schedule = {
          rotations: [],
          overrides: [{ rotation: 'p', member: 'ana', from: '2026-11-02T00:00:00Z', until: '2026-11-03T00:00:00Z' }],
        }),
      'teams.support.schedule.overrides[0].rotation: no rotation "p" in support',
    ],
    [
      'a level naming no rotation',
      (c) => c.policies[0].levels[0].notify.push('oncall:primary'),
      'policies.support.levels[0].notify[1]: no rotation "primary" in support',
    ],
    [
      'after-hours cover by no rotation',
      (c) => (c.teams[0].afterHours = { members: ['oncall:nights'] }),
      'teams.support.afterHours.members[0]: no rotation "nights" in support',
    ],
    [
      'a policy with no levels',
      (c) => (c.policies[0].levels = []),
      'policies.support.levels: a policy needs at least one level',
    ],
  ])('%s', (_name, mutate, expected) => {
    const config = base();
    mutate(config);
    expect(referenceErrors(config).join('\n')).toContain(expected);
  });
});

describe('member references that resolve', () => {
  it("accepts another team's member as after-hours cover, as the planner resolves it", () => {
    const config = base();
    config.teams[1].members.push({ id: 'eli', name: 'Eli', channels: [] });
    config.teams[0].afterHours = { members: ['eli'] };
    expect(referenceErrors(config)).toEqual([]);
  });
});
