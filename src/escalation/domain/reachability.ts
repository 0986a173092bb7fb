import { CLASSIFICATIONS, type Classification } from '../../core/classification.types';
import { isBusinessTime, nextAfterHours } from './business-hours';
import { planEscalation, policyFor, stepTargets, urgencyFor } from './escalation-plan';
import type { CalendarDay, ContactChannel, EscalationPolicy, Team, Urgency } from '../../core/seam-config.types';

/** One level as it would actually fire: who, through what, and why the planner chose them. */
export interface ReachedLevel {
  level: number;
  at: string;
  afterHours: boolean;
  /** member ids that have at least one channel */
  members: string[];
  /** member ids the level resolved to who have no channel at all: told nothing */
  withoutChannel: string[];
  channels: string[];
  fallback?: 'lead';
  skippedAway: string[];
  /** some target of this level has been confirmed to reach someone */
  anyVerified: boolean;
}

/** What one team's chain reaches for the classes sharing an urgency, at one moment. */
export interface Reach {
  team: string;
  urgency: Urgency;
  classes: Classification[];
  when: 'now' | 'after_hours';
  at: string;
  levels: ReachedLevel[];
}

type ReachConfig = { teams: readonly Team[]; policies: readonly EscalationPolicy[]; calendar?: readonly CalendarDay[] };

/**
 * Who each team's chain would reach, per urgency its classes have, planned now and at the team's next
 * out-of-hours time, by the planner the runtime uses. `page` is always planned: a record count or a
 * business date can raise any class to it. A `digest` reaches the first level in business hours.
 */
export function reachability(config: ReachConfig, now: Date): Reach[] {
  const calendar = config.calendar ?? [];
  const reaches: Reach[] = [];
  for (const team of config.teams) {
    const policy = policyFor(config.policies, team);
    const byUrgency = new Map<Urgency, Classification[]>([['page', []]]);
    for (const cls of CLASSIFICATIONS) {
      const urgency = urgencyFor(policy, cls);
      byUrgency.set(urgency, [...(byUrgency.get(urgency) ?? []), cls]);
    }
    const moments: Array<['now' | 'after_hours', Date]> = [['now', now]];
    const night = isBusinessTime(team.businessHours, calendar, now, team.region)
      ? nextAfterHours(team.businessHours, calendar, now, team.region)
      : undefined;
    if (night) moments.push(['after_hours', night]);
    for (const [urgency, classes] of byUrgency) {
      for (const [when, at] of moments) {
        const planned = planEscalation({
          policy,
          team,
          teams: config.teams,
          urgency: urgency === 'digest' ? 'business_hours' : urgency,
          openedAt: at,
          calendar,
        });
        const levels = planned.map((step) => {
          const targets = stepTargets(config.teams, team, step);
          const reachedMembers = new Set(targets.map((t) => t.memberId).filter((id): id is string => !!id));
          const verified = targets.some((t) => isVerified(channelOf(config.teams, t.channelId)));
          return {
            level: step.level,
            at: step.at.toISOString(),
            afterHours: step.afterHours,
            members: [...reachedMembers],
            withoutChannel: step.recipients.filter((id) => !reachedMembers.has(id)),
            channels: targets.filter((t) => !t.memberId).map((t) => t.channelId),
            ...(step.fallback ? { fallback: step.fallback } : {}),
            skippedAway: step.skippedAway,
            anyVerified: verified,
          };
        });
        reaches.push({ team: team.slug, urgency, classes, when, at: at.toISOString(), levels });
      }
    }
  }
  return reaches;
}

function channelOf(teams: readonly Team[], id: string): ContactChannel | undefined {
  for (const team of teams) {
    const found = [...(team.channels ?? []), ...team.members.flatMap((m) => m.channels)].find((c) => c.id === id);
    if (found) return found;
  }
  return undefined;
}

const isVerified = (channel: ContactChannel | undefined): boolean =>
  !!channel?.verifiedAt && !Number.isNaN(Date.parse(channel.verifiedAt));

export type ReachFindingKind =
  | 'reaches_nobody'
  | 'level_reaches_nobody'
  | 'reaches_only_lead_by_fallback'
  | 'no_backup'
  | 'reaches_away_member'
  | 'reaches_only_unverified';

