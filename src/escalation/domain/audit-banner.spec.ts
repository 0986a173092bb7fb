import { describe, expect, it } from 'vitest';
import { auditBanner } from './audit-banner';
import type { AuditFinding } from './path-audit';
import type { Team } from '../../core/seam-config.types';

const team = (over: Partial<Team> = {}): Team => ({ slug: 'support', name: 'Support', members: [], ...over }) as Team;
const finding = (severity: AuditFinding['severity'], detail: string): AuditFinding => ({
  kind: 'contact_never_verified',
  team: 'support',
  subject: 's',
  detail,
  severity,
});
const email = {
  id: 'ana-mail',
  kind: 'email',
  target: 'ana@example.com',
} as Team['members'][number]['channels'][number];

describe('auditBanner', () => {
  it.each<[string, Team[], AuditFinding[], string | null]>([
    [
      'no team at all',
      [],
      [finding('warning', 'x')],
      'Nobody can be told about issues yet: set up a team with a member and a channel (seam.yaml teams), then routing and an escalation policy.',
    ],
    [
      'teams without a channel',
      [team({ members: [{ id: 'ana', name: 'Ana', channels: [] }] })],
      [finding('warning', 'a'), finding('warning', 'b'), finding('warning', 'c')],
      'Nobody can be told about issues yet: give a team member or a team a channel (email, Slack, Teams or a webhook) in seam.yaml, then verify it.',
    ],
    [
      'the only member with a channel is away',
      [team({ members: [{ id: 'ana', name: 'Ana', away: true, channels: [email] }] })],
      [],
      'Nobody can be told about issues yet: give a team member or a team a channel (email, Slack, Teams or a webhook) in seam.yaml, then verify it.',
    ],
    ['reachable, nothing found', [team({ members: [{ id: 'ana', name: 'Ana', channels: [email] }] })], [], null],
    [
      'reachable, warnings only',
      [team({ channels: [email] })],
      [finding('warning', 'Ana’s email was never verified.'), finding('warning', 'b')],
      '2 escalation path problems (none critical); first: Ana’s email was never verified.',
    ],
    [
      'reachable, a critical one is quoted first',
      [team({ channels: [email] })],
      [finding('warning', 'w'), finding('critical', 'Level 2 points at ghost.')],
      '2 escalation path problems (1 critical); first: Level 2 points at ghost.',
    ],
  ])('%s', (_, teams, findings, banner) => {
    expect(auditBanner({ teams }, findings)).toBe(banner);
  });

  it('leaves the finding out of the header form', () => {
    expect(
      auditBanner({ teams: [team({ channels: [email] })] }, [finding('critical', 'Ana is away')], {
        quoteWorst: false,
      }),
    ).toBe('1 escalation path problem (1 critical)');
  });
});
