import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { zohoBooksPack } from './zoho-books.pack';

type Row = [family: string, code: string, message: string];

const ids = (code: string, message: string): string[] =>
  countedFamilies(zohoBooksPack, code, message).map((family) => family.id);

const positives: Row[] = [
  ['zoho-books.does_not_exist', '1002', 'Invoice does not exist.'],
  ['zoho-books.does_not_exist', '', 'Contact does not exist.'],
  ['zoho-books.internal_error', '1000', 'Internal error'],
  ['zoho-books.unauthorized', '401', 'Invalid OAuthtoken'],
  ['zoho-books.forbidden', '403', 'The user does not have enough permission to access the resource.'],
  ['zoho-books.endpoint', '404', 'URL Not Found'],
  ['zoho-books.rate_limit', '429', 'API usage limit exceeded'],
];

// near misses: a Zoho Books error of another meaning that looks alike
const negatives: Row[] = [
  ['zoho-books.does_not_exist', '404', 'URL Not Found'],
  ['zoho-books.does_not_exist', '', 'The customer GSTIN does not exist in the GST portal records for this period'],
  ['zoho-books.internal_error', '10002', 'Invoice does not exist.'],
  ['zoho-books.unauthorized', '403', 'The user does not have enough permission to access the resource.'],
  ['zoho-books.forbidden', '401', 'Invalid OAuthtoken'],
  ['zoho-books.endpoint', '1002', 'Invoice does not exist.'],
  ['zoho-books.rate_limit', '1000', 'Internal error'],
];

describe('Zoho Books pack', () => {
  it.each(positives)('%s recognises [%s] %s', (family, code, message) => {
    expect(ids(code, message)).toContain(family);
  });

  it.each(negatives)('%s leaves alone [%s] %s', (family, code, message) => {
    expect(ids(code, message)).not.toContain(family);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of zohoBooksPack.families) {
      expect(family.doc?.trim(), family.id).toBeTruthy();
      expect(
        positives.some(([id]) => id === family.id),
        `${family.id} positive`,
      ).toBe(true);
      expect(
        negatives.some(([id]) => id === family.id),
        `${family.id} negative`,
      ).toBe(true);
    }
  });
});
