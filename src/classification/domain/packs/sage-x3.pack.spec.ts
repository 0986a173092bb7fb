import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { sageX3Pack } from './sage-x3.pack';

type Row = [familyId: string, code: string, message: string, matches: boolean];

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const rows: Row[] = [
  ['x3.unknown_field', '', 'Cannot query field "x3Customers" on type "sageQuery". Did you mean "x3CommonData"?', true],
  ['x3.unknown_field', '', 'Missing required request parameters', false],
  ['x3.unauthorised', '', 'Unauthorised', true],
  ['x3.unauthorised', '', 'The application registered on Sage Business Cloud is disabled', false],
  ['x3.internal', 'InternalServerError', '', true],
  ['x3.internal', 'BadRequest', 'Cannot query field "x3Foo" on type "sageQuery"', false],
  ['x3.app_disabled', '', 'The application registered on Sage Business Cloud is disabled', true],
  ['x3.app_disabled', '', 'The pairing request has not been accepted.', false],
  ['x3.pairing', '', 'The pairing request has not been accepted.', true],
  ['x3.pairing', '', 'Invalid grant type', false],
  ['x3.token_request', '', 'Invalid grant type', true],
  ['x3.token_request', '', 'The request has expired.', false],
];

describe('sageX3Pack families', () => {
  it.each(rows)('%s on %j / %j → matches: %s', (familyId, code, message, matches) => {
    const ids = countedFamilies(sageX3Pack, code, message).map((family) => family.id);
    if (matches) expect(ids).toContain(familyId);
    else expect(ids).not.toContain(familyId);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of sageX3Pack.families) {
      expect(family.doc, family.id).toBeTruthy();
      expect(
        rows.some(([id, , , matches]) => id === family.id && matches),
        `${family.id} positive row`,
      ).toBe(true);
      expect(
        rows.some(([id, , , matches]) => id === family.id && !matches),
        `${family.id} negative row`,
      ).toBe(true);
    }
    for (const [id] of rows)
      expect(
        sageX3Pack.families.some((family) => family.id === id),
        `row for unknown family ${id}`,
      ).toBe(true);
  });
});
