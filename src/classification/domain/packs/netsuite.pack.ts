import type { KnowledgePack } from './pack.types';

// NetSuite SuiteTalk SOAP/REST and SuiteScript error codes. Every family names the NetSuite document
// it comes from; the SOAP status codes are the StatusDetailCodeType enumeration of the SuiteTalk WSDL
// (platform.core.types.xsd), described in the Help Center's "SOAP Web Services Error Status Codes".
const SOAP_CODES =
  'NetSuite Help Center, "SOAP Web Services Error Status Codes" (SuiteTalk WSDL platform.core.types.xsd, StatusDetailCodeType)';
const SOAP_FAULTS =
  'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3539420.html (SOAP Fault Status Codes)';
const REST_ERRORS =
  'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156570709583.html (Error Handling in REST Web Services)';
const ACCOUNT_CONFIG =
  'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3421585.html (Effects of Account Configuration in SOAP Web Services)';
const SUITESCRIPT =
  'NetSuite Help Center, SuiteScript 2.x errors (N/error, SuiteScript Governance and Limits); https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4634920277.html (SuiteScript 2.x RESTlet Error Handling)';

export const netsuitePack: KnowledgePack = {
  system: 'NetSuite',
  aliases: ['netsuite', 'suitetalk', 'suitescript', 'ns-'],
  families: [
    {
      id: 'ns.invalid_key_or_ref',
      doc: `${SOAP_CODES}: INVALID_KEY_OR_REF`,
      codes: /^INVALID_KEY_OR_REF$/i,
      message: /\binvalid [\w ]{1,60} reference key\b/i,
      either: true,
      category: 'invalid_reference',
      why: 'NetSuite INVALID_KEY_OR_REF ("Invalid {field} reference key {id}"): the referenced internal id does not exist or is not available to this record',
    },
    {
      id: 'ns.subsidiary',
      doc: `${SOAP_CODES}: INVALID_TRANS_SUB_ACCT/CLASS/DEPT/ENTITY/ITEM/LOC, INVALID_LOC_SUB_RESTRICTN; INVALID_KEY_OR_REF "for subsidiary"`,
      codes: /^INVALID_(TRANS_SUB_(ACCT|CLASS|DEPT|ENTITY|ITEM|LOC)|LOC_SUB_RESTRICTN)$/i,
      message: /\breference key [\w.-]{1,40} for subsidiary [\w.-]{1,40}/i,
      either: true,
      category: 'invalid_reference',
      lean: { process_change: 0.35 },
      why: 'the reference exists but is not available to the transaction subsidiary: the record or its subsidiary assignment is the set-up to change',
    },
    {
      id: 'ns.record_does_not_exist',
      doc: `${SOAP_CODES}: RCRD_DSNT_EXIST, RCRD_NOT_FOUND, CANT_FIND_RCRD`,
      codes: /^(RCRD_DSNT_EXIST|RCRD_NOT_FOUND|CANT_FIND_RCRD)$/i,
      message: /\bthat record does not exist\b/i,
      either: true,
      category: 'invalid_reference',
      why: 'NetSuite could not find the record the request names',
    },
    {
      id: 'ns.dup_rcrd',
      doc: `${SOAP_CODES}: DUP_RCRD, DUP_ENTITY, DUP_ITEM and the other DUP_* codes, DUPLICATE_KEYS, NAME_ALREADY_IN_USE, DATA_MUST_BE_UNIQUE`,
      codes:
        /^(DUP_[A-Z_]{2,40}|DUPLICATE_KEYS|NAME_ALREADY_IN_USE|DATA_MUST_BE_UNIQUE|CONTACT_ALREADY_EXISTS|CLASS_ALREADY_EXISTS)$/i,
      message: /\bthis record already exists\b/i,
      either: true,
      category: 'duplicate_record',
      why: 'NetSuite DUP_*: a record with this name, number or key already exists',
    },
    {
      id: 'ns.invalid_fld_value',
      doc: `${SOAP_CODES}: INVALID_FLD_VALUE; ${REST_ERRORS} ("You have entered an Invalid Field Value 9999 for the following field: item")`,
      codes: /^INVALID_FLD_VALUE$/i,
      message: /\byou have entered an invalid field value .{0,200} for the following field\b/i,
      either: true,
      category: 'unmapped_value',
      lean: { defect: 0.35, process_change: 0.35, bad_source_data: 0.3 },
      why: 'NetSuite INVALID_FLD_VALUE: the value is not one the field accepts (a list value, an internal id of the wrong kind)',
    },
    {
      id: 'ns.invalid_date_format',
      doc: `${SOAP_CODES}: INVALID_DATE_FORMAT, INVALID_DATE_TIME, DATE_EXPECTED, INVALID_YEAR_FORMAT`,
      codes: /^(INVALID_DATE_FORMAT|INVALID_DATE_TIME|DATE_EXPECTED|INVALID_YEAR_FORMAT)$/i,
      category: 'malformed_request',
      why: 'the date was serialised in a form NetSuite does not read: the integration formats dates',
    },
    {
      id: 'ns.field_too_long',
      doc: `${SOAP_CODES}: EXCEEDED_MAX_FIELD_LENGTH, FLD_VALUE_TOO_LARGE`,
      codes: /^(EXCEEDED_MAX_FIELD_LENGTH|FLD_VALUE_TOO_LARGE)$/i,
      category: 'value_too_long',
      why: 'the value is longer or larger than the NetSuite field allows',
    },
    {
      id: 'ns.required',
      doc: `${SOAP_CODES}: MISSING_REQD_FLD, FIELD_REQD, FLD_VALUE_REQD, REQD_SUB_FIELDS_MISSING, REQD_LOC_FIELDS_MISSING; ${ACCOUNT_CONFIG} (form customisation or features add required fields)`,
      codes: /^(MISSING_REQD_FLD|FIELD_REQD|FLD_VALUE_REQD|REQD_SUB_FIELDS_MISSING|REQD_LOC_FIELDS_MISSING)$/i,
      message: /\bplease enter value\(s\) for\b/i,
      either: true,
      category: 'missing_required_value',
      lean: { process_change: 0.55, defect: 0.3, bad_source_data: 0.15 },
      why: 'a field NetSuite requires was empty; NetSuite documents that form customisation and features add required fields, so it is often newly mandatory',
    },
    {
      id: 'ns.search_timeout',
      doc: `${SOAP_CODES}: ABORT_SEARCH_EXCEEDED_MAX_TIME, EXCEEDED_MAX_TIME`,
      codes: /^(ABORT_SEARCH_EXCEEDED_MAX_TIME|EXCEEDED_MAX_TIME)$/i,
      category: 'timeout',
      why: 'NetSuite aborted a search or request that ran past its time limit',
    },
    {
      id: 'ns.concurrency_limit',
      doc: `${SOAP_FAULTS}: ExceededConcurrentRequestLimitFault, ExceededRequestLimitFault; ${SOAP_CODES}: EXCEEDED_MAX_CONCUR_RQST, WS_CONCUR_SESSION_DISALLWD`,
      codes:
        /^(EXCEEDED_MAX_CONCUR_RQST|WS_CONCUR_SESSION_DISALLWD|EXCEEDED_CONCURRENT_REQUEST_LIMIT|EXCEEDED_REQUEST_LIMIT|ExceededConcurrentRequestLimitFault|ExceededRequestLimitFault)$/i,
      message: /\bconcurrent request limit\b/i,
      either: true,
      category: 'rate_limited',
      why: "NetSuite governance refused the call: the account's concurrent request limit was reached",
    },
    {
      id: 'ns.login',
      doc: `${REST_ERRORS} (INVALID_LOGIN "Invalid login attempt."); ${SOAP_CODES}: INVALID_LOGIN_ATTEMPT, INVALID_LOGIN_CREDENTIALS, LOGIN_DISABLED, PSWD_EXPIRED; ${SOAP_FAULTS}: InvalidAccountFault, InvalidSessionFault`,
      codes:
        /^(INVALID_LOGIN|INVALID_LOGIN_ATTEMPT|INVALID_LOGIN_CREDENTIALS|LOGIN_DISABLED|PSWD_EXPIRED|InvalidAccountFault|InvalidSessionFault)$/i,
      message: /\binvalid login attempt\b/i,
      either: true,
      category: 'auth_config',
      why: "NetSuite rejected the integration's login, token or session",
    },
    {
      id: 'ns.permission',
      doc: `${SOAP_CODES}: INSUFFICIENT_PERMISSION, INSUFFICIENT_FLD_PERMISSION, PERMISSION_VIOLATION; ${SOAP_FAULTS}: InsufficientPermissionFault`,
      codes:
        /^(INSUFFICIENT_PERMISSION|INSUFFICIENT_FLD_PERMISSION|PERMISSION_VIOLATION|InsufficientPermissionFault)$/i,
      message: /\bpermission violation\b|\brestrictions on your role\b/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.7, defect: 0.3 },
      why: 'the integration role lacks a permission: InsufficientPermissionFault is thrown when the role the client logged in with lacks it',
    },
    {
      id: 'ns.inactive_for_role',
      doc: `${SOAP_CODES}: INACTIVE_RCRD_FOR_ROLE`,
      codes: /^INACTIVE_RCRD_FOR_ROLE$/i,
      category: 'inactive_reference',
      why: 'the referenced record is inactive for the integration role',
    },
    {
      id: 'ns.locked_by_workflow',
      doc: `${SOAP_CODES}: RCRD_LOCKED_BY_WF`,
      codes: /^RCRD_LOCKED_BY_WF$/i,
      message: /\blocked by a user defined workflow\b/i,
      either: true,
      category: 'approval_required',
      why: 'a NetSuite workflow locks the record: a business process, not the integration',
    },
    {
      id: 'ns.record_changed',
      doc: `${SOAP_CODES}: RCRD_HAS_BEEN_CHANGED, RCRD_EDITED_SINCE_RETRIEVED, RCRD_DELETED_SINCE_RETRIEVED, CANT_UPDATE_RECRD_HAS_CHANGED`,
      codes:
        /^(RCRD_HAS_BEEN_CHANGED|RCRD_EDITED_SINCE_RETRIEVED|RCRD_DELETED_SINCE_RETRIEVED|CANT_UPDATE_RECRD_HAS_CHANGED)$/i,
      category: 'concurrency',
      why: "the record changed or was deleted between the integration's read and its write",
    },
    {
      id: 'ns.previously_deleted',
      doc: `${SOAP_CODES}: RCRD_PREVSLY_DELETED`,
      codes: /^RCRD_PREVSLY_DELETED$/i,
      category: 'inactive_reference',
      lean: { defect: 0.5, bad_source_data: 0.45, process_change: 0.05 },
      why: 'the record was already deleted: the integration still holds or deletes it again',
    },
    {
      id: 'ns.accounting_period',
      doc: `${SOAP_CODES}: CLOSED_TRAN_PRD, MISSING_ACCT_PRD, MISSNG_ACCT_PRD, INVALID_ACCT_PRD, POSTING_PRD_SETUP_REQD, PRD_SETUP_REQD, CANT_UPDATE_ACCTNG_PRDS`,
      codes:
        /^(CLOSED_TRAN_PRD|MISSING_ACCT_PRD|MISSNG_ACCT_PRD|INVALID_ACCT_PRD|POSTING_PRD_SETUP_REQD|PRD_SETUP_REQD|CANT_UPDATE_ACCTNG_PRDS)$/i,
      message:
        /\b(accounting|posting) period\b.{0,60}\b(closed|locked)\b|\bperiod\b.{0,40}\b(is|has been) (closed|locked)\b/i,
      either: true,
      category: 'period_locked',
      why: 'the transaction date falls in a closed or missing accounting period',
    },
    {
      id: 'ns.credit_limit',
      doc: `${SOAP_CODES}: BALANCE_EXCEEDS_CREDIT_LIMIT`,
      codes: /^BALANCE_EXCEEDS_CREDIT_LIMIT$/i,
      category: 'approval_required',
      why: 'the customer balance would exceed its credit limit: a credit decision for the business',
    },
    {
      id: 'ns.approval_limit',
      doc: `${SOAP_CODES}: AMT_EXCEEDS_APPROVAL_LIMIT`,
      codes: /^AMT_EXCEEDS_APPROVAL_LIMIT$/i,
      category: 'approval_required',
      why: 'the amount exceeds the approval limit: someone with the authority must approve it',
    },
    {
      id: 'ns.exchange_rate',
      doc: `${SOAP_CODES}: MISSING_CRNCY_EXCH_RATE`,
      codes: /^MISSING_CRNCY_EXCH_RATE$/i,
      category: 'setup_missing',
      why: 'NetSuite has no exchange rate for the currency and date: currency set-up',
    },
    {
      id: 'ns.feature_disabled',
      doc: `${SOAP_CODES}: FEATURE_DISABLED, FEATURE_UNAVAILABLE`,
      codes: /^(FEATURE_DISABLED|FEATURE_UNAVAILABLE)$/i,
      category: 'setup_missing',
      lean: { process_change: 0.7, defect: 0.25, bad_source_data: 0.05 },
      why: 'the NetSuite feature the record needs is not enabled in the account',
    },
    {
      id: 'ns.sublist',
      doc: `${SUITESCRIPT}: SSS_INVALID_SUBLIST_OPERATION`,
      codes: /^SSS_INVALID_SUBLIST_OPERATION$/i,
      message: /\binvalid sublist or line item operation\b/i,
      either: true,
      category: 'malformed_request',
      why: 'the request addressed a sublist line that does not exist: a request-building fault',
    },
    {
      id: 'ns.suitescript_error',
      doc: `${SUITESCRIPT}: SSS_MISSING_REQD_ARGUMENT; ${SOAP_CODES}: JS_EXCEPTION`,
      codes: /^(SSS_MISSING_REQD_ARGUMENT|JS_EXCEPTION)$/i,
      category: 'code_exception',
      why: 'a SuiteScript called a NetSuite API wrongly or threw: script code',
    },
    {
      id: 'ns.suitescript_governance',
      doc: `${SUITESCRIPT}: SSS_USAGE_LIMIT_EXCEEDED, SSS_TIME_LIMIT_EXCEEDED, SSS_INSTRUCTION_COUNT_EXCEEDED`,
      codes: /^(SSS_USAGE_LIMIT_EXCEEDED|SSS_TIME_LIMIT_EXCEEDED|SSS_INSTRUCTION_COUNT_EXCEEDED)$/i,
      category: 'code_exception',
      why: 'a SuiteScript ran past its governance (usage units, time or instructions): the script must be changed',
    },
    {
      id: 'ns.unexpected',
      doc: `${SOAP_CODES}: UNEXPECTED_ERROR; ${SOAP_FAULTS}: UnexpectedErrorFault`,
      codes: /^(UNEXPECTED_ERROR|UnexpectedErrorFault)$/i,
      category: 'upstream_5xx',
      why: 'NetSuite reported an unexpected error of its own',
    },
  ],
};
