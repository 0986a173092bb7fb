// What one escalation job did. The service decides by its kind (a level that went out queues the next one);
// the queue's trace and the tests read it as a sentence.

export type SkipReason =
  'issue gone' | 'state changed' | 'already notified' | 'no levels' | 'chain already started' | 'no such level';

export type EscalationOutcome =
  /** nothing to do for this job: the issue or its state moved on, or the chain has nothing to fire */
  | { kind: 'skipped'; why: SkipReason }
  /** noise control or the notification budget held the notification back */
  | { kind: 'withheld'; reason: string }
  /** low urgency: the issue waits for its team's digest (or already does) */
  | { kind: 'digest'; queued: boolean }
  /** a chain began: its first level fires now, or at the start of business hours */
  | { kind: 'chain'; deferred: boolean }
  /** a level fired, to this many channels (none: it reached nobody) */
  | { kind: 'level'; level: number; channels: number };

export const skipped = (why: SkipReason): EscalationOutcome => ({ kind: 'skipped', why });

export function describeOutcome(outcome: EscalationOutcome): string {
  switch (outcome.kind) {
    case 'skipped':
      return outcome.why;
    case 'withheld':
      return outcome.reason;
    case 'digest':
      return outcome.queued ? 'queued for digest' : 'already queued';
    case 'chain':
      return outcome.deferred ? 'deferred to business hours' : 'chain started';
    case 'level':
      return outcome.channels === 0
        ? `level ${outcome.level} reached nobody`
        : `level ${outcome.level} notified ${outcome.channels} channel(s)`;
  }
}
