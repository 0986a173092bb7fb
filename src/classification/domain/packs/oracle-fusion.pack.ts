import type { ErrorFamily, KnowledgePack } from './pack.types';

const AP_DOC =
  'Payables Open Interface Import rejection reasons (AP_INTERFACE_REJECTIONS.REJECT_LOOKUP_CODE; Oracle Payables "Payables Open Interface Report" rejection list)';
const GL_DOC =
  'Oracle General Ledger "Error Codes for Journal Import" (Journal Import execution report / GL_INTERFACE status codes)';

/**
 * Oracle's open-interface rejections as Payables import and Journal Import report them. E-Business Suite and
 * Fusion share these lookup codes and texts, so both packs take the same families under their own ids.
 * Lookup codes are matched with spaces or underscores ("ACCT DATE NOT IN OPEN PD", "ACCT_DATE_NOT_IN_OPEN_PD").
 */
export function oracleInterfaceFamilies(prefix: string): ErrorFamily[] {
  return [
    {
      id: `${prefix}.ap_period_closed`,
      doc: `${AP_DOC}: "Acct Date Not In Open Pd. Accounting date (ACCOUNTING_DATE) is not in an open period."`,
      codes: /^acct[ _]date[ _]not[ _]in[ _]open[ _]pd$/i,
      message: /acct date not in open pd|accounting date .{0,40}is not in an open period/i,
      either: true,
      category: 'period_locked',
      why: 'the invoice accounting date falls in a Payables period that is not open',
    },
    {
      id: `${prefix}.ap_duplicate_invoice`,
      doc: `${AP_DOC}: "Duplicate Invoice Number. Invoice number for this supplier already exists in Payables." and "Dupl Inv Num In Import"`,
      codes: /^(duplicate[ _]invoice[ _]number|dupl[ _]inv[ _]num[ _]in[ _]import)$/i,
      message: /duplicate invoice number|dupl inv num in import|invoice number for this supplier already exists/i,
      either: true,
      category: 'duplicate_record',
      why: 'an invoice with this number already exists for the supplier (in Payables or in the same import)',
    },
    {
      id: `${prefix}.ap_inactive_reference`,
      doc: `${AP_DOC}: "Inactive Currency Code", "Inactive Pay Curr Code", "Inactive PO", "Inactive Distribution Set", "Inactive AWT Group"`,
      codes: /^inactive[ _](currency[ _]code|pay[ _]curr[ _]code|po|distribution[ _]set|awt[ _]group)$/i,
      message: /\binactive (currency code|pay curr code|po|purchase order number|distribution set|awt group)\b/i,
      either: true,
      category: 'inactive_reference',
      why: 'the invoice refers to a currency, purchase order, distribution set or withholding group that is inactive',
    },
    {
      id: `${prefix}.ap_invoice_amount`,
      doc: `${AP_DOC}: "Invoice Amount Incorrect. Invoice amount (AP_INVOICES_INTERFACE.INVOICE_AMOUNT) does not equal the sum of the line amounts"`,
      codes: /^invoice[ _]amount[ _]incorrect$/i,
      message: /invoice amount incorrect|invoice amount .{0,80}does not equal the sum of the line amounts/i,
      either: true,
      category: 'value_format',
      lean: { defect: 0.5, bad_source_data: 0.45, process_change: 0.05 },
      why: 'the header amount is not the sum of the lines: the figures the integration sent do not add up',
    },
    {
      id: `${prefix}.ap_no_exchange_rate`,
      doc: `${AP_DOC}: "No Exchange Rate. The invoice currency is different from your functional currency, you have entered USER as the exchange rate type, and you have not entered a value for DEFAULT_EXCHANGE_RATE."`,
      codes: /^no[ _]exchange[ _]rate$/i,
      message: /\bno exchange rate\b/i,
      either: true,
      category: 'missing_required_value',
      lean: { defect: 0.55, bad_source_data: 0.3, process_change: 0.15 },
      why: 'a foreign-currency invoice with rate type USER arrived without the exchange rate',
    },
    {
      id: `${prefix}.gl_period`,
      doc: `${GL_DOC}: EP01 "This date is not in an open or future enterable period", EP02 no open or future enterable period in the ledger, EP03 date not within an open encumbrance year`,
      codes: /^ep0[123]$/i,
      message: /not in (an|any) open or future enterable period|no open or future enterable periods?/i,
      either: true,
      category: 'period_locked',
      why: 'the journal accounting date is not in an open or future-enterable GL period',
    },
    {
      id: `${prefix}.gl_unbalanced`,
      doc: `${GL_DOC}: EU02 "This journal entry is unbalanced and suspense posting is not allowed"`,
      codes: /^eu0[23]$/i,
      message: /journal entry is unbalanced/i,
      either: true,
      category: 'mapping_error',
      lean: { defect: 0.75, bad_source_data: 0.15, process_change: 0.1 },
      why: 'the journal lines the integration sent do not balance and the ledger does not allow suspense posting',
    },
    {
      id: `${prefix}.gl_account_inactive`,
      doc: `${GL_DOC}: EF01 account not active for the accounting date, EF03 disabled account`,
      codes: /^ef0[13]$/i,
      message: /(account|code combination) .{0,40}(is )?(not (enabled|active)|disabled|inactive)/i,
      either: true,
      category: 'inactive_reference',
      why: 'the account combination is disabled or not active on the accounting date',
    },
    {
      id: `${prefix}.gl_account_invalid`,
      doc: `${GL_DOC}: EF02 detail posting not allowed for the account, EF04 "This is an invalid account. Check your cross-validation rules and segment values", EF05 "There is no account with this code combination ID"`,
      codes: /^ef0[245]$/i,
      message:
        /invalid account\. check .{0,40}cross[- ]validation|no account with this code combination|detail posting not allowed/i,
      either: true,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.45, defect: 0.35, process_change: 0.2 },
      why: 'the account combination does not exist, breaks a cross-validation rule, or is a summary account',
    },
    {
      id: `${prefix}.gl_conversion_rate`,
      doc: `${GL_DOC}: EC06 no conversion rate defined for the currency, conversion type and date; EC08 invalid currency; EC09 no enabled currency`,
      codes: /^ec0[689]$/i,
      message:
        /conversion rate .{0,40}(must be defined|does not exist|is not defined)|no conversion rate for this currency/i,
      either: true,
      category: 'setup_missing',
      why: 'the ledger has no conversion rate (or no enabled currency) for the journal currency and date: rates are set up in the target',
    },
  ];
}

