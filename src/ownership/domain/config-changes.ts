import type { SeamConfig, Team } from '../../core/seam-config.types';
import { createHash } from 'node:crypto';
import { redactTarget } from './target-redaction';

export type ConfigChange = {
  /** top-level sections of seam.yaml that differ (for a team change, `team` stands for that team) */
  changed: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

/** Where a credential URL points, and a digest that tells two of them apart without revealing either. */
const fingerprinted = (url: string): string =>
  `${redactTarget(url)} sha256:${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;

/**
 * Delivery history changes with every notification: it is the service's record, not a change of
 * configuration, so it is left out. Webhook URLs are credentials and the audit log is read by more roles
 * than may see them: they are redacted as in a non-admin export, with a digest so a change still shows.
 */
function forTheRecord(config: SeamConfig): SeamConfig {
  const channel = <C extends { kind: string; target: string; lastDelivery?: unknown }>(given: C): C => {
    const { lastDelivery: _history, ...rest } = given;
    return (given.kind === 'email' ? rest : { ...rest, target: fingerprinted(given.target) }) as C;
  };
  return {
    ...config,
    teams: config.teams.map((team) => ({
      ...team,
      members: team.members.map((member) => ({ ...member, channels: member.channels.map(channel) })),
      ...(team.channels ? { channels: team.channels.map(channel) } : {}),
    })),
    ...(config.integrations
      ? {
          integrations: config.integrations.map((i) =>
            i.retryUrl ? { ...i, retryUrl: fingerprinted(i.retryUrl) } : i,
          ),
        }
      : {}),
  };
}

/**
 * What a configuration change changed, for the audit log: the sections that differ, before and after.
 * With `team`, the teams section is narrowed to that one team.
 */
export function configChanges(before: SeamConfig, after: SeamConfig, team?: string): ConfigChange {
  const shown = (config: SeamConfig): Record<string, unknown> => {
    const { teams, ...rest } = forTheRecord(config) as SeamConfig & Record<string, unknown>;
    if (team === undefined) return { teams, ...rest };
    return { team: (teams as Team[]).find((t) => t.slug === team) ?? null, ...rest };
  };
  const was = shown(before);
  const is = shown(after);
  const changed = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter(
    (key) => JSON.stringify(was[key] ?? null) !== JSON.stringify(is[key] ?? null),
  );
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, was[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, is[key] ?? null])),
  };
}
