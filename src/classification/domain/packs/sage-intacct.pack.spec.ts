import { describePackTable, type PackRow } from './pack-table.test-support';
import { sageIntacctPack } from './sage-intacct.pack';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  [
    'intacct.xml_schema',
    'XL03000003',
    'XML Parse schema error: Fatal Error 76: Opening and ending tag mismatch: delete line 16 and function. Line: 19, column: 18.',
  ],
  ['intacct.gateway', 'GW-0011', 'Invalid Request'],
  [
    'intacct.period_closed',
    'BL01001973',
    "Periods are closed. Your transaction date (05/31/2026) is within a period that's been closed.",
  ],
  ['intacct.multicurrency_disabled', '', 'Enable foreign-currency transactions, and try again'],
  [
    'intacct.line_account_missing',
    '',
    "Enter an account number on line item 1, in transaction 'INV-1001,' and try again",
  ],
  [
    'intacct.entity_credit_limit',
    'BL03002073',
    'Your configuration limits credits to the entity owners. You cannot apply negative line items in transactions with line items for multiple entities.',
  ],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['intacct.xml_schema', 'GW-0011', 'Invalid Request'],
  ['intacct.gateway', 'XL03000003', 'XML Parse schema error: Opening and ending tag mismatch'],
  ['intacct.period_closed', 'BL01001973', 'Enable foreign-currency transactions, and try again'],
  [
    'intacct.multicurrency_disabled',
    '',
    "Enter an account number on line item 1, in transaction 'INV-1001,' and try again",
  ],
  ['intacct.line_account_missing', '', 'Enable foreign-currency transactions, and try again'],
  [
    'intacct.entity_credit_limit',
    'BL01001973',
    "Periods are closed. Your transaction date (05/31/2026) is within a period that's been closed.",
  ],
];

describePackTable(sageIntacctPack, positives, nearMisses);
