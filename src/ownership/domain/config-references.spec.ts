import { describe, expect, it } from 'vitest';
import type { SeamConfig } from '../../escalation/domain/escalation.types';
import { referenceErrors } from './config-references';

const base = (): SeamConfig => ({
  teams: [
    { slug: 'support', name: 'Support', lead: 'ana', members: [{ id: 'ana', name: 'Ana', channels: [{ id: 'ana-mail', kind: 'email', target: 'ana@example.com' }] }] },
    { slug: 'engineering', name: 'Engineering', members: [] },
  ],
  routing: [
    { priority: 10, classification: 'defect', team: 'engineering' },
    { priority: 1000, team: 'support' },
  ],
  policies: [{ team: 'support', levels: [{ afterMinutes: 0, notify: ['ana'] }, { afterMinutes: 15, notify: ['lead'] }], urgency: {} }],
  calendar: [],
  knownIssues: [],
  noise: { thresholds: {}, transientGraceMinutes: 10 },
  hypercare: [],
});

describe('referenceErrors', () => {
  it('accepts a consistent config', () => {
    expect(referenceErrors(base())).toEqual([]);
  });

  it.each<[string, (c: SeamConfig) => void, string]>([
    ['duplicate team', (c) => c.teams.push({ slug: 'support', name: 'Again', members: [] }), 'teams.2.slug support is used by another team'],
    ['reserved slug', (c) => c.teams.push({ slug: 'escalation', name: 'X', members: [] }), 'teams.2.slug escalation is reserved'],
    ['duplicate channel id', (c) => c.teams[1].members.push({ id: 'bo', name: 'Bo', channels: [{ id: 'ana-mail', kind: 'email', target: 'b@x' }] }), 'channels.0.id ana-mail is used by another channel'],
    ['lead who is no member', (c) => (c.teams[1].lead = 'zed'), 'teams.1.lead zed is not a member of engineering'],
    ['route to no team', (c) => c.routing.push({ priority: 5, system: 'xero', team: 'finance' }), 'routing.2.team finance names no team'],
    ['no catch-all', (c) => c.routing.pop(), 'routing needs a catch-all rule'],
    ['levels out of order', (c) => c.policies[0].levels.push({ afterMinutes: 5, notify: ['ana'] }), 'policies.0.levels.2.afterMinutes must not be before'],
    ['two policies for a team', (c) => c.policies.push({ team: 'support', levels: [], urgency: {} }), 'policies.1.team support already has a policy'],
    ['after-hours team unknown', (c) => (c.teams[0].afterHours = { team: 'nightdesk' }), 'teams.0.afterHours.team nightdesk names no team'],
    ['hours that end before they start', (c) => (c.teams[0].businessHours = { timeZone: 'UTC', days: [1], start: '17:00', end: '09:00' }), 'teams.0.businessHours.end must be after start'],
  ])('%s', (_name, mutate, expected) => {
    const config = base();
    mutate(config);
    expect(referenceErrors(config).join('\n')).toContain(expected);
  });
});
