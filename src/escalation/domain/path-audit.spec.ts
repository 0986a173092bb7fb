import { describe, expect, it } from 'vitest';
import type { SeamConfig } from './escalation.types';
import { auditPaths, type AuditFindingKind } from './path-audit';

const now = new Date('2026-11-24T00:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

const clean = (): Pick<SeamConfig, 'teams' | 'policies'> => ({
  teams: [
    {
      slug: 'support',
      name: 'Support',
      lead: 'mia',
      businessHours: { timeZone: 'Australia/Melbourne', days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
      afterHours: { members: ['mia'] },
      members: [
        { id: 'mia', name: 'Mia', channels: [{ id: 'mia-mail', kind: 'email', target: 'mia@example.com', verifiedAt: ago(3), lastDelivery: { at: ago(1), ok: true } }] },
        { id: 'raj', name: 'Raj', channels: [{ id: 'raj-slack', kind: 'slack', target: 'https://hooks.example/r', verifiedAt: ago(10) }] },
      ],
    },
  ],
  policies: [{ team: 'support', levels: [{ afterMinutes: 0, notify: ['mia'] }, { afterMinutes: 15, notify: ['raj', 'lead'] }], urgency: {}, lastDrillAt: ago(5) }],
});

describe('auditPaths', () => {
  it('finds nothing in a healthy config', () => {
    expect(auditPaths(clean(), now)).toEqual([]);
  });

  it.each<[AuditFindingKind, (c: ReturnType<typeof clean>) => void, 'warning' | 'critical']>([
    ['level_points_at_away_member', (c) => (c.teams[0].members[1].away = true), 'warning'],
    ['level_points_at_unknown_member', (c) => c.policies[0].levels[1].notify.push('sam'), 'critical'],
    ['no_after_hours_cover', (c) => delete c.teams[0].afterHours, 'warning'],
    ['contact_never_verified', (c) => delete c.teams[0].members[1].channels[0].verifiedAt, 'warning'],
    ['contact_verification_stale', (c) => (c.teams[0].members[1].channels[0].verifiedAt = ago(31)), 'warning'],
    ['channel_last_delivery_failed', (c) => (c.teams[0].members[0].channels[0].lastDelivery = { at: ago(0), ok: false, error: 'HTTP 410' }), 'critical'],
    ['policy_never_drilled', (c) => (c.policies[0].lastDrillAt = null), 'warning'],
    ['policy_drill_stale', (c) => (c.policies[0].lastDrillAt = ago(45)), 'warning'],
    ['team_without_policy', (c) => (c.policies = []), 'warning'],
  ])('%s', (kind, rot, severity) => {
    const config = clean();
    rot(config);
    const findings = auditPaths(config, now);
    expect(findings.map((f) => f.kind)).toContain(kind);
    expect(findings.find((f) => f.kind === kind)).toMatchObject({ severity, team: 'support', detail: expect.any(String) });
  });

  it('a team that pages at night with no cover is critical, and critical findings come first', () => {
    const config = clean();
    delete config.teams[0].afterHours;
    config.policies[0].urgency = { defect: 'page' };
    delete config.teams[0].members[1].channels[0].verifiedAt;
    const findings = auditPaths(config, now);
    expect(findings[0]).toMatchObject({ kind: 'no_after_hours_cover', severity: 'critical' });
  });
});
