import { localParts, zonedTimeToUtc } from './business-hours';
import type { Rotation, Team } from '../../core/seam-config.types';

const DAY = 86_400_000;
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

export const rotationZone = (rotation: Rotation, team: Pick<Team, 'businessHours'>): string =>
  rotation.timeZone ?? team.businessHours?.timeZone ?? 'UTC';

/** Hand-offs since the rotation started, at an instant: -1 before the first one. */
function turnAt(rotation: Rotation, zone: string, at: Date): number {
  const local = localParts(at, zone);
  let days = dayNumber(local.date) - dayNumber(rotation.start);
  if (local.minutes < minutesOf(rotation.handOffAt)) days -= 1; // today's hand-off has not happened yet
  if (days < 0) return -1;
  return rotation.every === 'daily' ? days : Math.floor(days / 7);
}

/** The instant of hand-off number `turn` (0 = the first). */
function handOffInstant(rotation: Rotation, zone: string, turn: number): Date {
  const day = dayNumber(rotation.start) + turn * (rotation.every === 'daily' ? 1 : 7);
  return zonedTimeToUtc(dateOf(day), rotation.handOffAt, zone);
}

export interface OnCallTurn {
  member: string;
  /** when this person's turn began (the hand-off, or the override's start) */
  from: string;
  /** when it ends (the next hand-off, or the override's end, whichever is first) */
  until: string;
  override?: { reason?: string };
}

/** Who is on call in a rotation at an instant, overrides first; undefined before it starts or when it names nobody. */
export function onCallAt(
  team: Pick<Team, 'businessHours' | 'schedule'>,
  rotation: Rotation,
  at: Date,
): OnCallTurn | undefined {
  if (rotation.members.length === 0) return undefined;
  const zone = rotationZone(rotation, team);
  const turn = turnAt(rotation, zone, at);
  const t = at.getTime();
  const override = (team.schedule?.overrides ?? []).find(
    (o) => o.rotation === rotation.id && Date.parse(o.from) <= t && t < Date.parse(o.until),
  );
  const nextHandOff = handOffInstant(rotation, zone, turn + 1);
  if (override) {
    const until = Math.min(Date.parse(override.until), turn < 0 ? Date.parse(override.until) : nextHandOff.getTime());
    return {
      member: override.member,
      from: override.from,
      until: new Date(until).toISOString(),
      override: override.reason ? { reason: override.reason } : {},
    };
  }
  if (turn < 0) return undefined;
  const started = handOffInstant(rotation, zone, turn);
  // an override ending inside this turn hands back early, one starting inside it takes over: both bound the turn
  const cut = (team.schedule?.overrides ?? []).filter(
    (o) => o.rotation === rotation.id && Date.parse(o.from) > t && Date.parse(o.from) < nextHandOff.getTime(),
  );
  const until = Math.min(nextHandOff.getTime(), ...cut.map((o) => Date.parse(o.from)));
  return {
    member: rotation.members[turn % rotation.members.length],
    from: started.toISOString(),
    until: new Date(until).toISOString(),
  };
}

/** Who is on call now and who takes over next, for every rotation of a team. */
export function onCallNowAndNext(
  team: Pick<Team, 'businessHours' | 'schedule'>,
  now: Date,
): Array<{ rotation: string; now?: OnCallTurn; next?: OnCallTurn }> {
  return (team.schedule?.rotations ?? []).map((rotation) => {
    const current = onCallAt(team, rotation, now);
    const nextAt = current ? new Date(current.until) : firstHandOffAfter(team, rotation, now);
    return { rotation: rotation.id, now: current, next: nextAt ? onCallAt(team, rotation, nextAt) : undefined };
  });
}

function firstHandOffAfter(team: Pick<Team, 'businessHours'>, rotation: Rotation, now: Date): Date | undefined {
  if (rotation.members.length === 0) return undefined;
  const first = handOffInstant(rotation, rotationZone(rotation, team), 0);
  return first.getTime() > now.getTime() ? first : undefined;
}
