import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { sageIntacctPack } from './sage-intacct.pack';

type Row = [familyId: string, code: string, message: string, matches: boolean];

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const rows: Row[] = [
  [
    'intacct.xml_schema',
    'XL03000003',
    'XML Parse schema error: Fatal Error 76: Opening and ending tag mismatch: delete line 16 and function. Line: 19, column: 18.',
    true,
  ],
  ['intacct.xml_schema', 'GW-0011', 'Invalid Request', false],
  ['intacct.gateway', 'GW-0011', 'Invalid Request', true],
  ['intacct.gateway', 'XL03000003', 'XML Parse schema error: Opening and ending tag mismatch', false],
  [
    'intacct.period_closed',
    'BL01001973',
    "Periods are closed. Your transaction date (05/31/2026) is within a period that's been closed.",
    true,
  ],
  ['intacct.period_closed', 'BL01001973', 'Enable foreign-currency transactions, and try again', false],
  ['intacct.multicurrency_disabled', '', 'Enable foreign-currency transactions, and try again', true],
  [
    'intacct.multicurrency_disabled',
    '',
    "Enter an account number on line item 1, in transaction 'INV-1001,' and try again",
    false,
  ],
  [
    'intacct.line_account_missing',
    '',
    "Enter an account number on line item 1, in transaction 'INV-1001,' and try again",
    true,
  ],
  ['intacct.line_account_missing', '', 'Enable foreign-currency transactions, and try again', false],
  [
    'intacct.entity_credit_limit',
    'BL03002073',
    'Your configuration limits credits to the entity owners. You cannot apply negative line items in transactions with line items for multiple entities.',
    true,
  ],
  [
    'intacct.entity_credit_limit',
    'BL01001973',
    "Periods are closed. Your transaction date (05/31/2026) is within a period that's been closed.",
    false,
  ],
];

describe('sageIntacctPack families', () => {
  it.each(rows)('%s on %j / %j → matches: %s', (familyId, code, message, matches) => {
    const ids = countedFamilies(sageIntacctPack, code, message).map((family) => family.id);
    if (matches) expect(ids).toContain(familyId);
    else expect(ids).not.toContain(familyId);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of sageIntacctPack.families) {
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
        sageIntacctPack.families.some((family) => family.id === id),
        `row for unknown family ${id}`,
      ).toBe(true);
  });
});
