import { netsuitePack } from './netsuite.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// [family, code, message]: the documented code or wording, values filled in
const positives: PackRow[] = [
  ['ns.invalid_key_or_ref', 'INVALID_KEY_OR_REF', 'Invalid entity reference key 1042.'],
  ['ns.subsidiary', 'INVALID_KEY_OR_REF', 'Invalid item reference key 1009 for subsidiary 3.'],
  ['ns.record_does_not_exist', 'RCRD_DSNT_EXIST', 'That record does not exist.'],
  ['ns.dup_rcrd', 'DUP_ENTITY', 'This entity already exists.'],
  [
    'ns.invalid_fld_value',
    'INVALID_CONTENT',
    'Error while accessing resource: You have entered an Invalid Field Value 9999 for the following field: item',
  ],
  ['ns.invalid_date_format', 'INVALID_DATE_FORMAT', 'Invalid date format for field trandate.'],
  ['ns.field_too_long', 'EXCEEDED_MAX_FIELD_LENGTH', 'Field companyname exceeded the maximum length.'],
  ['ns.required', 'USER_ERROR', 'Please enter value(s) for: Department, Class'],
  ['ns.search_timeout', 'ABORT_SEARCH_EXCEEDED_MAX_TIME', 'The search was aborted.'],
  ['ns.concurrency_limit', 'EXCEEDED_MAX_CONCUR_RQST', 'Only 5 requests may run at once.'],
  [
    'ns.login',
    'INVALID_LOGIN',
    'Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI.',
  ],
  [
    'ns.permission',
    'INSUFFICIENT_PERMISSION',
    'Permission Violation: You need the Create level of the Invoice permission.',
  ],
  ['ns.inactive_for_role', 'INACTIVE_RCRD_FOR_ROLE', 'The record is inactive for this role.'],
  ['ns.locked_by_workflow', 'RCRD_LOCKED_BY_WF', 'This record has been locked by a user defined workflow.'],
  ['ns.record_changed', 'RCRD_HAS_BEEN_CHANGED', 'Record has been changed'],
  ['ns.previously_deleted', 'RCRD_PREVSLY_DELETED', 'The record was previously deleted.'],
  ['ns.accounting_period', 'CLOSED_TRAN_PRD', 'The accounting period Jan 2026 is closed.'],
  ['ns.credit_limit', 'BALANCE_EXCEEDS_CREDIT_LIMIT', 'Customer balance exceeds the credit limit.'],
  ['ns.approval_limit', 'AMT_EXCEEDS_APPROVAL_LIMIT', 'The amount exceeds your approval limit.'],
  ['ns.exchange_rate', 'MISSING_CRNCY_EXCH_RATE', 'No exchange rate for EUR on 3/1/2026.'],
  ['ns.feature_disabled', 'FEATURE_DISABLED', 'The Multiple Currencies feature is not enabled.'],
  ['ns.sublist', 'SSS_INVALID_SUBLIST_OPERATION', 'You have attempted an invalid sublist or line item operation.'],
  ['ns.suitescript_error', 'SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: id'],
  ['ns.suitescript_governance', 'SSS_USAGE_LIMIT_EXCEEDED', 'Script Execution Usage Limit Exceeded'],
  ['ns.unexpected', 'UNEXPECTED_ERROR', 'An unexpected error occurred.'],
];

// [family, code, message]: a similar-looking error of another meaning the family must not claim
const nearMisses: PackRow[] = [
  [
    'ns.invalid_key_or_ref',
    'INVALID_FLD_VALUE',
    'You have entered an Invalid Field Value 1042 for the following field: entity',
  ],
  ['ns.subsidiary', 'INVALID_KEY_OR_REF', 'Invalid item reference key 1009.'],
  ['ns.record_does_not_exist', 'RCRD_HAS_BEEN_CHANGED', 'Record has been changed'],
  ['ns.dup_rcrd', 'DUPLICATE_METHOD_NAME', 'The method name is used twice in this script.'],
  ['ns.invalid_fld_value', 'INVALID_KEY_OR_REF', 'Invalid shipmethod reference key 5.'],
  ['ns.invalid_date_format', 'INVALID_DATE_RANGE', 'The end date is before the start date.'],
  ['ns.field_too_long', 'EXCEEDED_MAX_RCRD', 'Exceeded the maximum number of records.'],
  ['ns.required', 'USER_ERROR', 'The period you selected is closed for posting.'],
  ['ns.search_timeout', 'SSS_USAGE_LIMIT_EXCEEDED', 'Script Execution Usage Limit Exceeded'],
  ['ns.concurrency_limit', 'EXCEEDED_MAX_RCRD', 'Exceeded the maximum number of records per request.'],
  [
    'ns.login',
    'INSUFFICIENT_PERMISSION',
    'Permission Violation: You need the Full level of the Login using Access Tokens permission.',
  ],
  ['ns.permission', 'INVALID_LOGIN_ATTEMPT', 'Invalid login attempt.'],
  ['ns.inactive_for_role', 'INSUFFICIENT_PERMISSION', 'Permission Violation: the role cannot see this record.'],
  ['ns.locked_by_workflow', 'RCRD_HAS_BEEN_CHANGED', 'Record has been changed'],
  ['ns.record_changed', 'RCRD_LOCKED_BY_WF', 'This record has been locked by a user defined workflow.'],
  ['ns.previously_deleted', 'RCRD_DSNT_EXIST', 'That record does not exist.'],
  ['ns.accounting_period', 'INVALID_DATE_RANGE', 'The end date of the period is before its start date.'],
  ['ns.credit_limit', 'INSUFFICIENT_FUND', 'Insufficient funds in the bank account.'],
  ['ns.approval_limit', 'BALANCE_EXCEEDS_CREDIT_LIMIT', 'Customer balance exceeds the credit limit.'],
  ['ns.exchange_rate', 'INVALID_CRNCY_EXCH_RATE', 'The exchange rate 0 is not valid.'],
  ['ns.feature_disabled', 'FIELD_REQD', 'The field is required.'],
  ['ns.sublist', 'SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: sublistId'],
  ['ns.suitescript_error', 'SSS_USAGE_LIMIT_EXCEEDED', 'Script Execution Usage Limit Exceeded'],
  ['ns.suitescript_governance', 'SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: id'],
  ['ns.unexpected', 'JS_EXCEPTION', 'TypeError: Cannot read property "id" of null'],
];

describePackTable(netsuitePack, positives, nearMisses);
