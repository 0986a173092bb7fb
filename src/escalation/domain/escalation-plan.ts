import type { Classification } from '../../classification/domain/classification.types';
import { isBusinessTime, localParts, nextBusinessStart } from './business-hours';
import type { CalendarDay, EscalationPolicy, Team, Urgency } from './escalation.types';

export interface EscalationStep {
  /** 0-based */
  level: number;
  at: Date;
  /** member ids, references resolved, away members skipped */
  recipients: string[];
  /** team channel ids */
  channels: string[];
  afterHours: boolean;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const DEFAULT_URGENCY: Record<Classification, Urgency> = { defect: 'page', bad_source_data: 'business_hours', process_change: 'business_hours', needs_triage: 'business_hours' };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Page now or wait for business hours: the class's default, raised by impact or a date that matters. */
export function urgencyOf(policy: EscalationPolicy, input: { classification: Classification; distinctRecords: number }, calendar: readonly CalendarDay[], now: Date, team: Team): { urgency: Urgency; why: string } {
  const base = policy.urgency[input.classification] ?? DEFAULT_URGENCY[input.classification];
  if (base === 'page') return { urgency: 'page', why: `${input.classification.replace(/_/g, ' ')} pages ${team.name}` };
  if (policy.pageAtRecords !== undefined && input.distinctRecords >= policy.pageAtRecords) {
    return { urgency: 'page', why: `${input.distinctRecords} records affected (pages at ${policy.pageAtRecords})` };
  }
  const window = policy.calendarWindowDays ?? 1;
  const today = localParts(now, team.businessHours?.timeZone ?? 'UTC').date;
  const near = calendar.find((day) => day.kind !== 'holiday' && (!day.region || day.region === team.region) && daysBetween(today, day.date) >= 0 && daysBetween(today, day.date) <= window);
  if (near) return { urgency: 'page', why: `${near.name} (${near.date}) is within ${window} day${window === 1 ? '' : 's'}` };
  if (base === 'digest') return { urgency: 'digest', why: `${input.classification.replace(/_/g, ' ')} goes in ${team.name}'s daily digest` };
  return { urgency: 'business_hours', why: `${input.classification.replace(/_/g, ' ')} waits for ${team.name}'s business hours` };
}

function firstResponders(team: Team): string[] {
  if (team.roles?.firstResponse?.length) return team.roles.firstResponse;
  if (team.lead) return [team.lead];
  return team.members.map((m) => m.id);
}

/** "lead", "team:<slug>", "channel:<id>" or a member id → members and channels. */
function resolve(references: readonly string[], team: Team, teams: readonly Team[]): { members: string[]; channels: string[] } {
  const members: string[] = [];
  const channels: string[] = [];
  for (const reference of references) {
    if (reference === 'lead') {
      if (team.lead) members.push(team.lead);
    } else if (reference.startsWith('team:')) {
      const other = teams.find((t) => t.slug === reference.slice(5));
      if (other) members.push(...firstResponders(other));
    } else if (reference.startsWith('channel:')) {
      channels.push(reference.slice(8));
    } else {
      members.push(reference);
    }
  }
  return { members, channels };
}

function afterHoursCover(team: Team, teams: readonly Team[]): string[] {
  if (team.afterHours?.members?.length) return team.afterHours.members;
  if (team.afterHours?.team) return [`team:${team.afterHours.team}`];
  return [];
}

function isAway(memberId: string, teams: readonly Team[]): boolean {
  return teams.some((t) => t.members.some((m) => m.id === memberId && m.away));
}

/**
 * When each level fires and whom it reaches. `page` starts the clock now; `business_hours` starts it at
 * the team's next business hour. Outside business hours a level reaches its afterHours list, else the
 * team's after-hours cover. Away members are skipped; a level left with nobody falls back to the lead,
 * because an escalation that silently notifies nobody is the failure this exists to prevent.
 */
export function planEscalation(input: { policy: EscalationPolicy; team: Team; teams: readonly Team[]; urgency: Urgency; openedAt: Date; calendar: readonly CalendarDay[] }): EscalationStep[] {
  const { policy, team, calendar } = input;
  const teams = input.teams.some((t) => t.slug === team.slug) ? input.teams : [...input.teams, team];
  const start = input.urgency === 'page' ? input.openedAt : nextBusinessStart(team.businessHours, calendar, input.openedAt, team.region);
  return policy.levels.map((level, index) => {
    const at = new Date(start.getTime() + level.afterMinutes * MINUTE);
    const afterHours = !isBusinessTime(team.businessHours, calendar, at, team.region);
    const cover = afterHours ? (level.afterHours?.length ? level.afterHours : afterHoursCover(team, teams)) : [];
    const references = afterHours && cover.length ? cover : level.notify;
    const resolved = resolve(references, team, teams);
    let recipients = [...new Set(resolved.members)].filter((id) => !isAway(id, teams));
    if (recipients.length === 0 && resolved.channels.length === 0 && team.lead && !isAway(team.lead, teams)) recipients = [team.lead];
    return { level: index, at, recipients, channels: [...new Set(resolved.channels)], afterHours };
  });
}
