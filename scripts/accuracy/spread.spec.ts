import { describe, expect, it } from 'vitest';
import { bootstrapByGroup, pairedDifferenceByGroup } from './spread';

interface Answer {
  id: string;
  system: string;
  right: boolean;
}
const share = (answers: readonly Answer[]) => answers.filter((a) => a.right).length / answers.length;
const answers = (system: string, right: number, of: number): Answer[] =>
  Array.from({ length: of }, (_, i) => ({ id: `${system}-${i}`, system, right: i < right }));

describe('bootstrapByGroup', () => {
  it('has no spread when every system scores alike, however many lines each has', () => {
    const same = [...answers('a', 5, 10), ...answers('b', 10, 20), ...answers('c', 1, 2)];
    const spread = bootstrapByGroup(same, (a) => a.system, share, 200);
    expect(spread).toMatchObject({ value: 0.5, low: 0.5, high: 0.5 });
    expect(spread.se).toBe(0);
  });

  it('spreads with the systems, not the lines: two systems that disagree give a wide interval', () => {
    const split = [...answers('a', 100, 100), ...answers('b', 0, 100)];
    const spread = bootstrapByGroup(split, (a) => a.system, share, 400);
    expect(spread.value).toBe(0.5);
    // a resample draws a,a / a,b / b,b: the interval reaches both ends
    expect(spread.low).toBe(0);
    expect(spread.high).toBe(1);
    expect(spread.se).toBeGreaterThan(0.3);
  });

  it('gives the same interval on every run', () => {
    const lines = [...answers('a', 3, 10), ...answers('b', 7, 10), ...answers('c', 5, 10)];
    expect(bootstrapByGroup(lines, (a) => a.system, share)).toEqual(bootstrapByGroup(lines, (a) => a.system, share));
  });
});

describe('pairedDifferenceByGroup', () => {
  const before = [...answers('a', 5, 10), ...answers('b', 2, 10), ...answers('c', 9, 10)];

  it('cancels what both share: one more line right in every system is a sure gain', () => {
    const after = before.map((a) => (a.id.endsWith('-9') ? { ...a, right: true } : a));
    const difference = pairedDifferenceByGroup(
      before,
      after,
      (a) => a.id,
      (a) => a.system,
      share,
      300,
    );
    expect(difference.value).toBeCloseTo(0.1, 10);
    expect(difference.low).toBeCloseTo(0.1, 10);
    expect(difference.high).toBeCloseTo(0.1, 10);
  });

  it('is unsure of a gain that comes from one system', () => {
    const after = before.map((a) => (a.system === 'b' ? { ...a, right: true } : a));
    const difference = pairedDifferenceByGroup(
      before,
      after,
      (a) => a.id,
      (a) => a.system,
      share,
      300,
    );
    expect(difference.value).toBeCloseTo(8 / 30, 10);
    // a third of resamples or so leave system b out (no gain); a few draw it twice or three times
    expect(difference.low).toBe(0);
    expect(difference.high).toBeGreaterThanOrEqual(16 / 30 - 1e-9);
  });

  it('refuses answers on different lines', () => {
    expect(() =>
      pairedDifferenceByGroup(
        before,
        before.slice(1),
        (a) => a.id,
        (a) => a.system,
        share,
      ),
    ).toThrow(/not on the same lines/);
  });
});
