import { d365FinancePack } from './d365-finance.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// [family, code, message]: the documented wording, values filled in
const positives: PackRow[] = [
  [
    'fo.related_table',
    '',
    "Write failed for table row of type 'CustCustomerV3Entity'. Infolog: Error: The value 'N45' in field 'Terms of payment' is not found in the related table 'Terms of payment'.",
  ],
  [
    'fo.update_conflict',
    '',
    'Cannot edit a record in Sales orders (SalesTable). An update conflict occurred due to another user process deleting the record or changing one or more fields in the record.',
  ],
  ['fo.mandatory_dimension', '', 'Inventory dimension Warehouse is mandatory and must consequently be specified.'],
  [
    'fo.dimension_combination',
    '',
    'You must select a value in the Department field in combination with the following dimensions values that are valid: 601200',
  ],
  ['fo.period_missing', '', 'Posting Sales order: SO-0042 Voucher INV-9 Period for 4/30/2019 does not exist.'],
  ['fo.dual_write_reference', '', 'Unable to write data to entity accounts. Writes to CustCustomerV3Entity failed.'],
];

// [family, code, message]: a similar-looking error of another meaning the family must not claim
const nearMisses: PackRow[] = [
  [
    'fo.related_table',
    '',
    "Write failed for table row of type 'VendVendorV2Entity'. Infolog: Warning: Vendor V-2231 already exists.",
  ],
  [
    'fo.update_conflict',
    '',
    'Cannot create a record in Customers (CustTable). Customer account: C-100. The record already exists.',
  ],
  ['fo.mandatory_dimension', '', 'Inventory dimension Owner is inactive and may consequently not be specified.'],
  [
    'fo.dimension_combination',
    '',
    'The value 601200 in field Main account is not found in the related table Main accounts.',
  ],
  ['fo.period_missing', '', 'Number sequence for the voucher does not exist.'],
  ['fo.dual_write_reference', '', 'Unable to connect to the Dataverse environment.'],
];

describePackTable(d365FinancePack, positives, nearMisses);
