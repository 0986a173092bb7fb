import { dataversePack } from './dataverse.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// [family, code, message]: the documented code or wording, values filled in
const positives: PackRow[] = [
  [
    'dataverse.object_does_not_exist',
    '0x80040217',
    'account With Id = 5c1f0e3a-7a2b-4f1e-9d8e-1a2b3c4d5e6f Does Not Exist',
  ],
  ['dataverse.duplicate_key', '-2147220937', 'Cannot insert duplicate key.'],
  [
    'dataverse.duplicate_entity_key',
    '0x80060892',
    'Entity Key Account Number Key violated. A record with the same value for Account Number already exists. A duplicate record cannot be created.',
  ],
  [
    'dataverse.duplicate_detection',
    '0x80040333',
    'A record was not created or updated because a duplicate of the current record already exists.',
  ],
  [
    'dataverse.privilege_denied',
    '0x80040220',
    "Principal user (Id=2a8c…, type=8, roleCount=1) is missing prvCreateAccount privilege (Id=d26fe964-230b-42dd-ad93-5cc879de411e) on OTC=1 for entity 'account'.",
  ],
  [
    'dataverse.access_denied',
    '-2147187962',
    'Principal with ID 2a8c0000-0000-0000-0000-000000000001 does not have CreateAccess right(s) for record with ID 77aa0000-0000-0000-0000-000000000002 of entity account.',
  ],
  ['dataverse.not_member', '0x80072560', 'The user is not a member of the organization.'],
  ['dataverse.authentication', 'ExpiredAuthTicket', 'The ticket has expired.'],
  [
    'dataverse.concurrency_version',
    '0x80060882',
    "The version of the existing record doesn't match the RowVersion property provided.",
  ],
  ['dataverse.concurrency_request', '0x8006088D', "Optimistic concurrency isn't enabled for entity type new_widget."],
  [
    'dataverse.service_protection',
    '0x80072322',
    'Number of requests exceeded the limit of 6000 over time window of 300 seconds.',
  ],
  ['dataverse.isv_aborted', '0x80040265', 'Credit limit cannot be raised above 50,000 without finance sign-off.'],
  ['dataverse.isv_unexpected', '0x80040224', 'An unexpected error occurred from ISV code.'],
  [
    'dataverse.payload_error',
    '0x80048d19',
    "Error identified in Payload provided by the user for Entity :'contacts', For more information on this error please follow this help link",
  ],
  [
    'dataverse.string_length',
    '',
    "A validation error occurred. The length of the 'telephone1' attribute of the 'contact' entity exceeded the maximum allowed length of '50'.",
  ],
  ['dataverse.option_out_of_range', '0x8004431A', 'The picklist value is out of the range.'],
  [
    'dataverse.organization_disabled',
    '0x8004A104',
    'The Dynamics 365 organization you are attempting to access is currently disabled.  Please contact your system administrator',
  ],
];

// [family, code, message]: a similar-looking error of another meaning the family must not claim
const nearMisses: PackRow[] = [
  ['dataverse.object_does_not_exist', '0x80040237', 'Cannot insert duplicate key.'],
  [
    'dataverse.duplicate_key',
    '0x80040333',
    'A record was not created or updated because a duplicate of the current record already exists.',
  ],
  [
    'dataverse.duplicate_entity_key',
    '0x80060893',
    'An entity key with the name new_key already exists on entity account.',
  ],
  ['dataverse.duplicate_detection', '0x80040237', 'Cannot insert duplicate key.'],
  [
    'dataverse.privilege_denied',
    '-2147187962',
    'Principal with ID 2a8c… does not have WriteAccess right(s) for record with ID 77aa… of entity account.',
  ],
  ['dataverse.access_denied', '0x80040220', 'The user does not hold the necessary privileges.'],
  ['dataverse.not_member', '0x80040220', 'The user does not hold the necessary privileges.'],
  ['dataverse.authentication', '0x80040220', 'The user does not hold the necessary privileges.'],
  [
    'dataverse.concurrency_version',
    '0x80060883',
    'The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.',
  ],
  [
    'dataverse.concurrency_request',
    '0x80060882',
    "The version of the existing record doesn't match the RowVersion property provided.",
  ],
  ['dataverse.service_protection', '0x80072327', 'Too many concurrent requests detected.'],
  ['dataverse.isv_aborted', '0x80040224', 'An unexpected error occurred from ISV code.'],
  ['dataverse.isv_unexpected', '0x80040265', 'ISV code aborted the operation.'],
  ['dataverse.payload_error', '0x80040203', 'Invalid argument.'],
  [
    'dataverse.string_length',
    '',
    "A validation error occurred. The value 120 of 'percentage' on record of type 'opportunity' is outside the valid range.",
  ],
  [
    'dataverse.option_out_of_range',
    '0x80044310',
    'The picklist value already exists.  Picklist values must be unique.',
  ],
  ['dataverse.organization_disabled', '0x8004D253', 'Organization is not configured yet'],
];

describePackTable(dataversePack, positives, nearMisses);
