import type { ContactChannel, EscalationPolicy, SeamConfig, Team } from './escalation.types';

export type AuditFindingKind =
  | 'level_points_at_away_member'
  | 'level_points_at_unknown_member'
  | 'no_after_hours_cover'
  | 'contact_never_verified'
  | 'contact_verification_stale'
  | 'channel_last_delivery_failed'
  | 'policy_never_drilled'
  | 'policy_drill_stale'
  | 'team_without_policy';

export interface AuditFinding {
  kind: AuditFindingKind;
  team: string;
  subject: string;
  detail: string;
  severity: 'warning' | 'critical';
}

const DAY = 86_400_000;
const daysSince = (iso: string, now: Date): number => Math.floor((now.getTime() - new Date(iso).getTime()) / DAY);

function levelFindings(team: Team, policy: EscalationPolicy, teams: readonly Team[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const channelIds = new Set((team.channels ?? []).map((c) => c.id));
  policy.levels.forEach((level, index) => {
    for (const [list, reference] of [...level.notify.map((r) => ['notify', r] as const), ...(level.afterHours ?? []).map((r) => ['afterHours', r] as const)]) {
      const where = `${team.slug} level ${index + 1} ${list}`;
      if (reference === 'lead') {
        if (!team.lead) findings.push({ kind: 'level_points_at_unknown_member', team: team.slug, subject: `${where}: lead`, detail: `${team.name} level ${index + 1} notifies the lead, but the team has none`, severity: 'critical' });
        continue;
      }
      if (reference.startsWith('team:')) {
        if (!teams.some((t) => t.slug === reference.slice(5))) findings.push({ kind: 'level_points_at_unknown_member', team: team.slug, subject: `${where}: ${reference}`, detail: `${team.name} level ${index + 1} notifies ${reference}, which does not exist`, severity: 'critical' });
        continue;
      }
      if (reference.startsWith('channel:')) {
        if (!channelIds.has(reference.slice(8))) findings.push({ kind: 'level_points_at_unknown_member', team: team.slug, subject: `${where}: ${reference}`, detail: `${team.name} level ${index + 1} notifies ${reference}, which is not a channel of the team`, severity: 'critical' });
        continue;
      }
      const member = teams.flatMap((t) => t.members).find((m) => m.id === reference);
      if (!member) {
        findings.push({ kind: 'level_points_at_unknown_member', team: team.slug, subject: `${where}: ${reference}`, detail: `${team.name} level ${index + 1} notifies "${reference}", who is not a member of any team (left, or a typo)`, severity: 'critical' });
      } else if (member.away) {
        findings.push({ kind: 'level_points_at_away_member', team: team.slug, subject: `${where}: ${member.id}`, detail: `${team.name} level ${index + 1} notifies ${member.name}, who is away: that level falls through to whoever else it names`, severity: 'warning' });
      }
    }
  });
  return findings;
}

function channelFindings(team: Team, owner: string, channel: ContactChannel, now: Date, verifyWithinDays: number): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const subject = `${owner} channel ${channel.id} (${channel.kind})`;
  if (!channel.verifiedAt) {
    findings.push({ kind: 'contact_never_verified', team: team.slug, subject, detail: `${owner}'s ${channel.kind} channel ${channel.id} has never been confirmed to reach them`, severity: 'warning' });
  } else if (daysSince(channel.verifiedAt, now) > verifyWithinDays) {
    findings.push({ kind: 'contact_verification_stale', team: team.slug, subject, detail: `${owner}'s ${channel.kind} channel ${channel.id} was last confirmed ${daysSince(channel.verifiedAt, now)} days ago`, severity: 'warning' });
  }
  if (channel.lastDelivery && !channel.lastDelivery.ok) {
    findings.push({ kind: 'channel_last_delivery_failed', team: team.slug, subject, detail: `the last delivery to ${owner}'s ${channel.kind} channel ${channel.id} failed${channel.lastDelivery.error ? `: ${channel.lastDelivery.error}` : ''}`, severity: 'critical' });
  }
  return findings;
}

/** Escalation paths that have rotted, worst first: what to fix before the next incident finds it. */
export function auditPaths(config: Pick<SeamConfig, 'teams' | 'policies'>, now: Date, verifyWithinDays = 30, drillWithinDays = 30): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const team of config.teams) {
    const policy = config.policies.find((p) => p.team === team.slug);
    if (!policy) {
      findings.push({ kind: 'team_without_policy', team: team.slug, subject: team.slug, detail: `${team.name} has no escalation policy: everyone on it is told at once and nobody after`, severity: 'warning' });
    } else {
      findings.push(...levelFindings(team, policy, config.teams));
      if (!policy.lastDrillAt) {
        findings.push({ kind: 'policy_never_drilled', team: team.slug, subject: `${team.slug} policy`, detail: `${team.name}'s escalation policy has never been drilled`, severity: 'warning' });
      } else if (daysSince(policy.lastDrillAt, now) > drillWithinDays) {
        findings.push({ kind: 'policy_drill_stale', team: team.slug, subject: `${team.slug} policy`, detail: `${team.name}'s escalation policy was last drilled ${daysSince(policy.lastDrillAt, now)} days ago`, severity: 'warning' });
      }
    }
    const covered = !!team.afterHours?.members?.length || !!team.afterHours?.team || !!policy?.levels.some((level) => level.afterHours?.length);
    if (team.businessHours && !covered) {
      const pages = !!policy && Object.values(policy.urgency).includes('page');
      findings.push({
        kind: 'no_after_hours_cover',
        team: team.slug,
        subject: team.slug,
        detail: `${team.name} keeps business hours (${team.businessHours.timeZone}) but names nobody for after hours${pages ? ', and its policy pages at night' : ''}`,
        severity: pages ? 'critical' : 'warning',
      });
    }
    for (const member of team.members) for (const channel of member.channels) findings.push(...channelFindings(team, member.name, channel, now, verifyWithinDays));
    for (const channel of team.channels ?? []) findings.push(...channelFindings(team, team.name, channel, now, verifyWithinDays));
  }
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
}
