import { describePackTable, type PackRow } from './pack-table.test-support';
import { quickbooksPack } from './quickbooks.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['qbo.authentication', '3200', 'message=ApplicationAuthenticationFailed; errorCode=003200; statusCode=401'],
  ['qbo.authentication', '110', 'AuthenticationOAuthError: the access token has been revoked'],
  [
    'qbo.authorization_failure',
    '120',
    'AuthorizationFailure: -11014-You do not have access to use QuickBooks Online Plus.',
  ],
  ['qbo.wrong_cluster', '130', 'WrongClusterError: Accessing Wrong Cluster, statusCode: 403'],
  ['qbo.company_maintenance', '150', 'CompanyUnderMaintenance: Company Under Maintenance, statusCode: 503'],
  ['qbo.throttled', '003001', 'message=ThrottleExceeded; errorCode=003001; statusCode=429'],
  [
    'qbo.unsupported_operation',
    '500',
    'Unsupported Operation: Operation com.sun.org.apache.xerces.internal.impl.io.MalformedByteSequenceException: Invalid byte 1 of 1-byte UTF-8 sequence is not supported.',
  ],
  ['qbo.duplicate_request_id', '600', 'RequestId already exists in the system, duplicate request is detected'],
  ['qbo.object_not_found', '610', 'Object Not Found: ID requested for the object does not exists in the system'],
  [
    'qbo.made_inactive',
    '610',
    "Object Not Found: Something you're trying to use has been made inactive. Check the fields with accounts.",
  ],
  [
    'qbo.made_inactive',
    '2500',
    "Invalid Reference Id: Something you're trying to use has been made inactive. Check the fields with accounts.",
  ],
  ['qbo.deleted_by_user', '610', 'Object Not Found: Another user has deleted this transaction.'],
  [
    'qbo.duplicate_object',
    '630',
    'Already object with some properties exist and it violates the unique constraint of the object',
  ],
  ['qbo.batch_too_large', '1040', 'Batch size exceeds allowed limit: 30'],
  [
    'qbo.required_param',
    '2020',
    'Required param missing, need to supply the required value for the API: Required parameter Line.AccountRef is missing in the request',
  ],
  [
    'qbo.string_length',
    '2050',
    'String length is either shorter or longer than supported by specification: Min:0 Max:21 supported. Supplied length:27',
  ],
  ['qbo.invalid_enumeration', '2170', 'Invalid Enumeration: HAS_BEEN_BILLED'],
  ['qbo.invalid_reference', '2500', 'Invalid Reference Id: Accounts element id 93 not found'],
  ['qbo.stale_object', '5010', 'Stale Object Error: You and Anne were working on this at the same time.'],
  ['qbo.feature_not_entitled', '5020', 'You do not have permission to access this feature.'],
  [
    'qbo.business_validation',
    '6000',
    'A business validation error has occurred while processing your request: Business Validation Error: You must set a transaction amount.',
  ],
  [
    'qbo.amount_calculation',
    '6070',
    'Amount calculation incorrect in the request: Amount is not equal to Qty * UnitPrice. Supplied value:10.01',
  ],
  [
    'qbo.no_name',
    '6080',
    'No Name Provided: Title, GivenName, MiddleName, FamilyName, DisplayName, Suffix - one of these must be non-empty',
  ],
  [
    'qbo.duplicate_doc_number',
    '6140',
    'Duplicate Doc Num: Duplicate Document Number Error : You must specify a different number. This number has already been used. DocNumber=1045',
  ],
  [
    'qbo.duplicate_doc_number',
    '6210',
    'Duplicate Document Number Error: You must specify a different number. This number has already been used.',
  ],
  [
    'qbo.company_status',
    '6190',
    'Invalid Company Status: Subscription period has ended or been canceled, or there was a billing problem',
  ],
  [
    'qbo.period_closed',
    '6210',
    'Account Period Closed: The account period has closed and the books cannot be updated through the QBO services API.',
  ],
  [
    'qbo.duplicate_name',
    '6240',
    'Duplicate Name Exists Error: The name supplied already exists. : Another customer is already using this name.',
  ],
  [
    'qbo.deposited',
    '6540',
    'Deposited Transaction cannot be changed: This transaction has been deposited. You must first edit the deposit it appears on and remove it.',
  ],
  ['qbo.system_fault', '', 'SystemFault: An application error has occurred while processing your request'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['qbo.authentication', '120', 'AuthorizationFailure: -11014-You do not have access to use QuickBooks Online Plus.'],
  ['qbo.authorization_failure', '3200', 'message=ApplicationAuthenticationFailed; errorCode=003200; statusCode=401'],
  ['qbo.wrong_cluster', '150', 'CompanyUnderMaintenance: Company Under Maintenance, statusCode: 503'],
  ['qbo.company_maintenance', '130', 'WrongClusterError: Accessing Wrong Cluster, statusCode: 403'],
  ['qbo.throttled', '3100', 'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403'],
  ['qbo.unsupported_operation', '500', 'Internal Server Error'],
  ['qbo.duplicate_request_id', '6140', 'Duplicate Doc Num: This number has already been used.'],
  ['qbo.object_not_found', '610', "Object Not Found: Something you're trying to use has been made inactive."],
  ['qbo.made_inactive', '610', 'Object Not Found: Another user has deleted this transaction.'],
  ['qbo.deleted_by_user', '610', "Object Not Found: Something you're trying to use has been made inactive."],
  ['qbo.duplicate_object', '6240', 'Duplicate Name Exists Error: The name supplied already exists.'],
  [
    'qbo.batch_too_large',
    '6030',
    'Upload request size exceeds allowed limit: the file upload request should not exceed 100MB',
  ],
  ['qbo.required_param', '6080', 'No Name Provided: one of these must be non-empty'],
  ['qbo.string_length', '2020', 'Required param missing, need to supply the required value for the API'],
  ['qbo.invalid_enumeration', '2500', 'Invalid Reference Id: Accounts element id 93 not found'],
  ['qbo.invalid_reference', '2500', "Invalid Reference Id: Something you're trying to use has been made inactive."],
  ['qbo.stale_object', '6540', 'Deposited Transaction cannot be changed'],
  ['qbo.feature_not_entitled', '120', 'AuthorizationFailure: You do not have access to use QuickBooks Online Plus.'],
  [
    'qbo.business_validation',
    '6210',
    'Account Period Closed: the books cannot be updated through the QBO services API.',
  ],
  ['qbo.amount_calculation', '6000', 'Business Validation Error: You must set a transaction amount.'],
  ['qbo.no_name', '2020', 'Required param missing: Required parameter DisplayName is missing in the request'],
  ['qbo.duplicate_doc_number', '6240', 'Duplicate Name Exists Error: The name supplied already exists.'],
  ['qbo.company_status', '120', 'AuthorizationFailure: You do not have access to use QuickBooks Online Plus.'],
  [
    'qbo.period_closed',
    '6210',
    'Duplicate Document Number Error: You must specify a different number. This number has already been used.',
  ],
  ['qbo.duplicate_name', '6140', 'Duplicate Doc Num: This number has already been used.'],
  ['qbo.deposited', '5010', 'Stale Object Error: You and Anne were working on this at the same time.'],
  ['qbo.system_fault', '', 'ValidationFault: Invalid Reference Id'],
];

describePackTable(quickbooksPack, positives, nearMisses);
