import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { sapBusinessOnePack } from './sap-business-one.pack';

type Row = [familyId: string, code: string, message: string, matches: boolean];

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const rows: Row[] = [
  ['b1.no_matching_records', '-2028', 'No matching records found (ODBC -2028)', true],
  ['b1.no_matching_records', '-2035', 'This entry already exists in the following tables (ODBC -2035)', false],
  ['b1.entry_exists', '-2035', 'This entry already exists in the following tables (ODBC -2035)', true],
  ['b1.entry_exists', '-2028', 'No matching records found (ODBC -2028)', false],
  ['b1.invalid_session', '301', 'Invalid session or session already timeout.', true],
  ['b1.invalid_session', '-2028', 'No matching records found (ODBC -2028)', false],
  ['b1.negative_inventory', '-10', 'Quantity falls into negative inventory  [DocumentLines.ItemCode][line: 1]', true],
  ['b1.negative_inventory', '-10', 'Posting Date deviates from the defined range', false],
  [
    'b1.posting_date_range',
    '-5002',
    '10000156 - Posting Date deviates from the defined range. To complete the operation, define the posting period to match the entered Posting Date.',
    true,
  ],
  ['b1.posting_date_range', '-10', 'Date deviates from permissible range  [ORDR.DocDueDate]', true],
  ['b1.posting_date_range', '-10', '10001090 - Posting period missing', false],
  ['b1.posting_period_missing', '-10', '10001090 - Posting period missing', true],
  ['b1.posting_period_missing', '-10', 'Date deviates from permissible range  [ORDR.DocDueDate]', false],
];

describe('sapBusinessOnePack families', () => {
  it.each(rows)('%s on %j / %j → matches: %s', (familyId, code, message, matches) => {
    const ids = countedFamilies(sapBusinessOnePack, code, message).map((family) => family.id);
    if (matches) expect(ids).toContain(familyId);
    else expect(ids).not.toContain(familyId);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of sapBusinessOnePack.families) {
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
        sapBusinessOnePack.families.some((family) => family.id === id),
        `row for unknown family ${id}`,
      ).toBe(true);
  });
});
