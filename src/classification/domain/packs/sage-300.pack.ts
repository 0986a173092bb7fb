import type { KnowledgePack } from './pack.types';

// Sage 300 (Accpac) Web API. The documents the families come from:
const WEBAPI =
  'Sage 300 Web API Developer Reference (SageNADev/Sage300-SDK docs/webapi/Sage300SDK_DeveloperReference.docx), section 12 "Errors", 12.1 "Error code" (the complete list of OData error codes)';
const COMMON =
  'Sage 300 SDK resources, Sage.CA.SBS.ERP.Sage300.Common.Resources/CommonResx.resx (SageNADev/Sage300-SDK)';

export const sage300Pack: KnowledgePack = {
  system: 'Sage 300',
  aliases: ['sage-300', 'sage 300', 'accpac'],
  families: [
    {
      id: 'sage300.internal_server_error',
      doc: `${WEBAPI}: InternalServerError "An unexpected and unhandled server error"; section 2.2: a request without Content-Type application/json also gets HTTP 500`,
      codes: /^InternalServerError$/i,
      category: 'upstream_5xx',
      why: 'the Sage 300 Web API failed with an unhandled server error',
    },
    {
      id: 'sage300.unauthorized',
      doc: `${WEBAPI}: Unauthorized "Invalid credentials used in authentication header"; ${COMMON}: ProxyAuthenticationError "The supplied credentials was not able to access Sage 300.", ProxyNoCredentialsError "The credentials are missing from the request."`,
      codes: /^Unauthorized$/i,
      message:
        /invalid credentials used in authentication header|supplied credentials was not able to access sage 300|credentials are missing from the request/i,
      either: true,
      category: 'auth_config',
      why: 'the Basic authentication header the integration sends carries invalid or no Sage 300 credentials',
    },
    {
      id: 'sage300.forbidden',
      doc: `${WEBAPI}: Forbidden "The specified user does not have enough rights to process the request"; ${COMMON}: NotAuthorizedMesage "You are not authorized to complete this task. Contact your system administrator for help."`,
      codes: /^Forbidden$/i,
      message: /does not have enough rights to process the request|not authorized to complete this task/i,
      either: true,
      category: 'permission_changed',
      why: 'the Sage 300 user of the integration lacks the security rights for this resource',
    },
    {
      id: 'sage300.too_many_requests',
      doc: `${WEBAPI}: TooManyRequests "Server was flooded with too many concurrent requests"`,
      codes: /^TooManyRequests$/i,
      message: /flooded with too many concurrent requests/i,
      either: true,
      category: 'rate_limited',
      why: 'the integration sent too many concurrent requests to the Web API',
    },
    {
      id: 'sage300.request_shape',
      doc: `${WEBAPI}: InvalidParameters "The parameters used in the URL are invalid or malformed", ResourceNotFound "The resource requested does not exist", InvalidEntityKey "The entity key is malformed or is not compatible with the requested resource", MethodNotAllowed "The request is not supported by the specified resource", InvalidAction "A POST request was made with an entity key that is not $template or $process"`,
      codes: /^(InvalidParameters|ResourceNotFound|InvalidEntityKey|MethodNotAllowed|InvalidAction)$/i,
      message:
        /parameters used in the url are invalid|entity key is malformed|not supported by the specified resource|entity key that is not \$template or \$process/i,
      either: true,
      category: 'malformed_request',
      why: 'the URL, entity key or method the integration built does not fit the Web API resource',
    },
    {
      id: 'sage300.invalid_payload',
      doc: `${WEBAPI}: InvalidPayload "The payload body is not valid for the resource specified"; section 2.3 Payload (JSON, property order applies)`,
      codes: /^InvalidPayload$/i,
      message: /payload body is not valid for the resource/i,
      either: true,
      category: 'malformed_request',
      why: 'the JSON payload the integration sent does not fit the resource',
    },
    {
      id: 'sage300.record_not_found',
      doc: `${WEBAPI}: RecordNotFound "No record can be found for the specified entity key" (example body: "A Record cannot be found for the specified entity key", HTTP 404)`,
      codes: /^RecordNotFound$/i,
      message:
        /record cannot be found for the specified entity key|no record can be found for the specified entity key/i,
      either: true,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.5, defect: 0.4, process_change: 0.1 },
      why: 'no Sage 300 record has the key in the request URL',
    },
    {
      id: 'sage300.installation',
      doc: `${WEBAPI}: DBLinkError "An application installation problem is preventing the request from being processed", SessionError "A system installation problem is preventing the request from being processed"`,
      codes: /^(DBLinkError|SessionError)$/i,
      message: /(application|system) installation problem is preventing the request/i,
      either: true,
      category: 'upstream_5xx',
      lean: { defect: 0.55, process_change: 0.45 },
      why: 'the Sage 300 installation (database link or session) cannot serve the request: the environment must be fixed',
    },
    {
      id: 'sage300.record_duplicate',
      doc: `${WEBAPI}: RecordDuplicate "An insert request was made with a key value that already exist in the system"; ${COMMON}: DuplicateMessage '{0} "{1}" already exists.', DuplicateMessage2 "{0} record already exists."`,
      codes: /^RecordDuplicate$/i,
      message: /key value that already exist|"[^"\n]{1,60}" already exists|\brecord already exists/i,
      either: true,
      category: 'duplicate_record',
      why: 'a Sage 300 record with this key already exists',
    },
    {
      id: 'sage300.business_rule',
      doc: `${WEBAPI}: RecordInvalid "The payload used for the request is not valid due to business rules", General "The request failed due to an error in the business layer"; 12.2: the message describes the problem more precisely than the code`,
      codes: /^(RecordInvalid|General)$/i,
      category: 'value_format',
      lean: { bad_source_data: 0.55, process_change: 0.25, defect: 0.2 },
      fallback: true,
      why: 'a Sage 300 business rule (view) refused the record; the message names which',
    },
    {
      id: 'sage300.does_not_exist',
      doc: `${COMMON}: RecordDoesNotExist '{0} "{1}" does not exist.', TaxClassInvalid '{0} "{1}" and {2} "{3}" do not exist.', ContactNotExist "Contact {0} does not exist.", InvalidInput "Invalid Input. The {0} does not exist."`,
      message:
        /"[^"\n]{1,60}" (and [^"\n]{1,40} "[^"\n]{1,60}" )?(does|do) not exist(?!, but can be used)|^\W{0,3}contact \S{1,40} does not exist|invalid input\. the [^.\n]{1,60} does not exist/i,
      category: 'invalid_reference',
      why: 'the customer, vendor, item, account or code the record references does not exist in Sage 300',
    },
    {
      id: 'sage300.optional_field_value',
      doc: `${COMMON}: OptionalFieldValueValidation "Value {0} does not exist for optional field {1}.", OptinalFieldDefaultValue 'Default value "{0}" does not exist for optional field {1}.'`,
      message: /does not exist for optional field/i,
      category: 'unmapped_value',
      supersedes: ['sage300.does_not_exist'],
      why: "the value is not in the optional field's list of values set up in Sage 300",
    },
    {
      id: 'sage300.inactive',
      doc: `${COMMON}: InactiveRecordMessage / InactiveErrorMessage '{0} "{1}" is inactive.', ContactInactive "You cannot use contact {0} because this contact is inactive."; OE resources OECommonResx: "You cannot create quotes or orders for Customer {0}, because this customer is inactive."`,
      message:
        /"[^"\n]{1,60}" is +inactive(?!, but can be used)|because this (contact|customer|vendor|item) is inactive/i,
      category: 'inactive_reference',
      why: 'the referenced Sage 300 record was made inactive',
    },
    {
      id: 'sage300.on_hold',
      doc: 'Sage 300 SDK resources (SageNADev/Sage300-SDK): AP PaymentEntryResx VendorWarningMessage "Vendor {0} is on hold.", PM PMSubcontractorsResx VendorOnHold "Vendor Number \'{0}\' is on hold.", CustomerOnHold "Selected customer {0} is on hold."',
      message:
        /\b(vendor|customer)( number)? ['"]?[^\s'"]{1,40}['"]? is on hold|selected (vendor|customer) \S{1,40} is on hold/i,
      category: 'inactive_reference',
      lean: { process_change: 0.85, bad_source_data: 0.1, defect: 0.05 },
      why: 'the customer or vendor is on hold in Sage 300: the business must release it',
    },
    {
      id: 'sage300.period_locked',
      doc: `${COMMON}: LockedPeriod "Fiscal period {0} for fiscal year {1} is locked for {2} in Common Services Fiscal Calendar."; AR/PM resources: "Date {0} corresponds to period {1} in fiscal year {2}, which is locked for …"; CS ReconcileOFXStatementResx: "The selected fiscal period is locked for Bank Services in the Fiscal Calendar."`,
      message:
        /fiscal period .{1,40} is locked for|which is locked for .{1,60}fiscal calendar|selected fiscal period is locked/i,
      category: 'period_locked',
      why: 'the fiscal period of the document date is locked for this ledger in the Common Services Fiscal Calendar',
    },
    {
      id: 'sage300.period_missing',
      doc: `${COMMON}: InvalidFiscalPeriod "Fiscal Period {0} for Fiscal Year {1} is not defined in the Common Services Fiscal Calendar.", InvalidFiscalDateMessage "Date {0} does not exist in Common Services Fiscal Calendar."`,
      message:
        /is not defined in the common services fiscal calendar|does not exist in common services fiscal calendar/i,
      category: 'setup_missing',
      lean: { process_change: 0.75, bad_source_data: 0.2, defect: 0.05 },
      why: 'the fiscal year or period of the date is not set up in the Common Services Fiscal Calendar',
    },
    {
      id: 'sage300.blank',
      doc: `${COMMON}: CannotBeBlankMessage "{0} cannot be blank."; other SDK resources: "Vendor Number cannot be blank.", "Item Number cannot be blank.", "Tax group cannot be blank."`,
      message: /\bcannot be blank\b/i,
      category: 'missing_required_value',
      why: 'a required Sage 300 field is blank',
    },
    {
      id: 'sage300.modified_by_other',
      doc: `${COMMON}: UpdateFailedRecordModifiedMessage "The record could not be updated because another user has modified it.", RecordModified "Record has been modified by another program.", AccessDeniedMessage "Another task has locked the {0} page…"; AP/AR/GL common resources: "… because it is locked by another user."`,
      message:
        /another user has modified it|has been modified by another program|locked by another user|another task has locked the/i,
      category: 'concurrency',
      why: 'another user or program changed or locked the Sage 300 record or batch at the same time',
    },
    {
      id: 'sage300.deleted_by_other',
      doc: `${COMMON}: UpdateFailedNoRecordMessage "The record could not be updated. Another user may have deleted it.", DeleteFailedNoRecordMessage, UpdateFailedMessage "Your changes cannot be saved because another user has deleted this {0}."`,
      message: /another user may have deleted it|another user has deleted this/i,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.55, defect: 0.4, process_change: 0.05 },
      why: 'the Sage 300 record was deleted by someone else before the update',
    },
    {
      id: 'sage300.license',
      doc: `${COMMON}: NoLicenseMessage "You do not have a license to use this product. Ask your system administrator for help.", NotActivatedMessage "To perform this action, {0} must be activated in Sage 300."; AS ASCommonResx: "The number of users currently signed in is the maximum for your LanPak license."`,
      message:
        /do not have a license to use this product|must be activated in sage 300|maximum for your lanpak license/i,
      category: 'permission_changed',
      lean: { process_change: 0.85, defect: 0.15 },
      why: 'the Sage 300 module is not licensed or activated, or the user licence count is used up',
    },
  ],
};
