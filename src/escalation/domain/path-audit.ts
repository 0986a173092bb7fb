import { CLASSIFICATIONS } from '../../core/classification.types';
import type { PathFinding } from '../../core/escalation-audit';
import { urgencyFor } from './escalation-plan';
import type { ContactChannel, EscalationPolicy, SeamConfig, Team } from '../../core/seam-config.types';
import { reachability, reachFindings, type ReachFindingKind } from './reachability';
import { isAway } from '../../ownership/domain/away-periods';

export type AuditFindingKind =
  | 'level_points_at_away_member'
  | 'level_points_at_unknown_member'
  | 'no_after_hours_cover'
  | 'contact_never_verified'
  | 'contact_verification_stale'
  | 'channel_last_delivery_failed'
  | 'policy_never_drilled'
  | 'policy_drill_stale'
  | 'team_without_policy'
  | ReachFindingKind;

export interface AuditFinding extends PathFinding {
  kind: AuditFindingKind;
}

const DAY = 86_400_000;

/**
 * How long ago an ISO timestamp was, or undefined when there is none. An unparsable one counts as
 * none: a date nobody can read proves nothing was checked.
 */
function ageMs(iso: string | null | undefined, now: Date): number | undefined {
  const at = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(at) ? undefined : now.getTime() - at;
}

const wholeDays = (ms: number): number => Math.floor(ms / DAY);

function levelFindings(team: Team, policy: EscalationPolicy, teams: readonly Team[], now: Date): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const channelIds = new Set((team.channels ?? []).map((c) => c.id));
  policy.levels.forEach((level, index) => {
    const entries = [
      ...level.notify.map((r) => ['notify', r] as const),
      ...(level.afterHours ?? []).map((r) => ['afterHours', r] as const),
    ];
    for (const [list, reference] of entries) {
      const where = `${team.slug} level ${index + 1} ${list}`;
      const said = `${team.name}'s level ${index + 1}${list === 'afterHours' ? ' (after hours)' : ''}`;
      const unknown = (detail: string) =>
        findings.push({
          kind: 'level_points_at_unknown_member',
          team: team.slug,
          subject: `${where}: ${reference}`,
          detail,
          severity: 'critical',
        });
      if (reference === 'lead') {
        if (!team.lead) unknown(`${said} notifies the team lead, but ${team.name} has no lead.`);
        continue;
      }
      if (reference.startsWith('team:')) {
        const slug = reference.slice('team:'.length);
        if (!teams.some((t) => t.slug === slug)) unknown(`${said} notifies team "${slug}", which does not exist.`);
        continue;
      }
      if (reference.startsWith('channel:')) {
        const id = reference.slice('channel:'.length);
        if (!channelIds.has(id))
          unknown(`${said} notifies channel "${id}", which is not one of ${team.name}'s channels.`);
        continue;
      }
      const member = team.members.find((m) => m.id === reference);
      if (!member) {
        // ids are unique per team only: a bare id from another team is ambiguous, so say how to name them
        const elsewhere = teams.find((t) => t !== team && t.members.some((m) => m.id === reference));
        unknown(
          elsewhere
            ? `${said} notifies "${reference}", who is not a member of ${team.name} but of ${elsewhere.name}: name them as team:${elsewhere.slug} or add them to ${team.name}.`
            : `${said} notifies "${reference}", who is not a member of ${team.name} (left, or a typo).`,
        );
      } else if (isAway(member, now)) {
        findings.push({
          kind: 'level_points_at_away_member',
          team: team.slug,
          subject: `${where}: ${member.id}`,
          detail: `${said} notifies ${member.name}, who is away: the level reaches only whoever else it names, or the lead.`,
          severity: 'warning',
        });
      }
    }
  });
  return findings;
}

