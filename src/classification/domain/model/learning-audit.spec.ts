import { describe, expect, it } from 'vitest';
import type { OwnerClass } from '../classification.types';
import { asLearningAudit, auditSettled, binomialTailAtLeast, NO_AUDIT, verdictOf } from './learning-audit';

const settle = (label: OwnerClass, modelAnswer: OwnerClass, learnedAnswer: OwnerClass, targetSystem = 'NetSuite') => ({
  targetSystem,
  label,
  modelAnswer,
  learnedAnswer,
});

describe('auditSettled', () => {
  it('counts, per target system, what the model alone and with corrections got right, and where they differ', () => {
    let audit = NO_AUDIT;
    audit = auditSettled(audit, settle('defect', 'defect', 'defect'));
    audit = auditSettled(audit, settle('defect', 'bad_source_data', 'defect')); // corrections turned it right
    audit = auditSettled(audit, settle('process_change', 'process_change', 'defect')); // and this one wrong
    audit = auditSettled(audit, settle('defect', 'process_change', 'bad_source_data')); // wrong either way
    audit = auditSettled(audit, settle('defect', 'defect', 'bad_source_data', 'xero'));
    // counted under the lower-cased name, and kept as the events spell it, for the issues list's exact filter
    expect(audit.netsuite).toEqual({
      settled: 4,
      modelRight: 2,
      learnedRight: 2,
      helped: 1,
      hurt: 1,
      spelledAs: 'NetSuite',
    });
    expect(audit.xero).toEqual({ settled: 1, modelRight: 1, learnedRight: 0, helped: 0, hurt: 1, spelledAs: 'xero' });
    expect(NO_AUDIT).toEqual({});
  });
});

describe('verdictOf', () => {
  const entry = (helped: number, hurt: number) => ({ settled: 40, modelRight: 20, learnedRight: 20, helped, hurt });

  it('says the corrections hurt only when the answers they changed went wrong far more often than right', () => {
    expect(verdictOf(entry(0, 5)).verdict).toBe('hurting'); // ½⁵ = 0.031
    expect(verdictOf(entry(0, 5)).detail).toContain('5 to wrong');
    expect(verdictOf(entry(0, 4)).verdict).toBe('no_clear_difference'); // ½⁴ = 0.0625: could be chance
    expect(verdictOf(entry(2, 6)).verdict).toBe('no_clear_difference'); // P(≥ 6 of 8) = 0.145
    expect(verdictOf(entry(1, 9)).verdict).toBe('hurting'); // P(≥ 9 of 10) = 0.011
  });

  it('says they help on the same evidence the other way, and nothing when they changed nothing', () => {
    expect(verdictOf(entry(9, 1)).verdict).toBe('helping');
    expect(verdictOf(entry(0, 0))).toMatchObject({ verdict: 'no_clear_difference', p: 1 });
  });
});

describe('binomialTailAtLeast', () => {
  it('is the exact upper tail of a fair coin, for counts past where ½ⁿ underflows too', () => {
    expect(binomialTailAtLeast(5, 5)).toBeCloseTo(1 / 32, 12);
    expect(binomialTailAtLeast(9, 10)).toBeCloseTo(11 / 1024, 12);
    expect(binomialTailAtLeast(0, 7)).toBe(1);
    expect(binomialTailAtLeast(8, 7)).toBe(0);
    expect(binomialTailAtLeast(1000, 2000)).toBeCloseTo(0.5 + 0.0178 / 2, 3); // P(X ≥ n/2) = ½ + P(X = n/2)/2
    expect(binomialTailAtLeast(1100, 2000)).toBeLessThan(1e-5);
  });
});

describe('asLearningAudit', () => {
  it('keeps well-formed counts and drops what is not one', () => {
    expect(asLearningAudit(undefined)).toEqual({});
    expect(asLearningAudit([1, 2])).toEqual({});
    expect(
      asLearningAudit({ xero: { settled: 3, modelRight: 2, learnedRight: 3, helped: 1, hurt: -1 }, bad: 'x' }),
    ).toEqual({ xero: { settled: 3, modelRight: 2, learnedRight: 3, helped: 1, hurt: 0 } });
  });
});
