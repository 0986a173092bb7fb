// Whether a drill proved its escalation path works. Pure: the drill service gathers the facts.

/** One level of the drill's chain as it fired (from its notified/escalated entries). */
export interface FiredLevel {
  level: number;
  at: Date;
  /** channels notified; 0 is a level that told nobody */
  channels: number;
  /** the level's own people were away or missing, so the lead stood in */
  fallback?: 'lead';
  /** names of the people the level skipped as away */
  skippedAway: string[];
}

export interface DrillFacts {
  startedAt: Date;
  levels: FiredLevel[];
  /** a business-hours chain waits: the clock starts when it is due */
  deferredUntil?: Date;
  acknowledged?: { at: Date; by: string };
  /** how long after the first notice someone must acknowledge */
  ackWithinMinutes: number;
}

export type DrillVerdict = { verdict: 'pending'; reason: string } | { verdict: 'passed' | 'failed'; reason: string };

const MINUTE = 60_000;
/** A drill whose chain never fires (no issue, nobody planned) fails after this long plus its answer time. */
export const DRILL_START_GRACE_MINUTES = 5;

/** The time a policy gives to answer a drill: until its last level has fired, plus a quarter of an hour. */
export const ackWithinMinutesOf = (levels: ReadonlyArray<{ afterMinutes: number }>, stated?: number): number =>
  stated ?? (levels.at(-1)?.afterMinutes ?? 0) + 15;

const minutes = (n: number): string => (n >= 1 ? `${Math.round(n * 10) / 10} min` : `${Math.round(n * 60)} s`);

/**
 * A drill passes only when the people it meant to reach were reached and one of them acknowledged in
 * time. Reaching nobody, or reaching the lead only because the level's own people were away, fails at
 * once: the path did not work even if the lead answers. Silence past the answer time fails.
 */
export function judgeDrill(facts: DrillFacts, now: Date): DrillVerdict {
  const allowed = facts.ackWithinMinutes * MINUTE;
  for (const level of facts.levels) {
    if (level.channels === 0)
      return {
        verdict: 'failed',
        reason: `level ${level.level + 1} reached nobody: no recipient had a contact channel`,
      };
    if (level.fallback === 'lead') {
      const away = level.skippedAway.length ? `: ${level.skippedAway.join(', ')} away` : '';
      return { verdict: 'failed', reason: `level ${level.level + 1} fell back to the lead${away}` };
    }
  }
  const first = facts.levels[0];
  if (!first) {
    const clock = facts.deferredUntil ?? facts.startedAt;
    if (now.getTime() > clock.getTime() + allowed + DRILL_START_GRACE_MINUTES * MINUTE)
      return { verdict: 'failed', reason: 'reached nobody: no level was notified' };
    return {
      verdict: 'pending',
      reason: facts.deferredUntil
        ? `waiting for business hours (${facts.deferredUntil.toISOString()})`
        : 'waiting for the first notice',
    };
  }
  if (facts.acknowledged) {
    const took = facts.acknowledged.at.getTime() - first.at.getTime();
    if (took <= allowed)
      return {
        verdict: 'passed',
        reason: `acknowledged by ${facts.acknowledged.by} ${minutes(Math.max(0, took) / MINUTE)} after the first notice (allowed ${minutes(facts.ackWithinMinutes)})`,
      };
    return {
      verdict: 'failed',
      reason: `acknowledged by ${facts.acknowledged.by} ${minutes(took / MINUTE)} after the first notice, later than the ${minutes(facts.ackWithinMinutes)} allowed`,
    };
  }
  if (now.getTime() - first.at.getTime() > allowed)
    return {
      verdict: 'failed',
      reason: `not acknowledged within ${minutes(facts.ackWithinMinutes)} of the first notice`,
    };
  return { verdict: 'pending', reason: 'waiting for an acknowledgement' };
}
