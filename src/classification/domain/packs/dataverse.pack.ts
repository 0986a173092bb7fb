import type { KnowledgePack } from './pack.types';

// Microsoft Dataverse (Dynamics 365 Sales / Customer Service / Power Apps) errors. The Web API returns the
// hex code (error.code "0x80040217"), the SDK the signed decimal (OrganizationServiceFault.ErrorCode
// -2147220969); each family accepts both, and the error name where the Web API returns it.
const CODES =
  'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/reference/web-service-error-codes (Web service error codes)';
const CLIENT =
  'https://learn.microsoft.com/en-us/troubleshoot/power-platform/dataverse/user-permissions/client-errors (Troubleshoot Dataverse client errors)';
const LIMITS =
  'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/api-limits (Service protection API limits)';
const HTTP =
  'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors (Identify status codes)';
const DUAL_WRITE =
  'https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-live-sync';

export const dataversePack: KnowledgePack = {
  system: 'Dataverse',
  aliases: ['dataverse', 'common-data-service', 'commondataservice', 'dynamics-crm', 'powerapps', 'power-apps'],
  families: [
    {
      id: 'dataverse.object_does_not_exist',
      doc: `${CODES}: ObjectDoesNotExist 0x80040217 ("The specified object was not found."); ${CLIENT}: "Contact With IDs = <guid> Do Not Exist", -2147220969`,
      codes: /^(0x80040217|-2147220969|ObjectDoesNotExist)$/i,
      message: /\bwith ids? = .{1,200} do(es)? not exist\b/i,
      either: true,
      category: 'invalid_reference',
      why: 'the row the request names or references does not exist in Dataverse',
    },
    {
      id: 'dataverse.duplicate_key',
      doc: `${CODES}: DuplicateRecord 0x80040237 ("Operation failed due to a SQL integrity violation."); ${CLIENT}: "Cannot insert duplicate key", -2147220937`,
      codes: /^(0x80040237|-2147220937|DuplicateRecord)$/i,
      message: /\bcannot insert duplicate key\b/i,
      either: true,
      category: 'duplicate_record',
      lean: { bad_source_data: 0.55, defect: 0.4, process_change: 0.05 },
      why: 'the request violates a key constraint: a row with that primary key already exists',
    },
    {
      id: 'dataverse.duplicate_entity_key',
      doc: `${CODES}: DuplicateRecordEntityKey 0x80060892 ("Entity Key {0} violated. A record with the same value for {1} already exists.")`,
      codes: /^(0x80060892|-2147088238|DuplicateRecordEntityKey)$/i,
      message: /\bentity key .{1,100} violated\. a record with the same value for\b/i,
      either: true,
      category: 'duplicate_record',
      why: 'another row already holds the alternate key value',
    },
    {
      id: 'dataverse.duplicate_detection',
      doc: `${CODES}: DuplicateRecordsFound 0x80040333 ("A record was not created or updated because a duplicate of the current record already exists.")`,
      codes: /^(0x80040333|-2147220685|DuplicateRecordsFound)$/i,
      message: /\bbecause a duplicate of the current record already exists\b/i,
      either: true,
      category: 'duplicate_record',
      lean: { bad_source_data: 0.55, process_change: 0.4, defect: 0.05 },
      why: 'a duplicate detection rule matched an existing row: the data or the rule decides',
    },
    {
      id: 'dataverse.privilege_denied',
      doc: `${CODES}: PrivilegeDenied 0x80040220 ("The user does not hold the necessary privileges."), PrincipalPrivilegeDenied 0x80040231; ${CLIENT}: "Principal user is missing privilege", -2147220960`,
      codes: /^(0x80040220|-2147220960|PrivilegeDenied|0x80040231|-2147220943|PrincipalPrivilegeDenied)$/i,
      message:
        /\bprincipal user .{0,200}is missing .{1,80}privilege\b|\bthe user does not hold the necessary privileges\b/i,
      either: true,
      category: 'permission_changed',
      why: "the integration user's security roles lack a privilege the operation needs",
    },
    {
      id: 'dataverse.access_denied',
      doc: `${CLIENT}: "Principal with ID <guid> does not have CreateAccess right(s) for record", -2147187962 (0x80048306); ${CODES}: AccessDenied 0x80048405`,
      codes: /^(0x80048306|-2147187962|0x80048405|-2147187707|AccessDenied)$/i,
      message: /\bdoes not have \w{1,30}access right\(s\) for record\b/i,
      either: true,
      category: 'permission_changed',
      why: "the privilege check passed but the record's access check failed: sharing, ownership or business unit",
    },
    {
      id: 'dataverse.not_member',
      doc: `${DUAL_WRITE}: 0x80072560 "This user is not a member of the organization." (403)`,
      codes: /^(0x80072560|-2147015328)$/i,
      message: /\bnot a member of the organization\b/i,
      either: true,
      category: 'permission_changed',
      why: 'the calling user or application user is not set up in the Dataverse environment',
    },
    {
      id: 'dataverse.authentication',
      doc: `${HTTP}: 401 for BadAuthTicket, ExpiredAuthTicket, InsufficientAuthTicket, InvalidAuthTicket, InvalidUserAuth, MissingCrmAuthenticationToken, RequestIsNotAuthenticated, TamperedAuthTicket, UnauthorizedAccess; ${CODES}: AccessTokenExpired 0x8005F101`,
      codes:
        /^(BadAuthTicket|ExpiredAuthTicket|InsufficientAuthTicket|InvalidAuthTicket|InvalidUserAuth|MissingCrmAuthenticationToken(OrganizationName)?|RequestIsNotAuthenticated|TamperedAuthTicket|UnauthorizedAccess|AccessTokenExpired|0x8005F101|-2147094271)$/i,
      category: 'auth_config',
      why: "Dataverse did not accept the integration's token",
    },
    {
      id: 'dataverse.concurrency_version',
      doc: `${CODES}: ConcurrencyVersionMismatch 0x80060882 ("The version of the existing record doesn't match the RowVersion property provided."); ${HTTP}: 412 Precondition Failed`,
      codes: /^(0x80060882|-2147088254|ConcurrencyVersionMismatch)$/i,
      message: /\bdoesn't match the rowversion property provided\b/i,
      either: true,
      category: 'concurrency',
      why: 'the row changed since the integration read it (optimistic concurrency)',
    },
    {
      id: 'dataverse.concurrency_request',
      doc: `${CODES}: ConcurrencyVersionNotProvided 0x80060883, OptimisticConcurrencyNotEnabled 0x8006088D`,
      codes:
        /^(0x80060883|-2147088253|ConcurrencyVersionNotProvided|0x8006088D|-2147088243|OptimisticConcurrencyNotEnabled)$/i,
      category: 'malformed_request',
      why: 'the request asked for a version check it could not make (no RowVersion sent, or the table has no optimistic concurrency)',
    },
    {
      id: 'dataverse.service_protection',
      doc: `${LIMITS}: -2147015902 (0x80072322) number of requests, -2147015903 (0x80072321) execution time, -2147015898 (0x80072326) concurrent requests`,
      codes: /^(0x80072322|-2147015902|0x80072321|-2147015903|0x80072326|-2147015898)$/i,
      message:
        /\bnumber of requests exceeded the limit of\b|\bcombined execution time of incoming requests exceeded limit\b|\bnumber of concurrent requests exceeded the limit\b/i,
      either: true,
      category: 'rate_limited',
      why: 'Dataverse service protection limits throttled the integration: retry after the Retry-After delay',
    },
    {
      id: 'dataverse.isv_aborted',
      doc: `${CODES}: IsvAborted 0x80040265 ("ISV code aborted the operation.") and IsvAborted* 0x80048d02–0x80048d11`,
      codes:
        /^(0x80040265|-2147220891|IsvAborted\w{0,30}|0x80048d(0[2-9a-f]|1[01])|-21471854(0[0-6])|-21471853(9[1-9]))$/i,
      message: /\bisv code aborted the operation\b/i,
      either: true,
      category: 'approval_required',
      lean: { process_change: 0.5, bad_source_data: 0.25, defect: 0.25 },
      why: 'a plug-in or custom code in the environment refused the operation: usually a business validation the org added',
    },
    {
      id: 'dataverse.isv_unexpected',
      doc: `${CODES}: IsvUnExpected 0x80040224 ("An unexpected error occurred from ISV code.")`,
      codes: /^(0x80040224|-2147220956|IsvUnExpected)$/i,
      message: /\ban unexpected error occurred from isv code\b/i,
      either: true,
      category: 'code_exception',
      why: 'a plug-in or custom code in the environment failed',
    },
    {
      id: 'dataverse.payload_error',
      doc: `${CODES}: ODataClientPayloadError 0x80048d19 ("Error identified in Payload provided by the user for Entity")`,
      codes: /^(0x80048d19|-2147185383|ODataClientPayloadError)$/i,
      message: /\berror identified in payload provided by the user for entity\b/i,
      either: true,
      category: 'malformed_request',
      why: 'the JSON payload does not fit the table (property, type or binding): the integration built it',
    },
    {
      id: 'dataverse.string_length',
      doc: `${CODES}: the platform's length validation message ("A validation error occurred. The length of the Name attribute of the mobileofflineprofile entity exceeded the maximum allowed length of 200.")`,
      message:
        /\bthe length of the '?[\w ]{1,100}'? attribute of the '?\w{1,100}'? entity exceeded the maximum allowed length\b/i,
      category: 'value_too_long',
      why: 'a value is longer than the column allows',
    },
    {
      id: 'dataverse.option_out_of_range',
      doc: `${CODES}: PicklistValueOutOfRange 0x8004431A ("The picklist value is out of the range."), OptionSetValidationFailed 0x80061005`,
      codes: /^(0x8004431A|-2147204326|PicklistValueOutOfRange|0x80061005|-2147086331|OptionSetValidationFailed)$/i,
      message: /\bthe picklist value is out of the range\b/i,
      either: true,
      category: 'unmapped_value',
      why: "the choice value is not one of the column's options",
    },
    {
      id: 'dataverse.organization_disabled',
      doc: `${CODES}: OrganizationDisabled 0x8004A104 ("The Dynamics 365 organization you are attempting to access is currently disabled.")`,
      codes: /^(0x8004A104|-2147180284|OrganizationDisabled)$/i,
      message: /\borganization you are attempting to access is currently disabled\b/i,
      either: true,
      category: 'upstream_5xx',
      lean: { defect: 0.6, process_change: 0.4 },
      why: 'the Dataverse environment is disabled (maintenance, admin action or subscription)',
    },
  ],
};
