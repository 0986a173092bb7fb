import { oracleFusionPack } from './oracle-fusion.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['fusion.jbo_required', 'JBO-27014', 'Attribute SupplierSite in PayablesInvoices is required.'],
  [
    'fusion.jbo_row_changed',
    '',
    'JBO-25014: Another user has changed the row with primary key oracle.jbo.Key[300000123 ].',
  ],
  ['fusion.jbo_duplicate_key', 'JBO-25013', 'Too many objects match the primary key oracle.jbo.Key[INV-1001 ].'],
  ['fusion.jbo_not_permitted', 'JBO-24003', 'Attribute InvoiceAmount in entity InvoiceHeaderEO is not updatable.'],
  [
    'fusion.ap_period_closed',
    'ACCT DATE NOT IN OPEN PD',
    'Accounting date (ACCOUNTING_DATE) is not in an open period.',
  ],
  [
    'fusion.ap_duplicate_invoice',
    'DUPLICATE INVOICE NUMBER',
    'Invoice number for this supplier already exists in Payables.',
  ],
  ['fusion.ap_inactive_reference', 'INACTIVE CURRENCY CODE', 'Inactive currency code (INVOICE_CURRENCY_CODE).'],
  [
    'fusion.ap_invoice_amount',
    'INVOICE AMOUNT INCORRECT',
    'Invoice amount (AP_INVOICES_INTERFACE.INVOICE_AMOUNT) does not equal the sum of the line amounts',
  ],
  ['fusion.ap_no_exchange_rate', 'NO EXCHANGE RATE', 'No Exchange Rate'],
  ['fusion.gl_period', 'EP01', 'This date is not in an open or future enterable period.'],
  ['fusion.gl_unbalanced', 'EU02', 'This journal entry is unbalanced and suspense posting is not allowed.'],
  ['fusion.gl_account_inactive', 'EF03', 'This account is disabled.'],
  [
    'fusion.gl_account_invalid',
    'EF04',
    'This is an invalid account. Check your cross-validation rules and segment values.',
  ],
  [
    'fusion.gl_conversion_rate',
    'EC06',
    'There is no conversion rate for this currency, conversion type and conversion date.',
  ],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['fusion.jbo_required', 'JBO-25014', 'Another user has changed the row with primary key oracle.jbo.Key[300000123 ].'],
  ['fusion.jbo_row_changed', 'JBO-25013', 'Too many objects match the primary key oracle.jbo.Key[INV-1001 ].'],
  ['fusion.jbo_duplicate_key', 'JBO-27014', 'Attribute SupplierSite in PayablesInvoices is required.'],
  ['fusion.jbo_not_permitted', 'JBO-27014', 'Attribute InvoiceAmount in PayablesInvoices is required.'],
  [
    'fusion.ap_period_closed',
    'DUPLICATE INVOICE NUMBER',
    'Invoice number for this supplier already exists in Payables.',
  ],
  [
    'fusion.ap_duplicate_invoice',
    'ACCT DATE NOT IN OPEN PD',
    'Accounting date (ACCOUNTING_DATE) is not in an open period.',
  ],
  ['fusion.ap_inactive_reference', 'NO EXCHANGE RATE', 'No Exchange Rate'],
  ['fusion.ap_invoice_amount', 'DUPLICATE INVOICE NUMBER', 'Duplicate Invoice Number'],
  [
    'fusion.ap_no_exchange_rate',
    'EC06',
    'There is no conversion rate for this currency, conversion type and conversion date.',
  ],
  ['fusion.gl_period', 'EU02', 'This journal entry is unbalanced and suspense posting is not allowed.'],
  ['fusion.gl_unbalanced', 'EP01', 'This date is not in an open or future enterable period.'],
  ['fusion.gl_account_inactive', 'EF05', 'There is no account with this code combination ID.'],
  ['fusion.gl_account_invalid', 'EF01', 'This account is not active for the accounting date.'],
  ['fusion.gl_conversion_rate', 'EP01', 'This date is not in an open or future enterable period.'],
];

describePackTable(oracleFusionPack, positives, nearMisses);
