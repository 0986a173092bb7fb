import { describePackTable, type PackRow } from './pack-table.test-support';
import { sapBusinessOnePack } from './sap-business-one.pack';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['b1.no_matching_records', '-2028', 'No matching records found (ODBC -2028)'],
  ['b1.entry_exists', '-2035', 'This entry already exists in the following tables (ODBC -2035)'],
  ['b1.invalid_session', '301', 'Invalid session or session already timeout.'],
  ['b1.negative_inventory', '-10', 'Quantity falls into negative inventory  [DocumentLines.ItemCode][line: 1]'],
  [
    'b1.posting_date_range',
    '-5002',
    '10000156 - Posting Date deviates from the defined range. To complete the operation, define the posting period to match the entered Posting Date.',
  ],
  ['b1.posting_date_range', '-10', 'Date deviates from permissible range  [ORDR.DocDueDate]'],
  ['b1.posting_period_missing', '-10', '10001090 - Posting period missing'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['b1.no_matching_records', '-2035', 'This entry already exists in the following tables (ODBC -2035)'],
  ['b1.entry_exists', '-2028', 'No matching records found (ODBC -2028)'],
  ['b1.invalid_session', '-2028', 'No matching records found (ODBC -2028)'],
  ['b1.negative_inventory', '-10', 'Posting Date deviates from the defined range'],
  ['b1.posting_date_range', '-10', '10001090 - Posting period missing'],
  ['b1.posting_period_missing', '-10', 'Date deviates from permissible range  [ORDR.DocDueDate]'],
];

describePackTable(sapBusinessOnePack, positives, nearMisses);
