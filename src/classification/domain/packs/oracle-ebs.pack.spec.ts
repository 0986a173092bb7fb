import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { oracleEbsPack } from './oracle-ebs.pack';

type Row = [familyId: string, code: string, message: string, matches: boolean];

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const rows: Row[] = [
  ['ebs.ap_period_closed', 'ACCT_DATE_NOT_IN_OPEN_PD', 'Acct Date Not In Open Pd', true],
  ['ebs.ap_period_closed', 'DUPL INV NUM IN IMPORT', 'Dupl Inv Num In Import', false],
  [
    'ebs.ap_duplicate_invoice',
    'DUPL INV NUM IN IMPORT',
    'Duplicate invoice number for this supplier already exists in this import.',
    true,
  ],
  ['ebs.ap_duplicate_invoice', 'INACTIVE PO', 'Inactive purchase order number (PO_NUMBER).', false],
  ['ebs.ap_inactive_reference', 'INACTIVE PO', 'Inactive purchase order number (PO_NUMBER).', true],
  ['ebs.ap_inactive_reference', 'INVOICE AMOUNT INCORRECT', 'Invoice Amount Incorrect', false],
  ['ebs.ap_invoice_amount', '', 'Invoice Amount Incorrect', true],
  ['ebs.ap_invoice_amount', 'NO EXCHANGE RATE', 'No Exchange Rate', false],
  ['ebs.ap_no_exchange_rate', '', 'No Exchange Rate', true],
  ['ebs.ap_no_exchange_rate', 'INACTIVE CURRENCY CODE', 'Inactive Currency Code', false],
  ['ebs.gl_period', 'EP01', 'This date is not in any open or future enterable period.', true],
  ['ebs.gl_period', 'EF04', 'This is an invalid account. Check your cross-validation rules and segment values.', false],
  [
    'ebs.gl_unbalanced',
    'EU02',
    'This journal entry is unbalanced and suspense posting is not allowed in this set of books.',
    true,
  ],
  [
    'ebs.gl_unbalanced',
    'EC06',
    'There is no conversion rate for this currency, conversion type and conversion date.',
    false,
  ],
  ['ebs.gl_account_inactive', 'EF01', 'This code combination is not enabled.', true],
  [
    'ebs.gl_account_inactive',
    'EF04',
    'This is an invalid account. Check your cross-validation rules and segment values.',
    false,
  ],
  ['ebs.gl_account_invalid', 'EF05', 'There is no account with this code combination ID.', true],
  ['ebs.gl_account_invalid', 'EF03', 'This account is disabled.', false],
  [
    'ebs.gl_conversion_rate',
    'EC06',
    'A conversion rate must be defined for this currency, conversion rate type and conversion date.',
    true,
  ],
  ['ebs.gl_conversion_rate', 'EU02', 'This journal entry is unbalanced and suspense posting is not allowed.', false],
  ['ebs.ar_gl_date_closed', '', 'GL date 31-MAY-2026 is in a closed period.', true],
  [
    'ebs.ar_gl_date_closed',
    'ACCT DATE NOT IN OPEN PD',
    'Accounting date (ACCOUNTING_DATE) is not in an open period.',
    false,
  ],
];

describe('oracleEbsPack families', () => {
  it.each(rows)('%s on %j / %j → matches: %s', (familyId, code, message, matches) => {
    const ids = countedFamilies(oracleEbsPack, code, message).map((family) => family.id);
    if (matches) expect(ids).toContain(familyId);
    else expect(ids).not.toContain(familyId);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of oracleEbsPack.families) {
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
        oracleEbsPack.families.some((family) => family.id === id),
        `row for unknown family ${id}`,
      ).toBe(true);
  });
});
