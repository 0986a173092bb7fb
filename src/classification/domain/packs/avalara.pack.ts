import type { KnowledgePack } from './pack.types';

const ERRORS = 'developer.avalara.com/avatax/errors/';
const CODE_LIST =
  'AvaTax REST v2 error code list (developer.avalara.com/avatax/errors/; the same names in avadev/AvaTax-REST-V2-DotNet-SDK src/enums/ErrorCodeId.cs)';

// Avalara AvaTax REST v2: every error carries a symbolic `code` (the error's name) and numbered details.
export const avalaraPack: KnowledgePack = {
  system: 'Avalara',
  aliases: ['avalara', 'avatax'],
  families: [
    {
      id: 'avalara.address',
      doc: `${ERRORS}InvalidAddress, AddressLocationNotFound, InvalidPostalCode, JurisdictionNotFoundError; help.avalara.com "Troubleshoot Address Validation Errors in AvaTax"`,
      codes:
        /^(InvalidAddress|AddressLocationNotFound|InvalidPostalCode|AddressConflictException|InvalidAddressTextCase|NotEnoughAddressesInfo|JurisdictionNotFoundError|InvalidAddressOrGeoCoordinates)$/i,
      message:
        /address (is incomplete|could not be (validated|found|resolved))|zip ?code is not valid for the state|jurisdiction not found/i,
      either: true,
      category: 'value_format',
      why: 'AvaTax could not resolve the document address to a tax jurisdiction: Avalara documents these as a missing, wrong or unregistered address on the record',
    },
    {
      id: 'avalara.missing_address',
      doc: `${ERRORS}MissingAddress`,
      codes: /^MissingAddress$/i,
      category: 'missing_required_value',
      why: 'AvaTax MissingAddress: the transaction or line has no address to calculate tax for',
    },
    {
      id: 'avalara.missing_lines',
      doc: `${ERRORS}MissingLine; ${CODE_LIST} (LinesNotSpecified)`,
      codes: /^(MissingLine|LinesNotSpecified)$/i,
      category: 'missing_required_value',
      lean: { defect: 0.55, bad_source_data: 0.4, process_change: 0.05 },
      why: 'AvaTax MissingLine: the request carries no lines; the integration builds the lines array',
    },
    {
      id: 'avalara.value_required',
      doc: `${ERRORS}ValueRequiredError ("You submitted a request and did not provide a value in a required field")`,
      codes: /^ValueRequiredError$/i,
      category: 'missing_required_value',
      why: 'AvaTax ValueRequiredError: a required field of the request has no value',
    },
    {
      id: 'avalara.malformed',
      doc: `${ERRORS}ValidationException ("the API call contained an incorrectly structured object"), JsonFormatError, ModelRequiredException, DateFormatError, InvalidEnumValue; ${CODE_LIST}`,
      codes:
        /^(ValidationException|ModelRequiredException|ModelStateInvalid|JsonFormatError|SyntaxError|InvalidQueryField|InvalidQueryValue|MalformedFilterException|UnterminatedValueError|TooManyParametersError|InvalidEnumValue|InvalidParameterDataType|InvalidParameterValueDataType|InvalidHttpPatchRequest|InvalidHTTPHeader|IncorrectPathError|DateFormatError|InvalidDecimalValue|InvalidDocumentType|QueryParameterOutOfRange|InvalidField|FieldNotQueryableError|FieldNotOrderableError)$/i,
      category: 'malformed_request',
      why: 'AvaTax rejected the shape of the request (structure, JSON, enum, date or decimal format, query syntax): the integration builds it',
    },
    {
      id: 'avalara.company',
      doc: `${ERRORS}CompanyInvalidException ("You attempted to modify a company that does not exist"), AccountInvalidException, NoDefaultCompany`,
      codes: /^(CompanyInvalidException|AccountInvalidException|NoDefaultCompany|AccountDoesNotExist)$/i,
      category: 'malformed_request',
      lean: { defect: 0.65, process_change: 0.3, bad_source_data: 0.05 },
      why: 'the company code or account the integration is configured with does not exist in AvaTax: connector set-up, which an admin may also have changed',
    },
    {
      id: 'avalara.not_found',
      doc: `${ERRORS}EntityNotFoundError ("You attempted to act on, retrieve, update, or delete an object that does not exist")`,
      codes: /^EntityNotFoundError$/i,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.45, defect: 0.45, process_change: 0.1 },
      why: 'AvaTax EntityNotFoundError: the transaction, customer or other object named does not exist (or is not visible to this user)',
    },
    {
      id: 'avalara.deleted',
      doc: `${CODE_LIST}: CannotModifyDeletedObjects, CannotCreateDeletedObjects, ObjectDeleted, AssociatedObjectsDeleted`,
      codes: /^(CannotModifyDeletedObjects|CannotCreateDeletedObjects|ObjectDeleted|AssociatedObjectsDeleted)$/i,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.5, defect: 0.4, process_change: 0.1 },
      why: 'the object was deleted in AvaTax and can no longer be changed',
    },
    {
      id: 'avalara.document_code_conflict',
      doc: `${ERRORS}DocumentCodeConflict ("a committed transaction's code is reserved and may not be reused; adjust or void it instead")`,
      codes: /^DocumentCodeConflict$/i,
      category: 'duplicate_record',
      lean: { bad_source_data: 0.45, defect: 0.5, process_change: 0.05 },
      why: 'AvaTax DocumentCodeConflict: a transaction with this code already exists and is committed; Avalara says to adjust or void it rather than create it again',
    },
    {
      id: 'avalara.duplicate',
      doc: `${CODE_LIST}: DuplicateEntry, TransactionAlreadyExists, DuplicateCompanyCode, DuplicateNexusError, NexusAlreadyExists, DuplicateEntityProperty`,
      codes:
        /^(DuplicateEntry|TransactionAlreadyExists|MultiDocumentTransactionAlreadyExists|DuplicateCompanyCode|DuplicateNexusError|NexusAlreadyExists|DuplicateEntityProperty|DuplicateContactCode|DuplicateSystemForItem|UPCCodeNotUnique)$/i,
      category: 'duplicate_record',
      why: 'AvaTax already holds an object with this key',
    },
    {
      id: 'avalara.locked',
      doc: `${ERRORS}CannotModifyLockedTransaction ("A transaction that is Locked has been reported to a tax authority ... cannot be changed"), MultiDocumentPartiallyLocked`,
      codes: /^(CannotModifyLockedTransaction|MultiDocumentPartiallyLocked)$/i,
      message: /modifying a locked document is not allowed|document .{0,80}is locked\. modification is not allowed/i,
      either: true,
      category: 'period_locked',
      why: 'the transaction was reported on a filed tax return and is locked: like a closed period, it can only be corrected by a new refund/adjusting transaction',
    },
    {
      id: 'avalara.committed',
      doc: `${ERRORS}TransactionIsCommitted ("Committed transactions cannot be modified by this API ... call AdjustTransaction or VoidTransaction"); InvalidDocumentStatus, TransactionAlreadyCancelled`,
      codes:
        /^(TransactionIsCommitted|InvalidDocumentStatus|InvalidDocumentStatusForVerify|InvalidDocumentStatusForRefund|TransactionAlreadyCancelled|TransactionNotCancelled|CannotAdjustDocumentType|InvalidDocumentTypeForRefund)$/i,
      message: /committed transactions cannot be modified by this api/i,
      either: true,
      category: 'approval_required',
      lean: { defect: 0.6, process_change: 0.35, bad_source_data: 0.05 },
      why: "the transaction's status does not allow this call: Avalara documents the adjust/void APIs for committed transactions, so the integration usually picked the wrong call",
    },
    {
      id: 'avalara.permission',
      doc: `${ERRORS}PermissionRequired ("the user does not have permission to perform this action ... based on the role of the user"); AuthorizationException, UserNoAccess`,
      codes:
        /^(PermissionRequired|AuthorizationException|UserNoAccess|AccountOverrideNotAuthorized|ContentAccessDenied)$/i,
      message: /permission .{1,80} not available for role/i,
      either: true,
      category: 'permission_changed',
      why: "the AvaTax user's role does not permit the action",
    },
    {
      id: 'avalara.authentication',
      doc: `${ERRORS}AuthenticationException ("Missing authentication or unable to authenticate the user or the account"), BearerTokenInvalid, BasicAuthIncorrect`,
      codes:
        /^(AuthenticationException|AuthenticationIncomplete|BasicAuthIncorrect|BearerTokenInvalid|BearerTokenNotSupported|BearerTokenParseUserIdError|InvalidAuthenticationType|UnexpectedAuth|DropBearerAuth)$/i,
      message: /^authentication failed\.?$/i,
      either: true,
      category: 'auth_config',
      why: 'AvaTax could not authenticate the account id/licence key or token the integration sent',
    },
    {
      id: 'avalara.account_state',
      doc: `${CODE_LIST}: InactiveAccount, AccountExpiredException, InactiveUserError, SubscriptionRequired ("the API call requires an active subscription"), AccountNotProvisioned`,
      codes:
        /^(InactiveAccount|AccountExpiredException|InactiveUserError|SubscriptionRequired|SubscriptionRequiredForParameter|AccountNotProvisioned|AccountInNewStatusException|InvalidFirmSubscriptions)$/i,
      category: 'setup_missing',
      lean: { process_change: 0.8, defect: 0.15, bad_source_data: 0.05 },
      why: 'the AvaTax account, user or subscription is inactive, expired or lacks the service: the business must renew or enable it',
    },
    {
      id: 'avalara.company_setup',
      doc: `${ERRORS}TaxpayerNumberRequired ("Customers subscribing to Avalara Returns must identify each company by its TIN"); TaxRuleRequiresNexus, UnknownNexusError, CertificatesNotSetup, CompanyProfileNotSet`,
      codes:
        /^(TaxpayerNumberRequired|TaxpayerNumberIsRequired|TaxRuleRequiresNexus|UnknownNexusError|ParentNexusNotFound|CertificatesNotSetup|CompanyProfileNotSet|PointOfSaleSetup)$/i,
      category: 'setup_missing',
      why: 'the AvaTax company lacks set-up (TIN, nexus, certificates, profile) the call relies on',
    },
    {
      id: 'avalara.too_long',
      doc: `${CODE_LIST}: StringLengthError ("One of the strings you uploaded to the server is too long"), MaxStringLengthError, FieldLengthError`,
      codes: /^(StringLengthError|MaxStringLengthError|FieldLengthError)$/i,
      category: 'value_too_long',
      why: 'a string in the request is longer than AvaTax stores',
    },
    {
      id: 'avalara.range',
      doc: `${ERRORS}RangeError ("your value was outside of the range"), RangeCompareError, RangeSetError, DateRangeError`,
      codes:
        /^(RangeError|RangeCompareError|RangeSetError|OutOfRange|DateRangeError|InvalidDateRangeError|LineNoOutOfRange|RefundPercentageOutOfRange)$/i,
      category: 'value_format',
      why: 'a value (amount, date, quantity) is outside the range AvaTax allows',
    },
    {
      id: 'avalara.format',
      doc: `${CODE_LIST}: EmailValidationError, TINFormatError, FEINFormatError, UPCCodeInvalidChars, UPCCodeInvalidLength, InvalidProductCodeFormat`,
      codes:
        /^(EmailValidationError|TINFormatError|FEINFormatError|UPCCodeInvalidChars|UPCCodeInvalidLength|InvalidProductCodeFormat|InvalidProductCodeLength|InvalidHsCode)$/i,
      category: 'value_format',
      why: 'an email, TIN, FEIN, UPC or product code in the record is malformed',
    },
    {
      id: 'avalara.too_many',
      doc: `${CODE_LIST}: EntityLimitExceeded ("The number of entities in the request exceeded the limit"), TooManyTransactions, RequestTooLarge, FetchLimit, LineFetchLimitExceeded, BatchTransactionLineLimitExceeded`,
      codes:
        /^(EntityLimitExceeded|TooManyTransactions|RequestTooLarge|FetchLimit|LineFetchLimitExceeded|BatchTransactionLineLimitExceeded|TooManyItemsInSyncFlowRequest|TooManyUserDefinedFields)$/i,
      category: 'malformed_request',
      why: 'the request carries more objects or lines than AvaTax accepts in one call: the integration sizes its requests',
    },
    {
      id: 'avalara.rate_limit',
      doc: `${ERRORS}RequestLimitExceeded (HTTP 429, "Too many requests submitted"); ConcurrentRequestLimitExceeded, RateLimitExceeded`,
      codes: /^(RequestLimitExceeded|ConcurrentRequestLimitExceeded|RateLimitExceededError|RateLimitExceeded)$/i,
      category: 'rate_limited',
      why: 'AvaTax throttled the integration',
    },
    {
      id: 'avalara.timeout',
      doc: `${CODE_LIST}: ServiceTimeout, TimeoutRequested`,
      codes: /^(ServiceTimeout|TimeoutRequested)$/i,
      category: 'timeout',
      why: 'the AvaTax call timed out',
    },
    {
      id: 'avalara.server',
      doc: `${ERRORS}ServerConfiguration, ServerUnreachable ("One of the servers in the AvaTax API cluster is unreachable"); developer.avalara.com/avatax/errors-and-outages/`,
      codes:
        /^(ServerConfiguration|ServerUnreachable|InternalServerError|UnhandledException|RemoteServerError|ServiceNotReady|NoHealthySite|ServiceDisconnected|SCSServiceUnreachable|SCSServerError|NoHostFound|SiteSelectionFailed|SiteSelectionError)$/i,
      category: 'upstream_5xx',
      why: 'AvaTax failed or was unreachable on its side',
    },
  ],
};
