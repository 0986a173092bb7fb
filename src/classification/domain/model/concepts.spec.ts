import { describe, expect, it } from 'vitest';
import { describeFeature } from '../explanations';
import { ERROR_OBJECTS, ERROR_PREDICATES } from './concept-lexicon';
import { conceptsOf } from './concepts';
import { featuresOf, wordsOf } from './features';

const conceptsIn = (text: string) => conceptsOf(wordsOf(text));

describe('the concepts of error language', () => {
  it.each([
    ["The Item does not exist. No.='M99-9999'", 'c:not_found'],
    ['Customer Card could not be found', 'c:not_found'],
    ['RecordNotFound', 'c:not_found'],
    ['Posting period 012 2025 is not open', 'c:closed_period'],
    ['The date is before the lock date', 'c:closed_period'],
    ['Too many requests, retry later', 'c:limit_exceeded'],
    ['This value has already been taken', 'c:already_exists'],
  ])('reads %j as %s, whichever vendor worded it', (message, concept) => {
    expect(conceptsIn(message)).toContain(concept);
  });

  it('pairs what went wrong with what it is about, so one system’s wording carries to another’s', () => {
    expect(conceptsIn('The tax code does not exist')).toContain('cc:not_found|configuration');
    expect(conceptsIn('Invalid Reference Id: TaxCodeRef')).toContain('cc:not_found|configuration');
    expect(conceptsIn('Customer is required')).toContain('cc:required_missing|master_data');
  });

  it('does not read a concept into a word that only resembles a phrase of it', () => {
    // near misses: "found" alone is not "not found"; an object named without a predicate pairs with nothing
    expect(conceptsIn('Found 3 matching records')).not.toContain('c:not_found');
    expect(conceptsIn('Invoice INV-0042').filter((c) => c.startsWith('cc:'))).toEqual([]);
    // the lexicon's "404" and "503" would match every number, since numbers are <num> to the model
    const numbers = conceptsIn('Order 404 for 503 units');
    expect(numbers).not.toContain('c:not_found');
    expect(numbers).not.toContain('c:timeout_or_unavailable');
  });

  it('reads the code’s words too', () => {
    const features = featuresOf({
      event: {
        occurredAt: '2026-12-01T10:00:00Z',
        integration: 'i',
        source: { system: 'app', entity: 'order', id: 'o-1' },
        error: { message: 'Use one of the Ids in the list', code: 'DUPLICATE_VALUE' },
      },
      message: 'Use one of the Ids in the list',
      knowledge: [],
    });
    expect(features).toContain('c:already_exists');
  });

  it('keeps each phrase in one concept of its list, in words the model tokenises the same way', () => {
    // a phrase may name both what went wrong and what it is about ("rate limit", "posting period"), not two of either
    for (const lexicon of [ERROR_PREDICATES, ERROR_OBJECTS]) {
      const owner = new Map<string, string>();
      for (const [concept, phrases] of Object.entries(lexicon)) {
        expect(phrases.length, concept).toBeGreaterThanOrEqual(15);
        for (const phrase of phrases) {
          expect(phrase, concept).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
          expect(owner.get(phrase), `"${phrase}" in ${concept}`).toBeUndefined();
          owner.set(phrase, concept);
        }
      }
    }
  });

  it('explains a concept feature in words', () => {
    expect(describeFeature('c:not_found')).toBe('the message saying "not found"');
    expect(describeFeature('cc:not_found|configuration')).toBe('"not found" said of configuration');
  });
});
