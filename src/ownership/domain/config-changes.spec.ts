import { describe, expect, it } from 'vitest';
import { emptySeamConfig } from '../../../test/support/seam-config';
import type { SeamConfig } from '../../core/seam-config.types';
import { configChanges } from './config-changes';

const base = (): SeamConfig => ({
  ...emptySeamConfig(),
  teams: [
    {
      slug: 'support',
      name: 'Support',
      members: [
        {
          id: 'mia',
          name: 'Mia',
          channels: [
            {
              id: 'mia-slack',
              kind: 'slack',
              target: 'https://hooks.slack.example/T1/secret',
              lastDelivery: { at: '2026-11-01T00:00:00.000Z', ok: true },
            },
          ],
        },
      ],
    },
    { slug: 'engineering', name: 'Engineering', members: [] },
  ],
  routing: [{ priority: 10, team: 'support' }],
});

describe('configChanges', () => {
  it.each<[string, (c: SeamConfig) => void, string | undefined, string[]]>([
    ['nothing changed', () => undefined, undefined, []],
    [
      'only delivery history changed',
      (c) => (c.teams[0].members[0].channels[0].lastDelivery = { at: '2026-11-02T00:00:00.000Z', ok: false }),
      undefined,
      [],
    ],
    ['a route changed', (c) => (c.routing[0].priority = 20), undefined, ['routing']],
    ['a team renamed', (c) => (c.teams[1].name = 'Eng'), undefined, ['teams']],
    ['the named team renamed', (c) => (c.teams[0].name = 'Desk'), 'support', ['team']],
    ['another team renamed, narrowed to support', (c) => (c.teams[1].name = 'Eng'), 'support', []],
    [
      'noise and routing changed',
      (c) => ((c.noise.transientGraceMinutes = 5), (c.routing[0].team = 'engineering')),
      undefined,
      ['routing', 'noise'],
    ],
  ])('%s', (_name, change, team, changed) => {
    const after = base();
    change(after);
    expect(configChanges(base(), after, team).changed).toEqual(changed);
  });

  it('shows before and after of each changed section, webhook URLs redacted to where they point and a digest', () => {
    const after = base();
    after.teams[0].members[0].channels[0].target = 'https://hooks.slack.example/T2/other-secret';
    const change = configChanges(base(), after, 'support');
    expect(change.changed).toEqual(['team']);
    expect(JSON.stringify(change)).not.toContain('secret');
    expect(change.before.team).toMatchObject({
      slug: 'support',
      members: [
        { channels: [{ target: expect.stringMatching(/^https:\/\/hooks\.slack\.example\/… sha256:[0-9a-f]{12}$/) }] },
      ],
    });
  });

  it('a removed team is null after', () => {
    const after = base();
    after.teams = after.teams.filter((t) => t.slug !== 'engineering');
    expect(configChanges(base(), after, 'engineering')).toMatchObject({ changed: ['team'], after: { team: null } });
  });
});
