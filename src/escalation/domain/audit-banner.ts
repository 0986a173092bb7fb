import type { AuditFinding } from './path-audit';
import type { SeamConfig } from '../../core/seam-config.types';

/**
 * The console's banner over the escalation audit, in words that say what to do first. Where nobody at
 * all can be reached (a fresh install: no team, or no member or team channel a notification could go
 * to), the count of findings means nothing yet: the banner says what to set up. Otherwise it counts the
 * problems and quotes the worst one. Null when there is nothing to say.
 */
export function auditBanner(
  config: Pick<SeamConfig, 'teams'>,
  findings: readonly AuditFinding[],
  options = { quoteWorst: true },
): string | null {
  const reachable = config.teams.some(
    (team) =>
      (team.channels?.length ?? 0) > 0 || team.members.some((member) => !member.away && member.channels.length > 0),
  );
  if (!reachable) {
    return config.teams.length === 0
      ? 'Nobody can be told about issues yet: set up a team with a member and a channel (seam.yaml teams), ' +
          'then routing and an escalation policy.'
      : 'Nobody can be told about issues yet: give a team member or a team a channel ' +
          '(email, Slack, Teams or a webhook) in seam.yaml, then verify it.';
  }
  if (findings.length === 0) return null;
  const critical = findings.filter((f) => f.severity === 'critical');
  const worst = critical[0] ?? findings[0];
  const count = `${findings.length} escalation path problem${findings.length === 1 ? '' : 's'}`;
  const severity = critical.length === 0 ? 'none critical' : `${critical.length} critical`;
  // (an HTTP header carries the counts alone: a finding's words may hold names no header may carry)
  return options.quoteWorst ? `${count} (${severity}); first: ${worst.detail}` : `${count} (${severity})`;
}