function channelFindings(
  team: Team,
  owner: string,
  channel: ContactChannel,
  now: Date,
  verifyWithinDays: number,
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const subject = `${owner} channel ${channel.id} (${channel.kind})`;
  const verifiedAgo = ageMs(channel.verifiedAt, now);
  if (verifiedAgo === undefined) {
    findings.push({
      kind: 'contact_never_verified',
      team: team.slug,
      subject,
      detail: `${owner}'s ${channel.kind} channel ${channel.id} has never been confirmed to reach anyone.`,
      severity: 'warning',
    });
  } else if (verifiedAgo > verifyWithinDays * DAY) {
    findings.push({
      kind: 'contact_verification_stale',
      team: team.slug,
      subject,
      detail: `${owner}'s ${channel.kind} channel ${channel.id} was last confirmed ${wholeDays(verifiedAgo)} days ago (more than ${verifyWithinDays}).`,
      severity: 'warning',
    });
  }
  if (channel.lastDelivery && channel.lastDelivery.ok === false) {
    findings.push({
      kind: 'channel_last_delivery_failed',
      team: team.slug,
      subject,
      detail: `The last delivery to ${owner}'s ${channel.kind} channel ${channel.id} failed${channel.lastDelivery.error ? ` (${channel.lastDelivery.error})` : ''}.`,
      severity: 'critical',
    });
  }
  return findings;
}

function drillFindings(team: Team, policy: EscalationPolicy, now: Date, drillWithinDays: number): AuditFinding[] {
  const subject = `${team.slug} policy`;
  const drilledAgo = ageMs(policy.lastDrillAt, now);
  if (drilledAgo === undefined)
    return [
      {
        kind: 'policy_never_drilled',
        team: team.slug,
        subject,
        detail: `${team.name}'s escalation policy has never been drilled.`,
        severity: 'warning',
      },
    ];
  if (drilledAgo > drillWithinDays * DAY) {
    return [
      {
        kind: 'policy_drill_stale',
        team: team.slug,
        subject,
        detail: `${team.name}'s escalation policy was last drilled ${wholeDays(drilledAgo)} days ago (more than ${drillWithinDays}).`,
        severity: 'warning',
      },
    ];
  }
  return [];
}

function coverFindings(team: Team, policy: EscalationPolicy | undefined): AuditFinding[] {
  if (!team.businessHours) return []; // a 24/7 team is never after hours
  const covered =
    !!team.afterHours?.members?.length ||
    !!team.afterHours?.team ||
    !!policy?.levels.some((level) => level.afterHours?.length);
  if (covered) return [];
  // a class the policy leaves unset still pages by default (defects do), so defaults count here too
  const paging = policy ? CLASSIFICATIONS.filter((cls) => urgencyFor(policy, cls) === 'page') : [];
  const hours = `${team.businessHours.start}–${team.businessHours.end} ${team.businessHours.timeZone}`;
  return [
    {
      kind: 'no_after_hours_cover',
      team: team.slug,
      subject: team.slug,
      detail: paging.length
        ? `${team.name} keeps business hours (${hours}) but names nobody for after hours, and its policy pages at night for ${paging.map((cls) => cls.replace(/_/g, ' ')).join(', ')}.`
        : `${team.name} keeps business hours (${hours}) but names nobody for after hours.`,
      severity: paging.length ? 'critical' : 'warning',
    },
  ];
}

/**
 * Escalation paths that have rotted, critical first: what to fix before the next incident finds it.
 * Besides the configuration's own rot, what each chain would actually reach now and after hours
 * (reachability.ts, by the runtime's planner).
 */
export function auditPaths(
  config: Pick<SeamConfig, 'teams' | 'policies'> & Partial<Pick<SeamConfig, 'calendar'>>,
  now: Date,
  verifyWithinDays = 30,
  drillWithinDays = 30,
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const team of config.teams) {
    const policy = config.policies.find((p) => p.team === team.slug);
    if (!policy) {
      findings.push({
        kind: 'team_without_policy',
        team: team.slug,
        subject: team.slug,
        detail: `${team.name} has no escalation policy: everyone on it is told at once, and nobody after that.`,
        severity: 'warning',
      });
    } else {
      findings.push(
        ...levelFindings(team, policy, config.teams, now),
        ...drillFindings(team, policy, now, drillWithinDays),
      );
    }
    findings.push(...coverFindings(team, policy));
    for (const member of team.members)
      for (const channel of member.channels)
        findings.push(...channelFindings(team, member.name, channel, now, verifyWithinDays));
    for (const channel of team.channels ?? [])
      findings.push(...channelFindings(team, team.name, channel, now, verifyWithinDays));
  }
  findings.push(...reachFindings(reachability(config, now), config.teams));
  // stable sort: within a severity, findings stay in config order
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
}
