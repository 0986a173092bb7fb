import type { SeamConfig } from '../../core/seam-config.types';

/** What a redacted URL ends with; an import carrying it is a non-admin's export, not a usable target. */
export const REDACTED = '…';

/**
 * Slack and Teams incoming-webhook URLs are credentials (anyone holding one can post as the channel), and
 * a retry URL may carry a token: readers who cannot change the config see only where they point.
 */
export function redactTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}/${REDACTED}`;
  } catch {
    return REDACTED;
  }
}

export function withRedactedTargets(config: SeamConfig): SeamConfig {
  const redactChannel = <C extends { kind: string; target: string }>(channel: C): C =>
    channel.kind === 'email' ? channel : { ...channel, target: redactTarget(channel.target) };
  return {
    ...config,
    teams: config.teams.map((team) => ({
      ...team,
      members: team.members.map((member) => ({ ...member, channels: member.channels.map(redactChannel) })),
      ...(team.channels ? { channels: team.channels.map(redactChannel) } : {}),
    })),
    ...(config.integrations
      ? {
          integrations: config.integrations.map((i) => (i.retryUrl ? { ...i, retryUrl: redactTarget(i.retryUrl) } : i)),
        }
      : {}),
  };
}
