import { describePackTable, type PackRow } from './pack-table.test-support';
import { zohoCrmPack } from './zoho-crm.pack';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['zohocrm.mandatory', 'MANDATORY_NOT_FOUND', 'required field not found'],
  ['zohocrm.duplicate', 'DUPLICATE_DATA', 'duplicate data'],
  ['zohocrm.invalid_data', 'INVALID_DATA', 'invalid data'],
  ['zohocrm.pattern', 'PATTERN_NOT_MATCHED', 'Please check whether the input values are correct'],
  ['zohocrm.permission', 'NO_PERMISSION', 'permission denied'],
  ['zohocrm.permission', '', 'Field Edit Permission not given'],
  ['zohocrm.edition', '', 'Multi currency is not enabled'],
  ['zohocrm.record_state', '', 'The record is in blue print'],
  ['zohocrm.record_state', '', "can't update the converted record"],
  ['zohocrm.token', 'INVALID_TOKEN', 'invalid oauth token'],
  ['zohocrm.scope', 'OAUTH_SCOPE_MISMATCH', 'invalid oauth scope to access this URL'],
  ['zohocrm.request', 'INVALID_MODULE', 'The module name given seems to be invalid'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['zohocrm.mandatory', 'INVALID_DATA', 'invalid data'],
  ['zohocrm.duplicate', '', 'The external field contains duplicate data.'],
  // a more particular family says why the data was refused
  ['zohocrm.invalid_data', 'INVALID_DATA', 'The record is in blue print'],
  ['zohocrm.pattern', 'INVALID_DATA', 'invalid data'],
  ['zohocrm.permission', 'OAUTH_SCOPE_MISMATCH', ''],
  ['zohocrm.edition', 'NO_PERMISSION', 'permission denied'],
  ['zohocrm.record_state', '', 'The record is locked by another user while it is being edited'],
  ['zohocrm.token', 'OAUTH_SCOPE_MISMATCH', ''],
  ['zohocrm.scope', 'INVALID_TOKEN', 'invalid oauth token'],
  ['zohocrm.request', 'MANDATORY_NOT_FOUND', 'required field not found'],
];

describePackTable(zohoCrmPack, positives, nearMisses);
