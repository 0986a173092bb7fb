import { describe, expect, it } from 'vitest';
import { emptySeamConfig } from '../../../test/support/seam-config';
import type { SeamConfig } from '../../core/seam-config.types';
import { renderOwnershipHtml, renderOwnershipMarkdown } from './ownership-doc';

const now = new Date('2026-11-24T00:00:00Z');
const threeTeams = (): SeamConfig => ({
  ...emptySeamConfig(),
  teams: [
    {
      slug: 'support',
      name: 'Support desk',
      lead: 'mia',
      region: 'AU-VIC',
      businessHours: { timeZone: 'Australia/Melbourne', days: [5, 1, 2, 3, 4], start: '08:30', end: '17:30' },
      afterHours: { team: 'offshore' },
      roles: { talksToUsers: ['mia'], workaround: ['raj'] },
      members: [
        { id: 'mia', name: 'Mia Chen', channels: [] },
        { id: 'raj', name: 'Raj Patel', away: true, channels: [] },
      ],
      channels: [{ id: 'support-slack', kind: 'slack', target: 'https://hooks.example/s' }],
    },
    {
      slug: 'offshore',
      name: 'Offshore desk',
      lead: 'lin',
      roles: { firstResponse: ['ari'] },
      businessHours: { timeZone: 'Asia/Manila', days: [1, 2, 3, 4, 5, 6], start: '20:00', end: '23:59' },
      members: [
        { id: 'lin', name: 'Lin Santos', channels: [] },
        { id: 'ari', name: 'Ari Cruz', channels: [] },
      ],
    },
    { slug: 'rnd', name: 'R&D <core>', lead: 'sam', members: [{ id: 'sam', name: 'Sam Okafor', channels: [] }] },
  ],
  routing: [
    { priority: 10, classification: 'defect', team: 'rnd' },
    { priority: 5, classification: 'defect', system: 'xero', team: 'support' },
    { priority: 20, classification: 'defect', integration: 'late', team: 'support' },
    { priority: 50, system: 'sap', team: 'rnd' },
    { priority: 1000, team: 'support' },
  ],
  policies: [
    {
      team: 'support',
      levels: [
        { afterMinutes: 0, notify: ['mia', 'channel:support-slack'] },
        { afterMinutes: 15, notify: ['raj', 'lead'], afterHours: ['team:offshore'] },
        { afterMinutes: 90, notify: ['team:rnd'] },
      ],
      urgency: { needs_triage: 'digest' },
      pageAtRecords: 40,
    },
  ],
  knownIssues: [
    {
      id: 'KI-1',
      title: 'Tax codes',
      expiresAt: '2026-12-01T00:00:00Z',
      supportScript: 'Tell users to wait',
      match: { system: 'netsuite', messageRegex: 'tax code' },
    },
    { id: 'KI-0', title: 'Long gone', expiresAt: '2026-11-01T00:00:00Z', match: {} },
  ],
  hypercare: [
    {
      integration: 'portal-netsuite',
      from: '2026-11-01T00:00:00Z',
      until: '2026-12-15T00:00:00Z',
      engineeringTeam: 'rnd',
    },
    { integration: 'old-go-live', from: '2026-09-01T00:00:00Z', until: '2026-10-01T00:00:00Z' },
  ],
});

