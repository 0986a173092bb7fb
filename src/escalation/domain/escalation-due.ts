// When the next step of an escalation is due, and what the sweep does about a due step. Pure: the
// pending steps live in Postgres (escalation_pending), the jobs in BullMQ; these decide between them.

/** The one next step of an issue's escalation: a level of a running chain, or a noise re-check. */
export interface PendingStep {
  issueId: string;
  stateKey: string;
  /** the level that fires next (0-based); 0 for a re-check */
  level: number;
  /** when the chain started; null for a noise re-check that may start one */
  startedAt: Date | null;
  dueAt: Date;
  clockOffsetMs: number;
  /** 'level', 'grace', 'age', 'known_issue_expiry', 'brought_forward' */
  reason: string;
}

/**
 * The step of a job's issue and state that is due at `at` on the job's clock. A drill or a test may run on a
 * clock offset from the real one; the step is stored, and its job delayed, in real time.
 */
export function stepDueAt(
  job: { issueId: string; stateKey: string; clockOffsetMs?: number },
  step: { level: number; startedAt: Date | null; at: Date; reason: string },
): PendingStep {
  const offset = job.clockOffsetMs ?? 0;
  return {
    issueId: job.issueId,
    stateKey: job.stateKey,
    level: step.level,
    startedAt: step.startedAt,
    dueAt: new Date(step.at.getTime() - offset),
    clockOffsetMs: offset,
    reason: step.reason,
  };
}

/** BullMQ job ids may not contain ':'; state keys do. */
export const jobIdOf = (...parts: Array<string | number>): string => parts.join('~').replace(/:/g, '.');

/**
 * One id per step and due time: the fast-path job and the sweep's re-created one are the same job, so
 * neither duplicates the other, while a step moved to another time (a re-check after the last one
 * completed, a level brought forward) is a new job rather than a no-op against one the queue still holds.
 */
export const stepJobId = (step: Pick<PendingStep, 'stateKey' | 'level' | 'startedAt' | 'dueAt'>): string =>
  jobIdOf(step.startedAt ? 'level' : 'recheck', step.stateKey, step.level, step.dueAt.getTime());

/** How long after `now` a job for the step should wait (never negative). */
export const delayUntil = (dueAt: Date, now: Date): number => Math.max(0, dueAt.getTime() - now.getTime());

/** What BullMQ says of a job id (getJobState), reduced to what the sweep must know. */
export type JobState =
  'waiting' | 'delayed' | 'active' | 'prioritized' | 'waiting-children' | 'completed' | 'failed' | 'unknown';

/**
 * The sweep, for a step that is due: a job still waiting, delayed or running will fire it; a missing
 * one (Redis lost it) is created; a finished one that left the step due (it failed every attempt, say
 * while Postgres was down) is replaced, since adding under its id would be a no-op.
 */
export function sweepAction(state: JobState): 'leave' | 'add' | 'replace' {
  switch (state) {
    case 'unknown':
      return 'add';
    case 'completed':
    case 'failed':
      return 'replace';
    default:
      return 'leave';
  }
}

/** The level after `level` in a plan, or null after the last (or past the cap on levels). */
export function nextLevel<T extends { at: Date }>(
  steps: readonly T[],
  level: number,
  maxLevels: number,
): { level: number; dueAt: Date } | null {
  const next = steps[level + 1];
  if (!next || level + 1 >= maxLevels) return null;
  return { level: level + 1, dueAt: next.at };
}

/**
 * A level whose every page was dead-lettered reached nobody: the next level is brought forward to now.
 * One notification that got through (or is still being tried) means someone may have been told.
 */
export function reachedNobody(statuses: readonly string[]): boolean {
  return statuses.length > 0 && statuses.every((status) => status === 'dead');
}

/** Why a pending level was dropped, in words for the timeline's escalation_stopped entry. */
export function stopReason(issue: { status: string; resolvedReason: string | null }): string {
  if (issue.status === 'resolved') return issue.resolvedReason ? `resolved: ${issue.resolvedReason}` : 'resolved';
  if (issue.status === 'acknowledged') return 'acknowledged';
  return `the issue changed state (${issue.status}); its new state is escalated on its own`;
}