export interface ReachFinding {
  kind: ReachFindingKind;
  team: string;
  subject: string;
  detail: string;
  severity: 'warning' | 'critical';
}

const URGENCY_WORDS: Record<Urgency, string> = { page: 'paging', business_hours: 'business-hours', digest: 'digest' };

/**
 * What is wrong with each reach: nobody, only the lead by fallback, one person throughout, someone away,
 * nothing verified. Urgencies whose chains fail the same way at the same moment make one finding.
 */
export function reachFindings(reaches: readonly Reach[], teams: readonly Team[]): ReachFinding[] {
  const grouped = new Map<
    string,
    {
      finding: Omit<ReachFinding, 'subject' | 'detail'>;
      body: string;
      when: Reach['when'];
      urgencies: Urgency[];
      classes: Classification[];
    }
  >();
  const nameOf = (id: string) => teams.flatMap((t) => t.members).find((m) => m.id === id)?.name ?? id;
  for (const reach of reaches) {
    const push = (kind: ReachFindingKind, severity: ReachFinding['severity'], body: string) => {
      const key = `${reach.team}|${reach.when}|${kind}|${body}`;
      const group = grouped.get(key) ?? {
        finding: { kind, team: reach.team, severity },
        body,
        when: reach.when,
        urgencies: [],
        classes: [],
      };
      group.urgencies.push(reach.urgency);
      group.classes.push(...reach.classes);
      grouped.set(key, group);
    };
    const reachesSomeone = (l: ReachedLevel) => l.members.length > 0 || l.channels.length > 0;
    const live = reach.levels.filter(reachesSomeone);
    if (live.length === 0) {
      push('reaches_nobody', 'critical', 'reaches nobody: no level resolves to a person or channel that can be told.');
      continue;
    }
    const silent = reach.levels.filter((l) => !reachesSomeone(l));
    if (silent.length)
      push('level_reaches_nobody', 'warning', `reaches nobody at level ${silent.map((l) => l.level + 1).join(', ')}.`);
    if (live.every((l) => l.fallback === 'lead')) {
      const away = [...new Set(live.flatMap((l) => l.skippedAway))].map(nameOf);
      push(
        'reaches_only_lead_by_fallback',
        'critical',
        `reaches only the lead, ${nameOf(live[0].members[0] ?? '')}, by fallback${away.length ? ` (${away.join(', ')} away)` : ''}.`,
      );
    }
    const people = new Set(live.flatMap((l) => l.members));
    const channels = new Set(live.flatMap((l) => l.channels));
    if (people.size === 1 && channels.size === 0) {
      push(
        'no_backup',
        'warning',
        `reaches ${nameOf([...people][0])} at every level and nobody else: no backup if they miss it.`,
      );
    }
    const away = [...new Set(reach.levels.flatMap((l) => l.skippedAway))];
    if (away.length)
      push(
        'reaches_away_member',
        'warning',
        `would reach ${away.map(nameOf).join(', ')}, away then, and skips ${away.length === 1 ? 'them' : 'each'}.`,
      );
    const unverified = live.filter((l) => !l.anyVerified);
    if (unverified.length) {
      push(
        'reaches_only_unverified',
        unverified.length === live.length ? 'critical' : 'warning',
        `reaches only contacts nobody has confirmed at level ${unverified.map((l) => l.level + 1).join(', ')}.`,
      );
    }
  }
  return [...grouped.values()].map(({ finding, body, when, urgencies, classes }) => {
    const teamName = teams.find((t) => t.slug === finding.team)?.name ?? finding.team;
    const said = [...new Set(urgencies)].map((u) => URGENCY_WORDS[u]).join('/');
    const which = classes.length
      ? [...new Set(classes)].map((c) => c.replace(/_/g, ' ')).join(', ')
      : 'a class raised to paging';
    const moment = when === 'now' ? 'now' : 'after hours';
    return {
      ...finding,
      subject: `${finding.team} ${[...new Set(urgencies)].join('/')} ${when}`,
      detail: `${teamName}'s ${said} chain ${moment} (${which}) ${body}`,
    };
  });
}
