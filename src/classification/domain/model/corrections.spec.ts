import { describe, expect, it } from 'vitest';
import { asCorrections, learnCorrection, NO_CORRECTIONS } from './corrections';
import { scoreLinear } from './linear-model';

const model = { bias: [0.5, 0, 0], weights: { 'w:zone': [1, 0, 0] }, temperature: 1 };

describe('learnCorrection', () => {
  it('moves the corrected example towards the label, not further than it needs', () => {
    const features = ['w:zone', 'w:depot', 'w:enabled'];
    const corrections = learnCorrection(model, NO_CORRECTIONS, features, 'process_change');
    const after = scoreLinear(model, features, corrections.weights).probabilities;
    expect(after.process_change).toBeGreaterThan(0.5);
    expect(after.process_change).toBeLessThan(0.95);
    expect(corrections.examples).toBe(1);
  });

  it('leaves the committed weights alone and learns words the model never saw', () => {
    const corrections = learnCorrection(model, NO_CORRECTIONS, ['w:zone', 'w:novel'], 'bad_source_data');
    expect(model.weights['w:zone']).toEqual([1, 0, 0]);
    expect(corrections.weights['w:novel']).toBeDefined();
  });

  it('reads stored naive-Bayes counts of older versions as no corrections', () => {
    expect(asCorrections({ classCounts: {}, tokenCounts: {} })).toEqual(NO_CORRECTIONS);
    expect(asCorrections({ weights: { 'w:x': [0, 1, 0] }, examples: 2 }).examples).toBe(2);
  });
});
