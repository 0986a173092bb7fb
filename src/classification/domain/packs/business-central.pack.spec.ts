import { businessCentralPack } from './business-central.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// [family, code, message]: the documented code or wording, values filled in
const positives: PackRow[] = [
  [
    'bc.table_relation',
    'Internal_InvalidTableRelation',
    'The field Customer No. of table Sales Header contains a value (C-4410) that cannot be found in the related table (Customer).',
  ],
  [
    'bc.record_not_found',
    'Internal_RecordNotFound',
    "The Item does not exist. Identification fields and values: No.='70061'",
  ],
  ['bc.data_not_found_filter', 'Internal_DataNotFoundFilter', 'There is no Vendor Ledger Entry within the filter.'],
  [
    'bc.same_key',
    'Internal_EntityWithSameKeyExists',
    "The Customer already exists. Identification fields and values: No.='C-1020'",
  ],
  ['bc.entity_changed', 'Request_EntityChanged', 'Another user has already changed the record.'],
  [
    'bc.concurrency_token',
    'BadRequest_InvalidToken',
    'Could not validate the client concurrency token required by the service. Please provide a valid token in the client request.',
  ],
  [
    'bc.company_not_found',
    'Internal_CompanyNotFound',
    'Cannot process the request because the default company cannot be found.',
  ],
  ['bc.tenant_unavailable', 'Internal_TenantUnavailable', "The tenant 'contoso-prod' is not accessible"],
  ['bc.server_error', 'Internal_ServerError', 'Cannot establish a connection to the SQL Server/Database.'],
  ['bc.segment', 'BadRequest_ResourceNotFound', "Resource not found for the segment 'salesInvoice'."],
  [
    'bc.method_not_allowed',
    'BadRequest_MethodNotAllowed',
    "'PATCH' requests for 'generalLedgerEntries' of EdmType 'Entity' are not allowed within Dynamics 365 Business Central OData web services.",
  ],
  ['bc.bad_request', 'BadRequest', 'Invalid Request Body'],
  ['bc.system_field', 'BadRequest_InvalidOperation', "Control 'Last Date Modified' is read-only"],
  ['bc.blank', 'BadRequest_RequiredParamNotProvided', "Field 'customerNumber' must not be blank or empty."],
  [
    'bc.testfield_empty',
    'Application_FieldValidationException',
    'Gen. Bus. Posting Group must have a value in Customer: No.=C-2031. It cannot be zero or empty.',
  ],
  [
    'bc.testfield_equal',
    'Application_FieldValidationException',
    "Balance must be equal to '0'  in G/L Account: No.=2910. Current value is '12.50'.",
  ],
  [
    'bc.status_must_be',
    'Application_FieldValidationException',
    "Status must be equal to 'Open'  in Purchase Header: Document Type=Order, No.=PO-7781. Current value is 'Released'.",
  ],
  [
    'bc.blocked',
    'Application_DialogException',
    'You cannot create this type of document when Customer C-3300 is blocked with type Invoice',
  ],
  [
    'bc.approval',
    'Application_DialogException',
    'This document can only be released when the approval process is complete.',
  ],
  [
    'bc.permission',
    'Authorization_Failed',
    'Sorry, the current permissions prevented the action. (TableData 36 Sales Header Insert: Base Application)',
  ],
  ['bc.credentials', 'Authentication_InvalidCredentials', 'The server has rejected the client credentials.'],
  ['bc.posting_date', 'Application_DialogException', 'Posting Date is not within your range of allowed posting dates.'],
  [
    'bc.string_length',
    'Application_StringExceededLength',
    'The length of the string is 64, but it must be less than or equal to 50 characters. Value: NORTHWIND TRADERS WHOLESALE DISTRIBUTION AND LOGISTICS DIVISION',
  ],
  ['bc.evaluate', 'Application_EvaluateException', 'The value "Partial" cannot be evaluated into type Option.'],
  [
    'bc.guid',
    'Application_InvalidGUID',
    'Invalid format of GUID string. The correct format of the GUID string is: CDEF7890-ABCD-0123-1234-567890ABCDEF',
  ],
  [
    'bc.callback',
    'Application_CallbackNotAllowed',
    'The web service attempted to issue a client callback to show a confirmation dialog box.',
  ],
  [
    'bc.filter',
    'Application_FilterErrorException',
    'The filter "=\'AB%2F100\'" is not valid for the No. field on the Item table.',
  ],
  [
    'bc.manual_nos',
    'Application_DialogException',
    'You may not enter numbers manually. If you want to enter numbers manually, please activate Manual Nos. in No. Series S-ORD.',
  ],
  [
    'bc.dialog',
    'Application_DialogException',
    'You cannot delete Item 1000 because there is at least one outstanding Sales Quote that includes this item.',
  ],
];

