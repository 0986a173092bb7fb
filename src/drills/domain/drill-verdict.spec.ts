import { describe, expect, it } from 'vitest';
import { ackWithinMinutesOf, judgeDrill, type DrillFacts } from './drill-verdict';

const t0 = new Date('2026-11-24T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const facts = (over: Partial<DrillFacts> = {}): DrillFacts => ({
  startedAt: t0,
  levels: [{ level: 0, at: at(1), channels: 2, skippedAway: [] }],
  ackWithinMinutes: 10,
  ...over,
});

describe('judgeDrill', () => {
  it.each<[string, DrillFacts, number, string, RegExp]>([
    [
      'acknowledged in time',
      facts({ acknowledged: { at: at(61), by: 'mia' } }),
      120,
      'passed',
      /acknowledged by mia 1 min after the first notice \(allowed 10 min\)/,
    ],
    [
      'acknowledged too late',
      facts({ acknowledged: { at: at(1 + 11 * 60), by: 'mia' } }),
      900,
      'failed',
      /later than the 10 min allowed/,
    ],
    ['not acknowledged yet', facts(), 300, 'pending', /waiting for an acknowledgement/],
    ['not acknowledged in time', facts(), 602, 'failed', /^not acknowledged within 10 min/],
    [
      'a level that reached nobody',
      facts({ levels: [{ level: 0, at: at(1), channels: 0, skippedAway: [] }], acknowledged: { at: at(5), by: 'x' } }),
      10,
      'failed',
      /^level 1 reached nobody/,
    ],
    [
      'the cover was away, the lead stood in',
      facts({
        levels: [{ level: 0, at: at(1), channels: 1, fallback: 'lead', skippedAway: ['Nia Night'] }],
        acknowledged: { at: at(5), by: 'lead' },
      }),
      10,
      'failed',
      /^level 1 fell back to the lead: Nia Night away/,
    ],
    [
      'a later level fell back',
      facts({
        levels: [
          { level: 0, at: at(1), channels: 1, skippedAway: [] },
          { level: 1, at: at(60), channels: 1, fallback: 'lead', skippedAway: [] },
        ],
      }),
      70,
      'failed',
      /^level 2 fell back to the lead$/,
    ],
    ['no level fired yet', facts({ levels: [] }), 60, 'pending', /waiting for the first notice/],
    ['no level ever fired', facts({ levels: [] }), 16 * 60, 'failed', /^reached nobody: no level was notified/],
    [
      'deferred to business hours',
      facts({ levels: [], deferredUntil: at(3600) }),
      16 * 60,
      'pending',
      /waiting for business hours/,
    ],
    [
      'seconds-long answer times read in seconds',
      facts({ ackWithinMinutes: 0.05 }),
      5,
      'failed',
      /^not acknowledged within 3 s/,
    ],
  ])('%s', (_name, input, nowSeconds, verdict, reason) => {
    const result = judgeDrill(input, at(nowSeconds));
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it('gives a policy until its last level plus a quarter of an hour, unless it says', () => {
    expect(ackWithinMinutesOf([{ afterMinutes: 0 }, { afterMinutes: 30 }])).toBe(45);
    expect(ackWithinMinutesOf([{ afterMinutes: 0 }], 5)).toBe(5);
  });
});
