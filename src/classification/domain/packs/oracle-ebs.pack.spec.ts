import { oracleEbsPack } from './oracle-ebs.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['ebs.ap_period_closed', 'ACCT_DATE_NOT_IN_OPEN_PD', 'Acct Date Not In Open Pd'],
  [
    'ebs.ap_duplicate_invoice',
    'DUPL INV NUM IN IMPORT',
    'Duplicate invoice number for this supplier already exists in this import.',
  ],
  ['ebs.ap_inactive_reference', 'INACTIVE PO', 'Inactive purchase order number (PO_NUMBER).'],
  ['ebs.ap_invoice_amount', '', 'Invoice Amount Incorrect'],
  ['ebs.ap_no_exchange_rate', '', 'No Exchange Rate'],
  ['ebs.gl_period', 'EP01', 'This date is not in any open or future enterable period.'],
  [
    'ebs.gl_unbalanced',
    'EU02',
    'This journal entry is unbalanced and suspense posting is not allowed in this set of books.',
  ],
  ['ebs.gl_account_inactive', 'EF01', 'This code combination is not enabled.'],
  ['ebs.gl_account_invalid', 'EF05', 'There is no account with this code combination ID.'],
  [
    'ebs.gl_conversion_rate',
    'EC06',
    'A conversion rate must be defined for this currency, conversion rate type and conversion date.',
  ],
  ['ebs.ar_gl_date_closed', '', 'GL date 31-MAY-2026 is in a closed period.'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['ebs.ap_period_closed', 'DUPL INV NUM IN IMPORT', 'Dupl Inv Num In Import'],
  ['ebs.ap_duplicate_invoice', 'INACTIVE PO', 'Inactive purchase order number (PO_NUMBER).'],
  ['ebs.ap_inactive_reference', 'INVOICE AMOUNT INCORRECT', 'Invoice Amount Incorrect'],
  ['ebs.ap_invoice_amount', 'NO EXCHANGE RATE', 'No Exchange Rate'],
  ['ebs.ap_no_exchange_rate', 'INACTIVE CURRENCY CODE', 'Inactive Currency Code'],
  ['ebs.gl_period', 'EF04', 'This is an invalid account. Check your cross-validation rules and segment values.'],
  ['ebs.gl_unbalanced', 'EC06', 'There is no conversion rate for this currency, conversion type and conversion date.'],
  [
    'ebs.gl_account_inactive',
    'EF04',
    'This is an invalid account. Check your cross-validation rules and segment values.',
  ],
  ['ebs.gl_account_invalid', 'EF03', 'This account is disabled.'],
  ['ebs.gl_conversion_rate', 'EU02', 'This journal entry is unbalanced and suspense posting is not allowed.'],
  ['ebs.ar_gl_date_closed', 'ACCT DATE NOT IN OPEN PD', 'Accounting date (ACCOUNTING_DATE) is not in an open period.'],
];

describePackTable(oracleEbsPack, positives, nearMisses);
