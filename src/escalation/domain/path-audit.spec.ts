import { describe, expect, it } from 'vitest';
import type { SeamConfig } from '../../core/seam-config.types';
import { auditPaths, type AuditFinding } from './path-audit';

const now = new Date('2026-11-24T00:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

type Config = Pick<SeamConfig, 'teams' | 'policies'>;
const clean = (): Config => ({
  teams: [
    {
      slug: 'support',
      name: 'Support',
      lead: 'mia',
      businessHours: { timeZone: 'Australia/Melbourne', days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
      afterHours: { members: ['mia', 'raj'] },
      members: [
        {
          id: 'mia',
          name: 'Mia',
          channels: [
            {
              id: 'mia-mail',
              kind: 'email',
              target: 'mia@example.com',
              verifiedAt: ago(3),
              lastDelivery: { at: ago(1), ok: true },
            },
          ],
        },
        {
          id: 'raj',
          name: 'Raj',
          channels: [{ id: 'raj-slack', kind: 'slack', target: 'https://hooks.example/r', verifiedAt: ago(10) }],
        },
      ],
      channels: [{ id: 'support-slack', kind: 'slack', target: 'https://hooks.example/s', verifiedAt: ago(1) }],
    },
    // around the clock: needs no after-hours cover
    {
      slug: 'engineering',
      name: 'Engineering',
      lead: 'sam',
      roles: { firstResponse: ['sam', 'eli'] },
      members: [
        {
          id: 'sam',
          name: 'Sam',
          channels: [{ id: 'sam-jira', kind: 'jira', target: 'https://jira.example/h', verifiedAt: ago(2) }],
        },
        {
          id: 'eli',
          name: 'Eli',
          channels: [{ id: 'eli-mail', kind: 'email', target: 'eli@example.com', verifiedAt: ago(2) }],
        },
      ],
    },
  ],
  policies: [
    {
      team: 'support',
      levels: [
        { afterMinutes: 0, notify: ['mia', 'channel:support-slack'] },
        { afterMinutes: 15, notify: ['raj', 'lead', 'team:engineering'] },
      ],
      urgency: {},
      lastDrillAt: ago(5),
    },
    {
      team: 'engineering',
      levels: [
        { afterMinutes: 0, notify: ['sam'] },
        { afterMinutes: 10, notify: ['eli'] },
      ],
      urgency: {},
      lastDrillAt: ago(5),
    },
  ],
});
const support = (c: Config) => c.teams[0];
const supportPolicy = (c: Config) => c.policies[0];
const withoutCover = (c: Config) => delete support(c).afterHours;

describe('auditPaths', () => {
  it('finds nothing in a healthy config', () => {
    expect(auditPaths(clean(), now)).toEqual([]);
  });

  it.each<[string, (c: Config) => unknown, Partial<Omit<AuditFinding, 'detail'>> & { detail?: RegExp }]>([
    [
      'an away member in notify',
      (c) => (support(c).members[1].away = true),
      {
        kind: 'level_points_at_away_member',
        severity: 'warning',
        subject: 'support level 2 notify: raj',
        detail: /^Support's level 2 notifies Raj, who is away/,
      },
    ],
    [
      'an away member in afterHours',
      (c) => ((support(c).members[1].away = true), (supportPolicy(c).levels[0].afterHours = ['raj'])),
      {
        kind: 'level_points_at_away_member',
        severity: 'warning',
        subject: 'support level 1 afterHours: raj',
        detail: /level 1 \(after hours\) notifies Raj/,
      },
    ],
    [
      'an id nobody has',
      (c) => supportPolicy(c).levels[1].notify.push('ghost'),
      {
        kind: 'level_points_at_unknown_member',
        severity: 'critical',
        subject: 'support level 2 notify: ghost',
        detail: /"ghost", who is not a member of Support \(left, or a typo\)\.$/,
      },
    ],
    [
      "another team's member named bare",
      (c) => supportPolicy(c).levels[1].notify.push('sam'),
      {
        kind: 'level_points_at_unknown_member',
        severity: 'critical',
        detail: /not a member of Support but of Engineering: name them as team:engineering/,
      },
    ],
    [
      '"lead" in a team without one',
      (c) => delete support(c).lead,
      {
        kind: 'level_points_at_unknown_member',
        severity: 'critical',
        subject: 'support level 2 notify: lead',
        detail: /Support has no lead/,
      },
    ],
    [
      'a team that does not exist',
      (c) => supportPolicy(c).levels[0].notify.push('team:finance'),
      { kind: 'level_points_at_unknown_member', severity: 'critical', detail: /team "finance", which does not exist/ },
    ],
    [
      "a channel that is not the team's",
      (c) => supportPolicy(c).levels[0].notify.push('channel:mia-mail'),
      {
        kind: 'level_points_at_unknown_member',
        severity: 'critical',
        detail: /channel "mia-mail", which is not one of Support's channels/,
      },
    ],
    [
      'business hours, no cover, nothing pages',
      (c) => (withoutCover(c), (supportPolicy(c).urgency = { defect: 'business_hours' })),
      {
        kind: 'no_after_hours_cover',
        severity: 'warning',
        subject: 'support',
        detail:
          /^Support keeps business hours \(08:30–17:30 Australia\/Melbourne\) but names nobody for after hours\.$/,
      },
    ],
    [
      'business hours, no cover, and defects page by default',
      withoutCover,
      { kind: 'no_after_hours_cover', severity: 'critical', detail: /pages at night for defect\.$/ },
    ],
    [
      'business hours, no cover, no policy',
      (c) => (withoutCover(c), c.policies.splice(0, 1)),
      { kind: 'no_after_hours_cover', severity: 'warning' },
    ],
    [
      'a member channel never verified',
      (c) => delete support(c).members[1].channels[0].verifiedAt,
      {
        kind: 'contact_never_verified',
        severity: 'warning',
        subject: 'Raj channel raj-slack (slack)',
        detail: /^Raj's slack channel raj-slack has never been confirmed/,
      },
    ],
    [
      'verifiedAt null',
      (c) => (support(c).members[1].channels[0].verifiedAt = null),
      { kind: 'contact_never_verified', severity: 'warning' },
    ],
    [
      'verifiedAt unreadable',
      (c) => (support(c).members[1].channels[0].verifiedAt = 'last week'),
      { kind: 'contact_never_verified', severity: 'warning' },
    ],
    [
      'a team channel never verified',
      (c) => (support(c).channels![0].verifiedAt = null),
      { kind: 'contact_never_verified', severity: 'warning', subject: 'Support channel support-slack (slack)' },
    ],
    [
      'verified 31 days ago',
      (c) => (support(c).members[1].channels[0].verifiedAt = ago(31)),
      {
        kind: 'contact_verification_stale',
        severity: 'warning',
        detail: /last confirmed 31 days ago \(more than 30\)/,
      },
    ],
    [
      'verified an hour past the limit',
      (c) => (support(c).members[1].channels[0].verifiedAt = ago(30 + 1 / 24)),
      { kind: 'contact_verification_stale', severity: 'warning' },
    ],
    [
      'a failed last delivery',
      (c) => (support(c).members[0].channels[0].lastDelivery = { at: ago(0), ok: false, error: 'HTTP 410' }),
      {
        kind: 'channel_last_delivery_failed',
        severity: 'critical',
        subject: 'Mia channel mia-mail (email)',
        detail: /^The last delivery to Mia's email channel mia-mail failed \(HTTP 410\)\.$/,
      },
    ],
    [
      'a team channel whose last delivery failed',
      (c) => (support(c).channels![0].lastDelivery = { at: ago(0), ok: false }),
      { kind: 'channel_last_delivery_failed', severity: 'critical', detail: /support-slack failed\.$/ },
    ],
    [
      'a policy never drilled',
      (c) => (supportPolicy(c).lastDrillAt = null),
      {
        kind: 'policy_never_drilled',
        severity: 'warning',
        subject: 'support policy',
        detail: /^Support's escalation policy has never been drilled\.$/,
      },
    ],
    [
      'a policy without lastDrillAt at all',
      (c) => delete supportPolicy(c).lastDrillAt,
      { kind: 'policy_never_drilled', severity: 'warning' },
    ],
    [
      'a drill 45 days ago',
      (c) => (supportPolicy(c).lastDrillAt = ago(45)),
      { kind: 'policy_drill_stale', severity: 'warning', detail: /last drilled 45 days ago \(more than 30\)/ },
    ],
    [
      'a team without a policy',
      (c) => c.policies.splice(0, 1),
      {
        kind: 'team_without_policy',
        severity: 'warning',
        subject: 'support',
        detail: /^Support has no escalation policy/,
      },
    ],
  ])('%s', (_name, rot, expected) => {
    const config = clean();
    rot(config);
    const { detail, ...rest } = expected;
    expect(auditPaths(config, now)).toContainEqual({
      team: 'support',
      subject: expect.any(String),
      ...rest,
      detail: detail ? expect.stringMatching(detail) : expect.any(String),
    });
  });

  it.each<[string, (c: Config) => unknown]>([
    ['verified exactly 30 days ago', (c) => (support(c).members[1].channels[0].verifiedAt = ago(30))],
    ['drilled exactly 30 days ago', (c) => (supportPolicy(c).lastDrillAt = ago(30))],
    [
      'cover given by a level rather than the team',
      (c) => (withoutCover(c), (supportPolicy(c).levels[1].afterHours = ['mia'])),
    ],
    ['cover given by another team', (c) => (support(c).afterHours = { team: 'engineering' })],
    ['a channel never used yet', (c) => (support(c).members[0].channels[0].lastDelivery = null)],
  ])('does not flag %s', (_name, change) => {
    const config = clean();
    change(config);
    expect(auditPaths(config, now)).toEqual([]);
  });

  it('the limits are parameters', () => {
    const config = clean();
    expect(auditPaths(config, now, 7, 3).map((f) => [f.kind, f.subject])).toEqual([
      ['policy_drill_stale', 'support policy'],
      ['contact_verification_stale', 'Raj channel raj-slack (slack)'],
      ['policy_drill_stale', 'engineering policy'],
    ]);
  });

  it('critical findings come first, each severity in config order', () => {
    const config = clean();
    withoutCover(config);
    delete support(config).members[1].channels[0].verifiedAt;
    supportPolicy(config).levels[1].notify.push('ghost');
    expect(auditPaths(config, now).map((f) => [f.severity, f.kind])).toEqual([
      ['critical', 'level_points_at_unknown_member'],
      ['critical', 'no_after_hours_cover'],
      ['warning', 'contact_never_verified'],
    ]);
  });
});