describe('renderOwnershipMarkdown', () => {
  const markdown = renderOwnershipMarkdown(threeTeams(), now);

  it.each([
    // owners, the way the router decides: xero comes first, the late integration rule after the class rule never fires
    [
      'the owner of a class and its more specific routes',
      '| Defect | R&D <core> | system xero → Support desk; integration late → Support desk (never reached) |',
    ],
    [
      'a class owned by the catch-all, with an any-class route',
      '| Bad source data | Support desk | system sap → R&D <core> |',
    ],
    [
      'who does what, by name',
      '| Support desk | Mia Chen | Mia Chen | Mia Chen | Raj Patel (away) | 08:30–17:30 Mon Tue Wed Thu Fri (Australia/Melbourne), AU-VIC holidays off | Offshore desk (Lin Santos, Ari Cruz) |',
    ],
    [
      'first response defaults to the lead; no cover named',
      '| Offshore desk | Ari Cruz | Lin Santos | — | — | 20:00–23:59 Mon Tue Wed Thu Fri Sat (Asia/Manila) | nobody named |',
    ],
    [
      'a 24/7 team needs no cover',
      '| R&D <core> | Sam Okafor | Sam Okafor | — | — | around the clock | not needed (around the clock) |',
    ],
    [
      'level 1: at once, people and channels, the team cover at night',
      '| Support desk | 1 | at once | Mia Chen, slack channel support-slack | team cover: Offshore desk (Lin Santos, Ari Cruz) |',
    ],
    [
      "level 2: 15 min, the level's own after-hours list",
      '| Support desk | 2 | 15 min | Raj Patel (away), Mia Chen (lead) | Offshore desk first response (Ari Cruz) |',
    ],
    [
      'level 3: delays in hours',
      '| Support desk | 3 | 1 h 30 min | R&D <core> first response (Sam Okafor) | team cover: Offshore desk (Lin Santos, Ari Cruz) |',
    ],
    ['a team without a policy', '| Offshore desk | — | — | no escalation policy: everyone on the team, at once | — |'],
    [
      'urgency per class, defaults included, and what raises it',
      '| Support desk | pages at once | waits for business hours | waits for business hours | daily digest | 40 or more records; a business date within 1 day |',
    ],
    [
      'a known issue in force',
      '| KI-1 | Tax codes | system netsuite, message /tax code/ | 2026-12-01T00:00:00Z | Tell users to wait |',
    ],
    [
      'hypercare in force',
      '| portal-netsuite | 2026-11-01T00:00:00Z | 2026-12-15T00:00:00Z | Support desk | R&D <core> |',
    ],
  ])('shows %s', (_name, line) => {
    expect(markdown.split('\n')).toContain(line);
  });

  it.each([
    ['an expired known issue', 'KI-0'],
    ['a past hypercare window', 'old-go-live'],
    ['member ids where names belong', '| mia'],
    ['member ids after a comma', ', raj'],
  ])('leaves out %s', (_name, text) => {
    expect(markdown).not.toContain(text);
  });

  it('follows the router when a catch-all outranks a class rule', () => {
    const config = {
      ...threeTeams(),
      routing: [
        { priority: 1, team: 'support' },
        { priority: 10, classification: 'defect', team: 'rnd' },
      ],
    };
    expect(renderOwnershipMarkdown(config, now).split('\n')).toContain(
      '| Defect | Support desk | the whole class → R&D <core> (never reached) |',
    );
  });

  it('says where issues go without a catch-all', () => {
    const config = { ...threeTeams(), routing: [{ priority: 10, classification: 'defect', team: 'rnd' }] };
    const lines = renderOwnershipMarkdown(config, now).split('\n');
    expect(lines).toContain('No catch-all rule: whatever no rule takes goes to Support desk.');
    expect(lines).toContain('| Process change | Support desk | — |');
  });

  it('keeps a "|" in a value from breaking the table', () => {
    const config = {
      ...threeTeams(),
      knownIssues: [{ id: 'KI-2', title: 'A | B', expiresAt: '2027-01-01T00:00:00Z', match: {} }],
    };
    expect(renderOwnershipMarkdown(config, now).split('\n')).toContain(
      '| KI-2 | A \\| B | every issue | 2027-01-01T00:00:00Z | — |',
    );
  });
});

describe('the default set-up', () => {
  const oneTeam = (): SeamConfig => ({
    ...emptySeamConfig(),
    teams: [{ slug: 'support', name: 'Support', members: [{ id: 'ann', name: 'Ann', channels: [] }] }],
  });

  it.each([
    'No routing rules: Support owns every class.',
    '| Defect | Support | — |',
    '| Bad source data | Support | — |',
    '| Process change | Support | — |',
    '| Needs triage | Support | — |',
  ])('one team "support" and no rules: %s', (line) => {
    expect(renderOwnershipMarkdown(oneTeam(), now).split('\n')).toContain(line);
  });

  it.each([
    'No routing rules: support owns every class.',
    '| Defect | support | — |',
    'No teams are configured.',
    'None.',
  ])('nothing configured at all: %s', (line) => {
    expect(renderOwnershipMarkdown(emptySeamConfig(), now).split('\n')).toContain(line);
  });
});

describe('renderOwnershipHtml', () => {
  const html = renderOwnershipHtml(threeTeams(), now);

  it('is a complete document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</body></html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('escapes a team named R&D <core> wherever it appears', () => {
    expect(html).toContain('<td>R&amp;D &lt;core&gt;</td>');
    expect(html).not.toContain('R&D <core>');
  });

  it('escapes quotes', () => {
    const config = {
      ...threeTeams(),
      knownIssues: [{ id: 'KI-3', title: `"Bob's" fix`, expiresAt: '2027-01-01T00:00:00Z', match: {} }],
    };
    expect(renderOwnershipHtml(config, now)).toContain('<td>&quot;Bob&#39;s&quot; fix</td>');
  });

  it('has the same sections and rows as the Markdown', () => {
    const markdown = renderOwnershipMarkdown(threeTeams(), now);
    const headings = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]);
    expect(headings(html, /<h2>(.*?)<\/h2>/g)).toEqual(headings(markdown, /^## (.*)$/gm));
    expect(html.match(/<tr>/g)?.length).toBe(
      markdown.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('|---')).length,
    );
  });

  it('renders the empty set-up without tables where there is nothing to list', () => {
    const emptyHtml = renderOwnershipHtml(emptySeamConfig(), now);
    expect(emptyHtml).toContain('<p>No teams are configured.</p>');
    expect(emptyHtml.match(/<table>/g)?.length).toBe(1); // only the owners, which always has its four classes
  });
});
