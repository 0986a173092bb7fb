import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { oracleFusionPack } from './oracle-fusion.pack';

type Row = [familyId: string, code: string, message: string, matches: boolean];

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const rows: Row[] = [
  ['fusion.jbo_required', 'JBO-27014', 'Attribute SupplierSite in PayablesInvoices is required.', true],
  [
    'fusion.jbo_required',
    'JBO-25014',
    'Another user has changed the row with primary key oracle.jbo.Key[300000123 ].',
    false,
  ],
  [
    'fusion.jbo_row_changed',
    '',
    'JBO-25014: Another user has changed the row with primary key oracle.jbo.Key[300000123 ].',
    true,
  ],
  ['fusion.jbo_row_changed', 'JBO-25013', 'Too many objects match the primary key oracle.jbo.Key[INV-1001 ].', false],
  ['fusion.jbo_duplicate_key', 'JBO-25013', 'Too many objects match the primary key oracle.jbo.Key[INV-1001 ].', true],
  ['fusion.jbo_duplicate_key', 'JBO-27014', 'Attribute SupplierSite in PayablesInvoices is required.', false],
  [
    'fusion.jbo_not_permitted',
    'JBO-24003',
    'Attribute InvoiceAmount in entity InvoiceHeaderEO is not updatable.',
    true,
  ],
  ['fusion.jbo_not_permitted', 'JBO-27014', 'Attribute InvoiceAmount in PayablesInvoices is required.', false],
  [
    'fusion.ap_period_closed',
    'ACCT DATE NOT IN OPEN PD',
    'Accounting date (ACCOUNTING_DATE) is not in an open period.',
    true,
  ],
  [
    'fusion.ap_period_closed',
    'DUPLICATE INVOICE NUMBER',
    'Invoice number for this supplier already exists in Payables.',
    false,
  ],
  [
    'fusion.ap_duplicate_invoice',
    'DUPLICATE INVOICE NUMBER',
    'Invoice number for this supplier already exists in Payables.',
    true,
  ],
  [
    'fusion.ap_duplicate_invoice',
    'ACCT DATE NOT IN OPEN PD',
    'Accounting date (ACCOUNTING_DATE) is not in an open period.',
    false,
  ],
  ['fusion.ap_inactive_reference', 'INACTIVE CURRENCY CODE', 'Inactive currency code (INVOICE_CURRENCY_CODE).', true],
  ['fusion.ap_inactive_reference', 'NO EXCHANGE RATE', 'No Exchange Rate', false],
  [
    'fusion.ap_invoice_amount',
    'INVOICE AMOUNT INCORRECT',
    'Invoice amount (AP_INVOICES_INTERFACE.INVOICE_AMOUNT) does not equal the sum of the line amounts',
    true,
  ],
  ['fusion.ap_invoice_amount', 'DUPLICATE INVOICE NUMBER', 'Duplicate Invoice Number', false],
  ['fusion.ap_no_exchange_rate', 'NO EXCHANGE RATE', 'No Exchange Rate', true],
  [
    'fusion.ap_no_exchange_rate',
    'EC06',
    'There is no conversion rate for this currency, conversion type and conversion date.',
    false,
  ],
  ['fusion.gl_period', 'EP01', 'This date is not in an open or future enterable period.', true],
  ['fusion.gl_period', 'EU02', 'This journal entry is unbalanced and suspense posting is not allowed.', false],
  ['fusion.gl_unbalanced', 'EU02', 'This journal entry is unbalanced and suspense posting is not allowed.', true],
  ['fusion.gl_unbalanced', 'EP01', 'This date is not in an open or future enterable period.', false],
  ['fusion.gl_account_inactive', 'EF03', 'This account is disabled.', true],
  ['fusion.gl_account_inactive', 'EF05', 'There is no account with this code combination ID.', false],
  [
    'fusion.gl_account_invalid',
    'EF04',
    'This is an invalid account. Check your cross-validation rules and segment values.',
    true,
  ],
  ['fusion.gl_account_invalid', 'EF01', 'This account is not active for the accounting date.', false],
  [
    'fusion.gl_conversion_rate',
    'EC06',
    'There is no conversion rate for this currency, conversion type and conversion date.',
    true,
  ],
  ['fusion.gl_conversion_rate', 'EP01', 'This date is not in an open or future enterable period.', false],
];

describe('oracleFusionPack families', () => {
  it.each(rows)('%s on %j / %j → matches: %s', (familyId, code, message, matches) => {
    const ids = countedFamilies(oracleFusionPack, code, message).map((family) => family.id);
    if (matches) expect(ids).toContain(familyId);
    else expect(ids).not.toContain(familyId);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of oracleFusionPack.families) {
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
        oracleFusionPack.families.some((family) => family.id === id),
        `row for unknown family ${id}`,
      ).toBe(true);
  });
});
