import { dynamicsGpPack } from './dynamics-gp.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['gp.mda_leftovers', '', 'Error Number = 3761 "Record already exists, cannot insert"'],
  ['gp.distribution_mapping', '', 'DOC 2 ERROR: The Transaction Amount is Not Fully Distributed'],
  ['gp.distribution_mapping', '', 'Distribution account does not have a default.'],
  ['gp.functional_currency', '', "Company FAB doesn't have access to currency."],
  [
    'gp.employee_rate',
    '',
    'Error Description = Pay code (PAPayCode) does not exist for Employee (EMPLOYID) in rate table - PA01403',
  ],
  ['gp.service_identity', '', "DOC 1 ERROR: eConnect error - The stored procedure taSopLineIvcInsert doesn't exist."],
  ['gp.connection_dropped', '', 'There was an error writing to the pipe: The pipe is being closed.'],
  ['gp.hidden_error', '', 'System Error'],
  ['gp.required_blank_row', '', 'Error Field Entries.Account Number is a required field but value was not supplied.'],
  [
    'gp.setup_required_fields',
    '',
    'DOC 1 ERROR: Not all required fields have been entered. Required fields appear in bold type.',
  ],
  ['gp.no_distribution_account', '', 'No account has been specified for one or more distributions.'],
  ['gp.account_inactive', '', 'Account is inactive; please activate or change the account.'],
  ['gp.period_setup', '', "You can't post to a tax period that has not been set up."],
  ['gp.rate_type', '', 'The rate type ID is missing. The exchange table ID is missing.'],
  ['gp.edit_lock', '', 'This transaction is being edited by another user.'],
  ['gp.document_exists', '', 'Document Already Exists.'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['gp.mda_leftovers', '', 'Document Already Exists.'],
  ['gp.distribution_mapping', '', 'No account has been specified for one or more distributions.'],
  ['gp.functional_currency', '', 'The rate type ID is missing. The exchange table ID is missing.'],
  ['gp.employee_rate', '', 'Error Description = Employee (EMPLOYID) does not exist'],
  ['gp.service_identity', '', 'Login failed. Check the user ID and password in the integration settings.'],
  ['gp.connection_dropped', '', 'Timeout expired. The timeout period elapsed prior to completion of the operation'],
  ['gp.hidden_error', '', 'System Error: the account number 000-1100-00 does not exist'],
  ['gp.required_blank_row', '', 'Not all required fields have been entered. Required fields appear in bold type.'],
  [
    'gp.setup_required_fields',
    '',
    'Error Field Entries.Account Number is a required field but value was not supplied.',
  ],
  ['gp.no_distribution_account', '', 'The Transaction Amount is Not Fully Distributed'],
  ['gp.account_inactive', '', 'Account 000-1100-00 does not exist'],
  ['gp.period_setup', '', 'This transaction is being edited by another user.'],
  ['gp.rate_type', '', "Company FAB doesn't have access to currency."],
  ['gp.edit_lock', '', 'Error Number = 3761 "Record already exists, cannot insert"'],
  [
    'gp.document_exists',
    '',
    'Document Already Exists for vendor ACME under another voucher number: review the vendor setup',
  ],
];

describePackTable(dynamicsGpPack, positives, nearMisses);
