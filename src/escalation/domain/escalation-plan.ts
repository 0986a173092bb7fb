import type { Classification } from '../../core/classification.types';
import { isBusinessTime, localParts, nextBusinessStart } from './business-hours';
import { isAway } from '../../ownership/domain/away-periods';
import { onCallAt } from './schedule';
import {
  ONCALL_PREFIX,
  type CalendarDay,
  type EscalationPolicy,
  type Member,
  type Team,
  type Urgency,
} from '../../core/seam-config.types';

export interface EscalationStep {
  /** 0-based */
  level: number;
  at: Date;
  /** member ids, references resolved, away members skipped */
  recipients: string[];
  /** team channel ids */
  channels: string[];
  afterHours: boolean;
  /** 'lead': the level's own people were all away (or it named nobody), so the lead is told instead */
  fallback?: 'lead';
  /** member ids the level meant to reach but skipped because they are away at `at` */
  skippedAway: string[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A policy that does not mention a class: defects wake someone, everything else can wait for the morning. */
export const DEFAULT_URGENCY: Record<Classification, Urgency> = {
  defect: 'page',
  bad_source_data: 'business_hours',
  process_change: 'business_hours',
  needs_triage: 'business_hours',
};

export const urgencyFor = (policy: Pick<EscalationPolicy, 'urgency'>, classification: Classification): Urgency =>
  policy.urgency[classification] ?? DEFAULT_URGENCY[classification];

const words = (classification: string): string => classification.replace(/_/g, ' ');

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Page now or wait for business hours: the class's default, raised by impact or a date that matters. */
export function urgencyOf(
  policy: EscalationPolicy,
  input: { classification: Classification; distinctRecords: number },
  calendar: readonly CalendarDay[],
  now: Date,
  team: Team,
): { urgency: Urgency; why: string } {
  const base = urgencyFor(policy, input.classification);
  const byPolicy = policy.urgency[input.classification] ? 'by policy' : 'by default';
  if (base === 'page')
    return { urgency: 'page', why: `The ${words(input.classification)} class pages ${team.name} ${byPolicy}.` };
  if (policy.pageAtRecords !== undefined && input.distinctRecords >= policy.pageAtRecords) {
    return {
      urgency: 'page',
      why: `${input.distinctRecords} records are affected, and ${team.name} is paged from ${policy.pageAtRecords}.`,
    };
  }
  const window = policy.calendarWindowDays ?? 1;
  // "Tomorrow is month-end" is a statement about the team's calendar, not UTC's; a 24/7 team has no zone of its own
  const today = localParts(now, team.businessHours?.timeZone ?? 'UTC').date;
  const near = calendar.find((day) => {
    if (day.kind === 'holiday' || (day.region && day.region !== team.region)) return false;
    const ahead = daysBetween(today, day.date);
    return ahead >= 0 && ahead <= window;
  });
  if (near) {
    const ahead = daysBetween(today, near.date);
    const when = ahead === 0 ? 'is today' : ahead === 1 ? 'is tomorrow' : `is in ${ahead} days`;
    return {
      urgency: 'page',
      why: `${near.name} (${near.date}) ${when}, within ${team.name}'s ${window}-day window, so this issue pages.`,
    };
  }
  if (base === 'digest')
    return {
      urgency: 'digest',
      why: `The ${words(input.classification)} class goes in ${team.name}'s daily digest ${byPolicy}.`,
    };
  return {
    urgency: 'business_hours',
    why: `The ${words(input.classification)} class waits for ${team.name}'s business hours ${byPolicy}.`,
  };
}

/** A member id as resolved in a particular team: ids are unique per team only, so away-ness is looked up where the id was meant. */
export interface ResolvedMember {
  id: string;
  /** undefined when no team has a member with this id */
  member?: Member;
}

function inTeam(id: string, team: Team): ResolvedMember {
  return { id, member: team.members.find((m) => m.id === id) };
}

/** A bare id belongs to the policy's team; one from another team still reaches them rather than nobody. */
function byId(id: string, team: Team, teams: readonly Team[]): ResolvedMember {
  const own = inTeam(id, team);
  if (own.member) return own;
  const other = teams.find((t) => t.members.some((m) => m.id === id));
  return other ? inTeam(id, other) : own;
}

/** What "team:<slug>" reaches: the named first responders, else the lead, else everyone. */
export function firstResponders(team: Team): ResolvedMember[] {
  if (team.roles?.firstResponse?.length) return team.roles.firstResponse.map((id) => inTeam(id, team));
  if (team.lead) return [inTeam(team.lead, team)];
  return team.members.map((m) => inTeam(m.id, team));
}

/**
 * Who answers for a team out of hours when a level names nobody for it: the named members, or the
 * cover team's lead and first responders (everyone on it when it names neither). Empty: no cover.
 */
export function afterHoursCover(team: Team, teams: readonly Team[], at?: Date): ResolvedMember[] {
  if (team.afterHours?.members?.length)
    return team.afterHours.members.flatMap((id) =>
      id.startsWith(ONCALL_PREFIX) ? onCall(id, team, at) : [byId(id, team, teams)],
    );
  const cover = team.afterHours?.team ? teams.find((t) => t.slug === team.afterHours?.team) : undefined;
  if (!cover) return [];
  const named = [cover.lead, ...(cover.roles?.firstResponse ?? [])].filter((id): id is string => !!id);
  return named.length ? named.map((id) => inTeam(id, cover)) : cover.members.map((m) => inTeam(m.id, cover));
}

/** Whoever "oncall:<rotation>" of the team names at `at`; without a time (a description, not a plan), nobody. */
function onCall(reference: string, team: Team, at: Date | undefined): ResolvedMember[] {
  const rotation = team.schedule?.rotations.find((r) => r.id === reference.slice(ONCALL_PREFIX.length));
  const turn = rotation && at ? onCallAt(team, rotation, at) : undefined;
  return turn ? [inTeam(turn.member, team)] : [];
}

/** "lead", "team:<slug>", "channel:<id>", "oncall:<rotation>" or a member id → members and team channels. */
export function resolveReferences(
  references: readonly string[],
  team: Team,
  teams: readonly Team[],
  at?: Date,
): { members: ResolvedMember[]; channels: string[] } {
  const members: ResolvedMember[] = [];
  const channels: string[] = [];
  for (const reference of references) {
    if (reference === 'lead') {
      if (team.lead) members.push(inTeam(team.lead, team));
    } else if (reference.startsWith('team:')) {
      const other = teams.find((t) => t.slug === reference.slice('team:'.length));
      if (other) members.push(...firstResponders(other));
    } else if (reference.startsWith('channel:')) {
      channels.push(reference.slice('channel:'.length));
    } else if (reference.startsWith(ONCALL_PREFIX)) {
      members.push(...onCall(reference, team, at));
    } else {
      members.push(byId(reference, team, teams));
    }
  }
  return { members, channels };
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

export interface StepTarget {
  team: string;
  memberId: string | null;
  channelId: string;
  kind: string;
}

/** The channels a step reaches: every channel of each recipient, and the team channels it names. */
export function stepTargets(teams: readonly Team[], team: Team, step: EscalationStep | undefined): StepTarget[] {
  if (!step) return [];
  const targets: StepTarget[] = [];
  for (const recipient of step.recipients) {
    const owner = teams.find((t) => t.members.some((m) => m.id === recipient)) ?? team;
    const member = owner.members.find((m) => m.id === recipient);
    for (const channel of member?.channels ?? [])
      targets.push({ team: owner.slug, memberId: recipient, channelId: channel.id, kind: channel.kind });
  }
  for (const channelId of step.channels) {
    const owner = teams.find((t) => (t.channels ?? []).some((c) => c.id === channelId));
    const channel = owner?.channels?.find((c) => c.id === channelId);
    if (owner && channel) targets.push({ team: owner.slug, memberId: null, channelId, kind: channel.kind });
  }
  return targets;
}

/**
 * When each level fires and whom it reaches. `page` starts the clock now; `business_hours` (and
 * `digest`, should a caller plan one) starts it at the team's next business hour. Outside business
 * hours a level reaches its afterHours list, else the team's after-hours cover, else — no cover at
 * all — its usual list. Away members are skipped; a level left with nobody falls back to the lead,
 * because an escalation that silently notifies nobody is the failure this exists to prevent.
 */
export function planEscalation(input: {
  policy: EscalationPolicy;
  team: Team;
  teams: readonly Team[];
  urgency: Urgency;
  openedAt: Date;
  calendar: readonly CalendarDay[];
}): EscalationStep[] {
  const { policy, team, calendar } = input;
  const teams = input.teams.some((t) => t.slug === team.slug) ? input.teams : [...input.teams, team];
  const start =
    input.urgency === 'page'
      ? input.openedAt
      : nextBusinessStart(team.businessHours, calendar, input.openedAt, team.region);
  const lead = team.lead ? inTeam(team.lead, team) : undefined;
  return policy.levels.map((level, index) => {
    const at = new Date(start.getTime() + level.afterMinutes * MINUTE);
    const afterHours = !isBusinessTime(team.businessHours, calendar, at, team.region);
    // the cover is read when the level fires: a rotation may have handed off since the chain started
    const cover = afterHours && !level.afterHours?.length ? afterHoursCover(team, teams, at) : [];
    const resolved =
      afterHours && level.afterHours?.length
        ? resolveReferences(level.afterHours, team, teams, at)
        : afterHours && cover.length
          ? { members: cover, channels: [] }
          : resolveReferences(level.notify, team, teams, at);
    const away = (m: ResolvedMember) => !!m.member && isAway(m.member, at);
    const recipients = unique(resolved.members.filter((m) => !away(m)).map((m) => m.id));
    const skippedAway = unique(resolved.members.filter(away).map((m) => m.id));
    const channels = unique(resolved.channels);
    if (recipients.length === 0 && channels.length === 0 && lead && !away(lead)) {
      return { level: index, at, recipients: [lead.id], channels, afterHours, fallback: 'lead' as const, skippedAway };
    }
    return { level: index, at, recipients, channels, afterHours, skippedAway };
  });
}

/** A team's policy; a team with none still gets told: everyone on it, and its shared channels, at once. */
export function policyFor(policies: readonly EscalationPolicy[], team: Team): EscalationPolicy {
  const own = policies.find((p) => p.team === team.slug);
  if (own) return own;
  const everyone = [...team.members.map((m) => m.id), ...(team.channels ?? []).map((c) => `channel:${c.id}`)];
  return { team: team.slug, levels: [{ afterMinutes: 0, notify: everyone }], urgency: {} };
}
