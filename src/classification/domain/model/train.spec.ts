import { describe, expect, it } from 'vitest';
import { OWNER_CLASSES } from '../classification.types';
import { calibrated, heaviestOf, scoreLinear, softmax } from './linear-model';
import { DEFAULT_TRAINING, fitCalibration, fitTemperature, trainLinear, type TrainingExample } from './train';

// A toy corpus whose words decide the class: what any sound training must learn, and learn the same way twice.
const toy: TrainingExample[] = [
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['w:timeout', `w:call${i % 3}`, 'w:the'],
    label: 'defect' as const,
  })),
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['w:period', 'w:closed', `w:doc${i % 3}`, 'w:the'],
    label: 'process_change' as const,
  })),
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['w:email', 'w:invalid', `w:rec${i % 3}`, 'w:the'],
    label: 'bad_source_data' as const,
    altLabel: 'defect' as const,
  })),
];

describe('trainLinear', () => {
  const weights = trainLinear(toy, DEFAULT_TRAINING);

  it('learns words that decide the class, and gives a word every class shares little weight', () => {
    const top = (features: string[]) => {
      const { probabilities } = scoreLinear({ ...weights, temperature: 1 }, features);
      return Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0][0];
    };
    expect(top(['w:timeout'])).toBe('defect');
    expect(top(['w:period', 'w:closed'])).toBe('process_change');
    expect(top(['w:email', 'w:invalid'])).toBe('bad_source_data');
    const spread = (row: number[]) => Math.max(...row) - Math.min(...row);
    expect(spread(weights.weights['w:the'] ?? [0, 0, 0])).toBeLessThan(spread(weights.weights['w:timeout']) / 3);
  });

  it('is deterministic: the same examples give the same weights', () => {
    expect(trainLinear(toy, DEFAULT_TRAINING)).toEqual(weights);
  });

  it('gives no weight to a feature seen fewer than minCount times', () => {
    expect(
      trainLinear([...toy, { features: ['w:once'], label: 'defect' }], DEFAULT_TRAINING).weights['w:once'],
    ).toBeUndefined();
  });

  it('follows the gradient: one step of its loss on one example moves the probability of the label up', () => {
    const single: TrainingExample[] = [
      { features: ['w:a', 'w:b'], label: 'defect' },
      { features: ['w:a', 'w:b'], label: 'defect' },
    ];
    const few = trainLinear(single, { ...DEFAULT_TRAINING, epochs: 1 });
    const more = trainLinear(single, { ...DEFAULT_TRAINING, epochs: 20 });
    const p = (w: typeof few) => scoreLinear({ ...w, temperature: 1 }, ['w:a', 'w:b']).probabilities.defect;
    expect(p(few)).toBeGreaterThan(1 / 3);
    expect(p(more)).toBeGreaterThan(p(few));
  });
});

describe('calibration', () => {
  it('fits a temperature that softens overconfident logits', () => {
    // logits that claim ~98% but are right half of the time
    const predictions = Array.from({ length: 40 }, (_, i) => ({
      logits: [4, 0, 0],
      label: i % 2 ? ('defect' as const) : ('process_change' as const),
    }));
    expect(fitTemperature(predictions)).toBeGreaterThan(2);
  });

  it('maps probabilities to how often such answers were right, monotonically', () => {
    const predictions = [
      ...Array.from({ length: 20 }, (_, i) => ({
        logits: [0.2, 0, 0],
        label: i % 2 ? ('defect' as const) : ('bad_source_data' as const),
      })),
      ...Array.from({ length: 20 }, (_, i) => ({
        logits: [3, 0, 0],
        label: i % 10 ? ('defect' as const) : ('bad_source_data' as const),
      })),
    ];
    const calibration = fitCalibration(predictions, 1);
    for (let i = 1; i < calibration.right.length; i++)
      expect(calibration.right[i]).toBeGreaterThanOrEqual(calibration.right[i - 1]);
    const low = softmax([0.2, 0, 0])[0];
    const high = softmax([3, 0, 0])[0];
    expect(calibrated(calibration, low)).toBeCloseTo(0.5, 1);
    expect(calibrated(calibration, high)).toBeCloseTo(0.9, 1);
  });

  it('counts an answer equal to the altLabel as right', () => {
    const predictions = Array.from({ length: 10 }, () => ({
      logits: [2, 0, 0],
      label: 'bad_source_data' as const,
      altLabel: 'defect' as const,
    }));
    const calibration = fitCalibration(predictions, 1);
    expect(calibration.right.at(-1)).toBe(1);
  });
});

describe('scoreLinear', () => {
  it('names each logit by its class, in the order of the weights', () => {
    const score = scoreLinear(
      { bias: [0, 0, 0], weights: { 'w:a': [3, 0, 0], 'w:b': [0, 2, 0], 'w:c': [0, 0, 1] }, temperature: 1 },
      ['w:a', 'w:b', 'w:c'],
    );
    expect(OWNER_CLASSES).toEqual(['defect', 'bad_source_data', 'process_change']);
    expect(score.logits).toEqual({ defect: 3, bad_source_data: 2, process_change: 1 });
    expect(score.probabilities.defect).toBeGreaterThan(score.probabilities.bad_source_data);
    expect(score.contributions.map((c) => c.cls)).toEqual(['defect', 'bad_source_data', 'process_change']);
  });
});

describe('heaviestOf', () => {
  const weights = [0.2, 0.9, 0.5, 0.9, 0.1, 0.5, 0.7];
  const contributions = weights.map((weight, i) => ({ id: i, weight }));

  it('gives what a stable sort by weight gives, the earlier of equal weights first', () => {
    const indices = [0, 1, 2, 3, 4, 5, 6];
    const seen: number[] = [];
    heaviestOf(contributions, indices, (c) => (seen.push(c.id), true));
    const sorted = [...contributions].sort((a, b) => b.weight - a.weight).map((c) => c.id);
    expect(seen).toEqual(sorted);
    expect(seen).toEqual([1, 3, 6, 2, 5, 0, 4]);
  });

  it('looks only at the indices given, and stops when asked', () => {
    const seen: number[] = [];
    heaviestOf(contributions, [0, 2, 4, 5], (c) => (seen.push(c.id), seen.length < 2));
    expect(seen).toEqual([2, 5]);
  });
});
