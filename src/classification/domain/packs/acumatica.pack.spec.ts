import { acumaticaPack } from './acumatica.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

const positives: PackRow[] = [
  ['acumatica.not_found', '', "PX.Data.PXException: Error: 'Customer ID' cannot be found in the system."],
  ['acumatica.empty', '', "Error: 'Vendor' cannot be empty."],
  ['acumatica.period', '', "Financial Period '03-2026' is inactive."],
  ['acumatica.period', '', "Financial period '122025' is closed in the AR module."],
  ['acumatica.credit_hold', '', "The customer status is 'Credit Hold'."],
  ['acumatica.inactive', '', "The customer status is 'Inactive'."],
  ['acumatica.inactive', '', 'Account is inactive.'],
  ['acumatica.out_of_balance', '', 'Document is out of balance.'],
  ['acumatica.document_state', '', 'Document is On Hold and cannot be released.'],
  ['acumatica.negative_stock', '', "Inventory quantity for AALEGO500 in warehouse 'WHOLESALE R1S1' will go negative."],
  ['acumatica.duplicate', '', 'Document with this Invoice Nbr. already exists.'],
  ['acumatica.rights', '', "You don't have enough rights on branch 'PRODWHOLE'"],
  ['acumatica.read_only_field', '', 'You are not allowed to change this field.'],
  ['acumatica.concurrency', '', "Another process has updated the 'SOOrder' record. Your changes will be lost."],
];

// near misses: an Acumatica error of another meaning that looks alike
const nearMisses: PackRow[] = [
  ['acumatica.not_found', '', 'Financial Period cannot be found in the system.'],
  ['acumatica.empty', '', "Error: 'Customer ID' cannot be found in the system."],
  ['acumatica.period', '', "The customer status is 'Credit Hold'."],
  ['acumatica.credit_hold', '', "The customer status is 'On Hold'."],
  ['acumatica.inactive', '', "The customer status is 'Credit Hold'."],
  ['acumatica.out_of_balance', '', "Inventory quantity for AALEGO500 in warehouse 'WHOLESALE R1S1' will go negative."],
  ['acumatica.document_state', '', "Financial Period '03-2026' is inactive."],
  ['acumatica.negative_stock', '', 'Document is out of balance.'],
  ['acumatica.duplicate', '', "Error: 'Customer ID' cannot be found in the system."],
  ['acumatica.rights', '', 'You are not allowed to change this field.'],
  ['acumatica.read_only_field', '', "You don't have access rights to approve document."],
  ['acumatica.concurrency', '', 'Document with this Invoice Nbr. already exists.'],
];

describePackTable(acumaticaPack, positives, nearMisses);
