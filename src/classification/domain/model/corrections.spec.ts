import { describe, expect, it } from 'vitest';
import {
  asCorrections,
  correctionFeaturesOf,
  correctionsWithout,
  learnCorrection,
  NO_CORRECTIONS,
  taughtUnder,
} from './corrections';
import { scoreLinear } from './linear-model';

const model = { bias: [0.5, 0, 0], weights: { 'w:zone': [1, 0, 0] }, temperature: 1 };
const features = ['w:zone', 'w:depot', 'w:enabled', 'http:none'];

/** One correction of another issue of the same system, taught under the key 'i2'. */
const anotherIssueLearned = () => {
  const other = ['w:bin', 'w:full'];
  return learnCorrection(model, NO_CORRECTIONS, other, correctionFeaturesOf(other, 'acme'), 'defect', 'i2');
};

describe('learnCorrection', () => {
  it('moves the corrected example towards the label', () => {
    const taught = correctionFeaturesOf(features, 'acme');
    const corrections = learnCorrection(model, NO_CORRECTIONS, features, taught, 'process_change');
    const logits = scoreLinear(model, features).logits;
    const extra = scoreLinear({ bias: [0, 0, 0], weights: corrections.weights, temperature: 1 }, taught).logits;
    const p = Math.exp(logits.process_change + extra.process_change);
    const total = p + Math.exp(logits.defect + extra.defect) + Math.exp(logits.bad_source_data + extra.bad_source_data);
    // one correction alone moves it, without pinning it: a weight is earned by corrections agreeing
    const before =
      Math.exp(logits.process_change) /
      (Math.exp(logits.process_change) + Math.exp(logits.defect) + Math.exp(logits.bad_source_data));
    expect(p / total).toBeGreaterThan(before);
    expect(p / total).toBeLessThan(0.99);
    expect(corrections.examples).toBe(1);
  });

  it('learns on the message’s words tied to its system, never on what the message lacks', () => {
    expect(correctionFeaturesOf(features, 'Acme')).toEqual(['acme|w:zone', 'acme|w:depot', 'acme|w:enabled']);
    expect(correctionFeaturesOf(features, 'Acme', ['w:zone'])).toEqual(['acme|w:depot', 'acme|w:enabled']);
  });

  it('teaches the concepts a message names, so another wording of the same error on the system moves too', () => {
    const notFound = ['w:account', 'w:not', 'w:found', 'c:not_found', 'c:master_data', 'cc:not_found|master_data'];
    const corrections = learnCorrection(
      model,
      NO_CORRECTIONS,
      notFound,
      correctionFeaturesOf(notFound, 'acme'),
      'bad_source_data',
    );
    const otherWording = [
      'w:customer',
      'w:does',
      'w:exist',
      'c:not_found',
      'c:master_data',
      'cc:not_found|master_data',
    ];
    const extra = scoreLinear(
      { bias: [0, 0, 0], weights: corrections.weights, temperature: 1 },
      correctionFeaturesOf(otherWording, 'acme'),
    ).logits;
    expect(extra.bad_source_data).toBeGreaterThan(extra.defect);
    // tied to the system: another system's "not found" is not moved
    expect(correctionFeaturesOf(otherWording, 'globex').some((feature) => corrections.weights[feature])).toBe(false);
  });

  it('lets a system’s corrections move it as much after a thousand of other systems’ corrections as alone', () => {
    // the refit sums the corrections' loss against a fixed pull: averaged over every correction taught, one
    // system's weights shrank as other systems' corrections piled up
    const others = Array.from({ length: 1000 }, (_, i) => {
      const words = [`w:bin${i % 40}`, 'w:full', `w:site${i % 7}`];
      return {
        features: words,
        correctionFeatures: correctionFeaturesOf(words, `erp${i % 5}`),
        label: 'defect' as const,
      };
    });
    const taughtElsewhere = { weights: {}, examples: others.length, taught: others };
    const learn = (before: typeof NO_CORRECTIONS) =>
      learnCorrection(model, before, features, correctionFeaturesOf(features, 'acme'), 'process_change').weights;
    const alone = learn(NO_CORRECTIONS);
    const afterOthers = learn(taughtElsewhere);
    expect(alone['acme|w:depot'][2]).toBeGreaterThan(0.1);
    for (const feature of Object.keys(alone))
      alone[feature].forEach((weight, c) => expect(afterOthers[feature][c]).toBeCloseTo(weight, 3));
  });

  it('leaves the committed weights alone and learns words the model never saw', () => {
    const corrections = learnCorrection(
      model,
      NO_CORRECTIONS,
      ['w:zone', 'w:novel'],
      correctionFeaturesOf(['w:zone', 'w:novel'], 'acme'),
      'bad_source_data',
    );
    expect(model.weights['w:zone']).toEqual([1, 0, 0]);
    expect(corrections.weights['acme|w:novel']).toBeDefined();
  });

  it('replaces what it learned from an issue when the issue is settled again, as if the first had not been', () => {
    const taught = correctionFeaturesOf(features, 'acme');
    const otherIssue = anotherIssueLearned();
    const mistaken = learnCorrection(model, otherIssue, features, taught, 'process_change', 'i1');
    const undone = learnCorrection(model, mistaken, features, taught, 'bad_source_data', 'i1');
    const onlyTheSecond = learnCorrection(model, otherIssue, features, taught, 'bad_source_data', 'i1');
    expect(undone.weights).toEqual(onlyTheSecond.weights);
    expect(undone.taught?.map((example) => [example.key, example.label])).toEqual([
      ['i2', 'defect'],
      ['i1', 'bad_source_data'],
    ]);
    // every settlement is counted; the weights hold one correction per issue
    expect(undone.examples).toBe(3);
    // without keys (older stored corrections), both stay and pull against each other
    const unkeyed = learnCorrection(
      model,
      learnCorrection(model, otherIssue, features, taught, 'process_change'),
      features,
      taught,
      'bad_source_data',
    );
    expect(unkeyed.taught).toHaveLength(3);
    expect(unkeyed.weights).not.toEqual(onlyTheSecond.weights);
  });

  it('answers as if an issue had not been learned from, for judging what was learned from the others', () => {
    const otherIssue = anotherIssueLearned();
    const both = learnCorrection(
      model,
      otherIssue,
      features,
      correctionFeaturesOf(features, 'acme'),
      'process_change',
      'i1',
    );
    expect(taughtUnder(both, 'i1')).toBe(true);
    expect(correctionsWithout(model, both, 'i1').weights).toEqual(otherIssue.weights);
    expect(correctionsWithout(model, both, 'i9')).toBe(both);
    expect(taughtUnder(correctionsWithout(model, both, 'i1'), 'i1')).toBe(false);
  });

  it('reads stored naive-Bayes counts of older versions as no corrections', () => {
    expect(asCorrections({ classCounts: {}, tokenCounts: {} })).toEqual(NO_CORRECTIONS);
    expect(asCorrections({ weights: { 'w:x': [0, 1, 0] }, examples: 2 }).examples).toBe(2);
  });
});
