import { describe, expect, it } from 'vitest';
import type { ClassifiableEvent } from './classification.types';
import { emptyModel, learn, predict, tokensOf } from './naive-bayes';

const event = (message: string, code?: string): ClassifiableEvent => ({
  integration: 'i',
  occurredAt: '2026-11-10T10:00:00Z',
  source: { system: 'portal', entity: 'order', id: '1' },
  target: { system: 'NetSuite', entity: 'salesOrder' },
  error: { message, code },
});

describe('naive Bayes on corrections', () => {
  it.each<[string, string | undefined, string[]]>([
    ['Invalid item reference key 1042.', 'INVALID_KEY_OR_REF', ['invalid', 'item', 'reference', 'key', 'code:invalid_key_or_ref', 'system:netsuite']],
    ["Value 'ABC-1' is not allowed for the field", undefined, ['value', 'allowed', 'field', 'system:netsuite']],
  ])('tokenises %j without ids, numbers or quoted values', (message, code, expected) => {
    expect(tokensOf(event(message, code)).sort()).toEqual(expected.sort());
  });

  it('learns without mutating the stored model', () => {
    const model = emptyModel();
    const next = learn(model, ['carrier', 'zone'], 'process_change');
    expect(model.classCounts.process_change).toBe(0);
    expect(next.classCounts.process_change).toBe(1);
    expect(next.tokenCounts.carrier).toEqual({ process_change: 1 });
  });

  it('predicts the class whose corrections share the words, with more certainty as examples grow', () => {
    let model = emptyModel();
    model = learn(model, ['carrier', 'zone', 'depot'], 'process_change');
    model = learn(model, ['email', 'invalid'], 'bad_source_data');
    const once = predict(model, ['carrier', 'zone']);
    for (let i = 0; i < 4; i++) model = learn(model, ['carrier', 'zone', 'depot'], 'process_change');
    const often = predict(model, ['carrier', 'zone']);
    expect(once.probabilities.process_change).toBeGreaterThan(once.probabilities.bad_source_data);
    expect(often.probabilities.process_change).toBeGreaterThan(once.probabilities.process_change);
    expect(often.knownTokens).toBe(2);
    expect(predict(model, ['unseen']).knownTokens).toBe(0);
  });
});
