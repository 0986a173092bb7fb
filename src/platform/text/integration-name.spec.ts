import { describe, expect, it } from 'vitest';
import { integrationNameProblem, integrationSkeleton, lookalikeOf } from './integration-name';

describe('integrationNameProblem', () => {
  it.each<[string, string, boolean]>([
    ['a plain slug', 'shopify-netsuite-orders', true],
    ['non-ASCII letters already in NFKC', 'zürich-orders', true],
    ['a trailing space', 'shopify-orders ', false],
    ['a leading tab', '\tshopify-orders', false],
    ['a full-width hyphen (NFKC folds it)', 'shopify\uff0dorders', false],
    ['a non-breaking hyphen (NFKC folds it)', 'shopify\u2011orders', false],
    ['a decomposed ü', 'zu\u0308rich-orders', false],
    ['a zero-width space', 'shopify\u200b-orders', false],
    ['a right-to-left override', 'shopify-\u202eorders', false],
  ])('%s', (_name, value, ok) => {
    expect(integrationNameProblem(value) === undefined).toBe(ok);
  });
});

describe('lookalikeOf', () => {
  const signed = ['shopify-orders', 'xero-contacts'];
  it.each<[string, string | undefined]>([
    ['shopify-orders', undefined],
    ['shopify\u2010orders', 'shopify-orders'],
    ['shopify\u2212orders', 'shopify-orders'],
    ['Shopify-Orders', 'shopify-orders'],
    ['shopify-orders-2', undefined],
    ['xero\u2013contacts', 'xero-contacts'],
  ])('%s', (name, expected) => {
    expect(lookalikeOf(name, signed)).toBe(expected);
  });

  it('folds dashes and spaces and case into one skeleton', () => {
    expect(integrationSkeleton('A\u2014B\u00a0C')).toBe('a-b c');
  });
});
