import { describe, expect, it } from 'vitest';
import {
  delayUntil,
  jobIdOf,
  nextLevel,
  reachedNobody,
  stepDueAt,
  stepJobId,
  stopReason,
  sweepAction,
  type JobState,
} from './escalation-due';

const at = (iso: string) => new Date(iso);

describe('stepDueAt', () => {
  it.each([
    ['a job on the real clock', undefined, '2026-11-30T10:05:00.000Z', 0],
    ['a drill an hour ahead', 3_600_000, '2026-11-30T09:05:00.000Z', 3_600_000],
    ['a test clock behind', -60_000, '2026-11-30T10:06:00.000Z', -60_000],
  ])('stores %s in real time, with its offset', (_name, clockOffsetMs, dueAt, offset) => {
    const step = stepDueAt(
      { issueId: 'i-1', stateKey: 's-1', clockOffsetMs },
      { level: 2, startedAt: at('2026-11-30T10:00:00Z'), at: at('2026-11-30T10:05:00Z'), reason: 'level' },
    );
    expect(step).toEqual({
      issueId: 'i-1',
      stateKey: 's-1',
      level: 2,
      startedAt: at('2026-11-30T10:00:00Z'),
      dueAt: at(dueAt),
      clockOffsetMs: offset,
      reason: 'level',
    });
  });
});

describe('stepJobId', () => {
  const step = {
    stateKey: 'i1:new.0:defect:ops',
    level: 1,
    startedAt: at('2026-11-30T08:00:00Z'),
    dueAt: at('2026-11-30T08:15:00Z'),
  };
  it.each<[string, Parameters<typeof stepJobId>[0], string]>([
    ['a level: no colons, due time in it', step, `level~i1.new.0.defect.ops~1~${Date.parse('2026-11-30T08:15:00Z')}`],
    [
      'a re-check of the same state',
      { ...step, level: 0, startedAt: null },
      `recheck~i1.new.0.defect.ops~0~${Date.parse('2026-11-30T08:15:00Z')}`,
    ],
  ])('%s', (_name, input, id) => {
    expect(stepJobId(input)).toBe(id);
    expect(stepJobId(input)).not.toContain(':');
  });

  it('differs when the same step moves to another due time (so a re-check is never a no-op against a held job)', () => {
    expect(stepJobId(step)).not.toBe(stepJobId({ ...step, dueAt: at('2026-11-30T08:16:00Z') }));
  });

  it('is the same for the fast path and the sweep', () => {
    expect(stepJobId({ ...step })).toBe(stepJobId(step));
    expect(jobIdOf('notification', 42)).toBe('notification~42');
  });
});

describe('sweepAction', () => {
  it.each<[JobState, 'leave' | 'add' | 'replace']>([
    ['unknown', 'add'],
    ['waiting', 'leave'],
    ['delayed', 'leave'],
    ['active', 'leave'],
    ['prioritized', 'leave'],
    ['waiting-children', 'leave'],
    ['completed', 'replace'],
    ['failed', 'replace'],
  ])('a due step whose job is %s: %s', (state, action) => {
    expect(sweepAction(state)).toBe(action);
  });
});

describe('nextLevel', () => {
  const plan = [
    { at: at('2026-11-30T08:00:00Z') },
    { at: at('2026-11-30T08:15:00Z') },
    { at: at('2026-11-30T08:30:00Z') },
  ];
  it.each<[string, number, number, ReturnType<typeof nextLevel>]>([
    ['after the first', 0, 10, { level: 1, dueAt: at('2026-11-30T08:15:00Z') }],
    ['after the second', 1, 10, { level: 2, dueAt: at('2026-11-30T08:30:00Z') }],
    ['after the last', 2, 10, null],
    ['past the cap', 1, 2, null],
  ])('%s', (_name, level, cap, expected) => {
    expect(nextLevel(plan, level, cap)).toEqual(expected);
  });
});

describe('reachedNobody', () => {
  it.each<[string[], boolean]>([
    [['dead'], true],
    [['dead', 'dead'], true],
    [['dead', 'sent'], false],
    [['dead', 'retrying'], false],
    [['dead', 'queued'], false],
    [[], false],
  ])('%j → %s', (statuses, expected) => {
    expect(reachedNobody(statuses)).toBe(expected);
  });
});

describe('stopReason', () => {
  it.each<[string, { status: string; resolvedReason: string | null }, string]>([
    [
      'automatic resolution',
      { status: 'resolved', resolvedReason: "transient: the integration's own retry succeeded" },
      "resolved: transient: the integration's own retry succeeded",
    ],
    ['resolved without a reason', { status: 'resolved', resolvedReason: null }, 'resolved'],
    ['acknowledged', { status: 'acknowledged', resolvedReason: null }, 'acknowledged'],
    [
      'reclassified while new',
      { status: 'new', resolvedReason: null },
      'the issue changed state (new); its new state is escalated on its own',
    ],
  ])('%s', (_name, issue, reason) => {
    expect(stopReason(issue)).toBe(reason);
  });
});

describe('delayUntil', () => {
  it.each<[string, string, number]>([
    ['2026-11-30T08:15:00Z', '2026-11-30T08:00:00Z', 15 * 60_000],
    ['2026-11-30T08:00:00Z', '2026-11-30T08:15:00Z', 0],
  ])('due %s at %s → %i ms', (due, now, ms) => {
    expect(delayUntil(at(due), at(now))).toBe(ms);
  });
});
