import { describe, expect, it } from 'vitest';
import { describeOutcome, skipped, type EscalationOutcome } from './escalation-outcome';

describe('describeOutcome', () => {
  it.each<[EscalationOutcome, string]>([
    [skipped('state changed'), 'state changed'],
    [skipped('already notified'), 'already notified'],
    [{ kind: 'withheld', reason: 'held by the notification budget' }, 'held by the notification budget'],
    [{ kind: 'digest', queued: true }, 'queued for digest'],
    [{ kind: 'digest', queued: false }, 'already queued'],
    [{ kind: 'chain', deferred: false }, 'chain started'],
    [{ kind: 'chain', deferred: true }, 'deferred to business hours'],
    [{ kind: 'level', level: 1, channels: 2 }, 'level 1 notified 2 channel(s)'],
    [{ kind: 'level', level: 0, channels: 0 }, 'level 0 reached nobody'],
  ])('%j reads "%s"', (outcome, sentence) => {
    expect(describeOutcome(outcome)).toBe(sentence);
  });
});
