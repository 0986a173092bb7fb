import type { SeamConfig } from '../../core/seam-config.types';
import { checkTargetUrl, type OutboundPolicy } from '../../platform/outbound/domain/outbound-policy';
import { REDACTED } from './target-redaction';

/**
 * Channel targets and retry URLs the outbound policy refuses, one line per field naming its path. Only
 * what the URL itself shows is decided here; a name is checked again on every resolution when sending.
 */
export function outboundTargetErrors(config: SeamConfig, policy: OutboundPolicy): string[] {
  const errors: string[] = [];
  const check = (path: string, url: string) => {
    if (url.endsWith(`/${REDACTED}`) || url === REDACTED)
      return void errors.push(`${path} is a redacted URL from a non-admin export; give the real URL`);
    const verdict = checkTargetUrl(policy, url);
    if (!verdict.ok) errors.push(`${path} ${verdict.reason}`);
  };
  config.teams.forEach((team, t) => {
    team.members.forEach((member, m) =>
      member.channels.forEach((channel, c) => {
        if (channel.kind !== 'email') check(`teams.${t}.members.${m}.channels.${c}.target`, channel.target);
      }),
    );
    (team.channels ?? []).forEach((channel, c) => {
      if (channel.kind !== 'email') check(`teams.${t}.channels.${c}.target`, channel.target);
    });
  });
  (config.integrations ?? []).forEach((integration, i) => {
    if (integration.retryUrl) check(`integrations.${i}.retryUrl`, integration.retryUrl);
  });
  return errors;
}
