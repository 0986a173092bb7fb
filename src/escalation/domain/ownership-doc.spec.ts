import { describe, expect, it } from 'vitest';
import type { SeamConfig } from './escalation.types';
import { renderOwnershipHtml, renderOwnershipMarkdown } from './ownership-doc';

const now = new Date('2026-11-24T00:00:00Z');
const empty = (): SeamConfig => ({ teams: [], routing: [], policies: [], calendar: [], knownIssues: [], noise: { thresholds: {}, transientGraceMinutes: 10 }, hypercare: [] });

const threeTeams = (): SeamConfig => ({
  ...empty(),
  teams: [
    {
      slug: 'support',
      name: 'Support desk',
      lead: 'mia',
      businessHours: { timeZone: 'Australia/Melbourne', days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
      afterHours: { team: 'offshore' },
      roles: { talksToUsers: ['mia'], workaround: ['raj'] },
      members: [
        { id: 'mia', name: 'Mia Chen', channels: [] },
        { id: 'raj', name: 'Raj Patel', channels: [] },
      ],
    },
    { slug: 'offshore', name: 'Offshore desk', lead: 'lin', members: [{ id: 'lin', name: 'Lin Santos', channels: [] }] },
    { slug: 'rnd', name: 'R&D <core>', lead: 'sam', members: [{ id: 'sam', name: 'Sam Okafor', channels: [] }] },
  ],
  routing: [
    { priority: 10, classification: 'defect', team: 'rnd' },
    { priority: 5, classification: 'defect', system: 'xero', team: 'support' },
    { priority: 1000, team: 'support' },
  ],
  policies: [{ team: 'support', levels: [{ afterMinutes: 0, notify: ['mia'] }, { afterMinutes: 15, notify: ['raj'], afterHours: ['team:offshore'] }], urgency: { bad_source_data: 'business_hours' } }],
  knownIssues: [{ id: 'KI-1', title: 'Tax codes', expiresAt: '2026-12-01T00:00:00Z', supportScript: 'Tell users to wait', match: {} }],
  hypercare: [{ integration: 'portal-netsuite', from: '2026-11-01T00:00:00Z', until: '2026-12-15T00:00:00Z', engineeringTeam: 'rnd' }],
});

describe('ownership document', () => {
  it('names owners, people, hours, cover and delays for a three-team set-up', () => {
    const markdown = renderOwnershipMarkdown(threeTeams(), now);
    for (const text of ['| Defect | R&D <core> | xero → Support desk |', '| Bad source data | Support desk |', 'Mia Chen', 'Raj Patel', '08:30–17:30 Mon Tue Wed Thu Fri (Australia/Melbourne)', '| Support desk | 2 | 15 min | Raj Patel | Offshore desk (first response) |', 'Tell users to wait', 'portal-netsuite']) {
      expect(markdown).toContain(text);
    }
  });

  it('escapes HTML', () => {
    const html = renderOwnershipHtml(threeTeams(), now);
    expect(html).toContain('R&amp;D &lt;core&gt;');
    expect(html).not.toContain('R&D <core>');
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('renders an empty set-up: support owns everything', () => {
    const markdown = renderOwnershipMarkdown(empty(), now);
    expect(markdown).toContain('| Defect | support |');
    expect(markdown).toContain('| Needs triage | support |');
  });
});
