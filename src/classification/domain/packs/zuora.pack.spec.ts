import { describePackTable, type PackRow } from './pack-table.test-support';
import { zuoraPack } from './zuora.pack';

// One row per documented family: the documented code or wording with values filled in.
const positives: PackRow[] = [
  ['zuora.permission', '50000010', 'You do not have permission to perform this operation.'],
  ['zuora.api_disabled', 'API_DISABLED', 'The API was disabled.'],
  ['zuora.authentication', '90000011', 'Authentication error'],
  ['zuora.authentication', 'INVALID_SESSION', 'invalid session'],
  ['zuora.invalid_value', '53100020', "Invalid value for field 'contractEffectiveDate'."],
  ['zuora.enum_value', '53100320', "'termType' value should be one of: TERMED, EVERGREEN"],
  ['zuora.unknown_field', '50000021', "Unknown field 'customField__c' in request."],
  ['zuora.missing_required_field', '53100022', "'billToContact' is required."],
  ['zuora.missing_parameter', '50000023', "Missing required parameter 'accountKey'."],
  ['zuora.rule_restriction', '53100030', 'The subscription has been cancelled.'],
  ['zuora.not_found', '50000040', 'Cannot find entity by key: A00001045.'],
  ['zuora.not_found', 'INVALID_ID', 'invalid id'],
  ['zuora.unsupported_request', '50000045', 'The request is not supported.'],
  ['zuora.lock_competition', '58730050', 'Operation failed due to a lock competition, please retry later.'],
  ['zuora.lock_competition', '', 'Operation failed due to a lock competition, please retry later.'],
  ['zuora.server_error', '50000060', 'Internal server error.'],
  ['zuora.rate_limit', '50000070', 'Request exceeded limit.'],
  ['zuora.malformed_request', '50000090', 'Malformed request body.'],
  ['zuora.integration_error', '53500099', 'Payment gateway returned an error.'],
  ['zuora.duplicate_value', 'DUPLICATE_VALUE', 'The account number A00001045 is duplicated.'],
  ['zuora.card_processing', 'CREDIT_CARD_PROCESSING_FAILURE', 'There was a problem processing the credit card.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['zuora.permission', '90000011', 'Authentication error'],
  ['zuora.api_disabled', '50000010', 'You do not have permission to perform this operation.'],
  ['zuora.authentication', '50000010', 'You do not have permission to perform this operation.'],
  ['zuora.invalid_value', '53100320', "'termType' value should be one of: TERMED, EVERGREEN"],
  ['zuora.enum_value', '53100020', "Invalid value for field 'contractEffectiveDate'."],
  ['zuora.unknown_field', '53100022', "'billToContact' is required."],
  ['zuora.missing_required_field', '50000023', "Missing required parameter 'accountKey'."],
  ['zuora.missing_parameter', '53100022', "'billToContact' is required."],
  ['zuora.rule_restriction', '50000040', 'Cannot find entity by key: A00001045.'],
  ['zuora.not_found', '53100030', 'The subscription has been cancelled.'],
  ['zuora.unsupported_request', '50000090', 'Malformed request body.'],
  ['zuora.lock_competition', '50000070', 'Request exceeded limit.'],
  ['zuora.server_error', '53500099', 'Payment gateway returned an error.'],
  ['zuora.rate_limit', '58730050', 'Operation failed due to a lock competition, please retry later.'],
  ['zuora.malformed_request', '50000045', 'The request is not supported.'],
  ['zuora.integration_error', '50000060', 'Internal server error.'],
  ['zuora.duplicate_value', 'INVALID_ID', 'invalid id'],
  ['zuora.card_processing', '53500099', 'Payment gateway returned an error.'],
];

describePackTable(zuoraPack, positives, nearMisses);
