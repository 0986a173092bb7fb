import type { AwayPeriod, Member } from '../../core/seam-config.types';

/** Whether a member is away at an instant: the bare flag (away until marked back) or a dated period in force. */
export function isAway(member: Pick<Member, 'away' | 'awayPeriods'>, at: Date): boolean {
  if (member.away) return true;
  const t = at.getTime();
  return (member.awayPeriods ?? []).some(
    (p) => Date.parse(p.from) <= t && (p.until === undefined || t < Date.parse(p.until)),
  );
}

export interface AwayRequest {
  away: boolean;
  from?: string;
  until?: string;
  reason?: string;
}

export type AwayChange = { flag: boolean | undefined; periods: AwayPeriod[] } | { error: string };

/**
 * What "mark away / back" does to a member's absences. away: true alone sets the open-ended flag (the
 * old behaviour); with from, until or reason it adds a dated period. away: false clears the flag and
 * ends every period in force now; periods still to come are kept (a planned holiday stays planned).
 */
export function awayChange(current: readonly AwayPeriod[], request: AwayRequest, now: Date): AwayChange {
  const t = now.getTime();
  if (!request.away) {
    const periods = current
      .map((p) =>
        Date.parse(p.from) <= t && (p.until === undefined || Date.parse(p.until) > t)
          ? { ...p, until: now.toISOString() }
          : p,
      )
      // a period that ended before it began (ended the moment it started) says nothing
      .filter((p) => p.until === undefined || Date.parse(p.until) > Date.parse(p.from));
    return { flag: false, periods };
  }
  if (request.from === undefined && request.until === undefined && request.reason === undefined)
    return { flag: true, periods: [...current] };
  const from = request.from ?? now.toISOString();
  if (request.until !== undefined && Date.parse(request.until) <= Date.parse(from))
    return { error: 'until must be after from' };
  const period: AwayPeriod = {
    from,
    ...(request.until ? { until: request.until } : {}),
    ...(request.reason ? { reason: request.reason } : {}),
  };
  return { flag: undefined, periods: [...current, period] };
}