// Oracle Fusion Cloud ERP: REST resources are ADF Business Components, whose JBO-nnnnn messages come back in
// the REST error body (Oracle Fusion Middleware Error Messages Reference, "JBO-24000 to JBO-80008"); FBDI and
// the Payables/Journal import jobs report the open-interface rejection codes above.
const JBO_DOC =
  'Oracle Fusion Middleware Error Messages Reference, chapter "JBO-24000 to JBO-80008" (docs.oracle.com/cd/E14571_01/core.1111/e10113/chapter_jbo_messages.htm)';

export const oracleFusionPack: KnowledgePack = {
  system: 'Oracle Fusion',
  aliases: ['oracle-fusion', 'oracle fusion', 'fusion cloud', 'oracle erp cloud', 'fscmrestapi'],
  families: [
    {
      id: 'fusion.jbo_required',
      doc: `${JBO_DOC}: JBO-27014 "Attribute {2} in {1} is required"`,
      codes: /^jbo-27014$/i,
      message: /jbo-27014|attribute .{1,80} in .{1,120} is required/i,
      either: true,
      category: 'missing_required_value',
      lean: { defect: 0.5, bad_source_data: 0.4, process_change: 0.1 },
      why: 'a required attribute of the REST resource was not sent; the message names the API attribute',
    },
    {
      id: 'fusion.jbo_row_changed',
      doc: `${JBO_DOC}: JBO-25014 "Another user has changed the row with primary key {0}" (RowInconsistentException)`,
      codes: /^jbo-25014$/i,
      message: /jbo-25014|another user has changed the row/i,
      either: true,
      category: 'concurrency',
      why: 'the row changed between read and write: optimistic locking refused the update',
    },
    {
      id: 'fusion.jbo_duplicate_key',
      doc: `${JBO_DOC}: JBO-25013 "Too many objects match the primary key {0}" (TooManyObjectsException)`,
      codes: /^jbo-25013$/i,
      message: /jbo-25013|too many objects match the primary key/i,
      either: true,
      category: 'duplicate_record',
      why: 'a row with this primary key already exists',
    },
    {
      id: 'fusion.jbo_not_permitted',
      doc: `${JBO_DOC}: JBO-24003 "Attribute {2} in entity {1} is not updatable" and JBO-24005 "Rows cannot be created in entity {0}" (cause: the user did not have permission, or the attribute/entity is read-only)`,
      codes: /^jbo-2400[35]$/i,
      message: /jbo-2400[35]|is not updatable|rows cannot be created in entity/i,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.55, process_change: 0.45 },
      why: 'the integration user may not update this attribute or create rows in this entity (missing privilege, or a read-only attribute)',
    },
    ...oracleInterfaceFamilies('fusion'),
  ],
};