// [family, code, message]: a similar-looking error of another meaning the family must not claim
const nearMisses: PackRow[] = [
  [
    'bc.table_relation',
    'Internal_RecordNotFound',
    "The Customer does not exist. Identification fields and values: No.='C-4410'",
  ],
  [
    'bc.record_not_found',
    'Internal_EntityWithSameKeyExists',
    "The Customer already exists. Identification fields and values: No.='C-1020'",
  ],
  [
    'bc.data_not_found_filter',
    'Internal_RecordNotFound',
    "The G/L Account does not exist. Identification fields and values: No.='9999'",
  ],
  [
    'bc.same_key',
    'Internal_RecordNotFound',
    "The Customer does not exist. Identification fields and values: No.='C-1020'",
  ],
  [
    'bc.entity_changed',
    'BadRequest_InvalidToken',
    'Could not validate the client concurrency token required by the service.',
  ],
  ['bc.concurrency_token', 'Request_EntityChanged', 'Another user has already changed the record.'],
  ['bc.company_not_found', 'Internal_TenantUnavailable', "The tenant 'contoso-prod' is not accessible"],
  [
    'bc.tenant_unavailable',
    'Internal_CompanyNotFound',
    'Cannot process the request because the default company cannot be found.',
  ],
  ['bc.server_error', 'Internal_TenantUnavailable', "The tenant 'contoso-prod' is not accessible"],
  ['bc.segment', 'BadRequest_MethodNotAllowed', "'DELETE' requests for 'companies' are not allowed."],
  ['bc.method_not_allowed', 'BadRequest_ResourceNotFound', "Resource not found for the segment 'salesInvoice'."],
  ['bc.bad_request', 'BadRequest_RequiredParamNotProvided', "Field 'taxable' must not be blank or empty."],
  ['bc.system_field', 'Application_DialogException', 'Quantity must not be less than the quantity already shipped.'],
  [
    'bc.blank',
    'Application_FieldValidationException',
    'Gen. Bus. Posting Group must have a value in Customer: No.=C-2031. It cannot be zero or empty.',
  ],
  ['bc.testfield_empty', 'BadRequest_RequiredParamNotProvided', "Field 'customerNumber' must not be blank or empty."],
  [
    'bc.testfield_equal',
    'Application_FieldValidationException',
    "Status must be equal to 'Open'  in Sales Header: Document Type=Order, No.=1001. Current value is 'Released'.",
  ],
  [
    'bc.status_must_be',
    'Application_FieldValidationException',
    "Blocked must be equal to 'No'  in Item: No.=1896-S. Current value is 'Yes'.",
  ],
  [
    'bc.blocked',
    'Application_FieldValidationException',
    "Status must be equal to 'Open'  in Sales Header: Document Type=Order, No.=1001. Current value is 'Released'.",
  ],
  ['bc.approval', 'Application_DialogException', 'There is nothing to release for the incoming document number 12.'],
  ['bc.permission', 'Authentication_InvalidCredentials', 'The server has rejected the client credentials.'],
  [
    'bc.credentials',
    'Authorization_Failed',
    'Sorry, the current permissions prevented the action. (TableData 18 Customer Read: Base Application)',
  ],
  [
    'bc.posting_date',
    'Application_DialogException',
    'You are not allowed to apply and post an entry to an entry with an earlier posting date.',
  ],
  [
    'bc.string_length',
    'Application_FieldValidationException',
    "Quantity must be equal to '5'  in Sales Line: Document Type=Order, No.=1001, Line No.=10000. Current value is '4'.",
  ],
  ['bc.evaluate', 'BadRequest', 'Unable to convert value to Date'],
  ['bc.guid', 'BadRequest_InvalidToken', 'Could not validate the client concurrency token required by the service.'],
  [
    'bc.callback',
    'Application_DialogException',
    'You cannot delete Item 1000 because there is at least one outstanding Sales Quote that includes this item.',
  ],
  ['bc.filter', 'BadRequest_NotFound', 'Bad Request - Error in query syntax'],
  ['bc.manual_nos', 'Application_DialogException', 'The "amount" should be a negative number.'],
  ['bc.dialog', 'Application_DialogException', 'Posting Date is not within your range of allowed posting dates.'],
];

describePackTable(businessCentralPack, positives, nearMisses);
