import { describePackTable, type PackRow } from './pack-table.test-support';
import { sage300Pack } from './sage-300.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['sage300.internal_server_error', 'InternalServerError', 'An unexpected and unhandled server error'],
  ['sage300.unauthorized', 'Unauthorized', 'Invalid credentials used in authentication header'],
  ['sage300.unauthorized', '', 'The supplied credentials was not able to access Sage 300.'],
  ['sage300.forbidden', 'Forbidden', 'The specified user does not have enough rights to process the request'],
  ['sage300.too_many_requests', 'TooManyRequests', 'Server was flooded with too many concurrent requests'],
  [
    'sage300.request_shape',
    'InvalidEntityKey',
    'The entity key is malformed or is not compatible with the requested resource',
  ],
  ['sage300.invalid_payload', 'InvalidPayload', 'The payload body is not valid for the resource specified'],
  ['sage300.record_not_found', 'RecordNotFound', 'A Record cannot be found for the specified entity key'],
  [
    'sage300.installation',
    'DBLinkError',
    'An application installation problem is preventing the request from being processed',
  ],
  ['sage300.record_duplicate', 'RecordDuplicate', 'Customer Number "1200" already exists.'],
  ['sage300.business_rule', 'RecordInvalid', 'Amount must be between 0 and 999999.'],
  ['sage300.does_not_exist', 'RecordInvalid', 'Customer Number "BARMART" does not exist.'],
  ['sage300.does_not_exist', 'General', 'Tax Authority "CALIF" and Tax Class "9" do not exist.'],
  ['sage300.optional_field_value', 'RecordInvalid', 'Value RED does not exist for optional field UPSZONE.'],
  ['sage300.inactive', 'RecordInvalid', 'Item Number "A1-103/0" is inactive.'],
  ['sage300.on_hold', 'RecordInvalid', 'Vendor 1200 is on hold.'],
  [
    'sage300.period_locked',
    'RecordInvalid',
    'Fiscal period 3 for fiscal year 2024 is locked for Accounts Receivable in Common Services Fiscal Calendar.',
  ],
  [
    'sage300.period_missing',
    'RecordInvalid',
    'Fiscal Period 13 for Fiscal Year 2031 is not defined in the Common Services Fiscal Calendar.',
  ],
  ['sage300.blank', 'RecordInvalid', 'Vendor Number cannot be blank.'],
  ['sage300.modified_by_other', 'General', 'The record could not be updated because another user has modified it.'],
  ['sage300.deleted_by_other', 'General', 'The record could not be updated. Another user may have deleted it.'],
  ['sage300.license', 'General', 'To perform this action, Order Entry must be activated in Sage 300.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['sage300.internal_server_error', 'InvalidPayload', 'The payload body is not valid for the resource specified'],
  ['sage300.unauthorized', 'Forbidden', 'The specified user does not have enough rights to process the request'],
  ['sage300.forbidden', 'Unauthorized', 'Invalid credentials used in authentication header'],
  ['sage300.too_many_requests', 'InternalServerError', 'An unexpected and unhandled server error'],
  ['sage300.request_shape', 'RecordNotFound', 'A Record cannot be found for the specified entity key'],
  ['sage300.invalid_payload', 'RecordInvalid', 'The payload used for the request is not valid due to business rules'],
  ['sage300.record_not_found', 'ResourceNotFound', 'The resource requested does not exist'],
  ['sage300.installation', 'InternalServerError', 'An unexpected and unhandled server error'],
  ['sage300.record_duplicate', 'RecordInvalid', 'Details already exist for Customer "1200".'],
  ['sage300.business_rule', 'RecordInvalid', 'Customer Number "BARMART" does not exist.'],
  ['sage300.does_not_exist', 'General', 'G/L Account "1000" does not exist, but can be used.'],
  ['sage300.optional_field_value', 'RecordInvalid', 'Customer Number "BARMART" does not exist.'],
  ['sage300.inactive', 'General', 'Item Number "A1-103/0" is  inactive, but can be used.'],
  ['sage300.on_hold', 'General', 'This order will be put on hold because the customer is on hold.'],
  [
    'sage300.period_locked',
    'RecordInvalid',
    'Fiscal Period 13 for Fiscal Year 2031 is not defined in the Common Services Fiscal Calendar.',
  ],
  [
    'sage300.period_missing',
    'RecordInvalid',
    'Fiscal period 3 for fiscal year 2024 is locked for Accounts Receivable in Common Services Fiscal Calendar.',
  ],
  ['sage300.blank', 'RecordInvalid', 'Customer Number "BARMART" does not exist.'],
  ['sage300.modified_by_other', 'General', 'The record could not be updated. Another user may have deleted it.'],
  ['sage300.deleted_by_other', 'General', 'The record could not be updated because another user has modified it.'],
  [
    'sage300.license',
    'Forbidden',
    'You are not authorized to complete this task. Contact your system administrator for help.',
  ],
];

describePackTable(sage300Pack, positives, nearMisses);
