import type { Member } from './escalation.types';

/** Whether a member is away at an instant: the bare flag (away until marked back) or a dated period in force. */
export function isAway(member: Pick<Member, 'away' | 'awayPeriods'>, at: Date): boolean {
  if (member.away) return true;
  const t = at.getTime();
  return (member.awayPeriods ?? []).some((p) => Date.parse(p.from) <= t && (p.until === undefined || t < Date.parse(p.until)));
}
