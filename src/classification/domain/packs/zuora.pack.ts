import type { KnowledgePack } from './pack.types';

// Zuora v1 REST API and SOAP API. A v1 error code is 8 digits: a 6-digit resource code (the object/field)
// and a 2-digit error category code. The documents the families come from:
const CODES =
  'Zuora Developer Center, "Error codes" (developer.zuora.com/docs/guides/error-codes): 8-digit code = resource code + error category code; sample 53100320 "\'termType\' value should be one of: TERMED, EVERGREEN"; 90000011 invalid credential';
const CATEGORIES =
  'Zuora docs, "Understanding Data Loader error codes" / "Error category codes for the v1 API" (docs.zuora.com)';
const SOAP =
  'Zuora docs, SOAP API "Errors" (docs.zuora.com/zuora-platform/integration/apis/soap-api/error-handling/errors), ErrorCode';

export const zuoraPack: KnowledgePack = {
  system: 'Zuora',
  aliases: ['zuora'],
  families: [
    {
      id: 'zuora.permission',
      doc: `${CATEGORIES}: 10 "Permission or access denied: a certain tenant or user permission is missing" (Custom Objects: 12-15 read/update/delete/create permission)`,
      codes: /^\d{6}1[02-5]$/,
      category: 'permission_changed',
      why: 'the Zuora tenant or the integration user lacks a permission or feature this call needs',
    },
    {
      id: 'zuora.api_disabled',
      doc: `${SOAP}: API_DISABLED "The API was disabled."`,
      codes: /^api_disabled$/i,
      category: 'permission_changed',
      lean: { process_change: 0.8, defect: 0.2 },
      why: 'API access is disabled for the tenant',
    },
    {
      id: 'zuora.authentication',
      doc: `${CATEGORIES}: 11 "Authentication failed: invalid API authentication credentials"; ${CODES}; ${SOAP}: INVALID_LOGIN, INVALID_SESSION ("The authentication session expired or was otherwise invalid")`,
      codes: /^(\d{6}11|invalid_login|invalid_session)$/i,
      category: 'auth_config',
      why: "Zuora rejected the integration's OAuth client, token or session",
    },
    {
      id: 'zuora.invalid_value',
      doc: `${CATEGORIES}: 20 "Invalid format or value: an invalid field format or value"; ${SOAP}: INVALID_VALUE "An invalid field value was specified"`,
      codes: /^(\d{6}20|invalid_value)$/i,
      category: 'value_format',
      lean: { bad_source_data: 0.5, defect: 0.45, process_change: 0.05 },
      why: 'a field value has the wrong format or is not allowed',
    },
    {
      id: 'zuora.enum_value',
      doc: `${CODES}: 53100320 "'termType' value should be one of: TERMED, EVERGREEN" (an invalid value for a field whose values Zuora fixes)`,
      message: /'?[a-z][a-z0-9_.]{0,60}'? value should be one of:/i,
      category: 'unmapped_value',
      lean: { defect: 0.7, bad_source_data: 0.2, process_change: 0.1 },
      supersedes: ['zuora.invalid_value'],
      why: 'the integration sent a value outside a Zuora-defined enumeration: its mapping',
    },
    {
      id: 'zuora.unknown_field',
      doc: `${CATEGORIES}: 21 "Unknown field in request: an unknown field exists in the request body"; ${SOAP}: INVALID_FIELD, INVALID_TYPE`,
      codes: /^(\d{6}21|invalid_field|invalid_type)$/i,
      category: 'malformed_request',
      why: 'the request names a field or object type Zuora does not know (or a custom field that is gone)',
    },
    {
      id: 'zuora.missing_required_field',
      doc: `${CATEGORIES}: 22 "Missing required field: a required field in the request body is missing"; ${SOAP}: MISSING_REQUIRED_VALUE`,
      codes: /^(\d{6}22|missing_required_value)$/i,
      category: 'missing_required_value',
      why: 'a field Zuora requires is missing from the record sent',
    },
    {
      id: 'zuora.missing_parameter',
      doc: `${CATEGORIES}: 23 "Missing required parameter: a required query parameter is missing"`,
      codes: /^\d{6}23$/,
      category: 'malformed_request',
      why: "a query parameter of the integration's call is missing",
    },
    {
      id: 'zuora.rule_restriction',
      doc: `${CATEGORIES}: 30 "Rule restriction: the request cannot be processed due to the violation of a Zuora business rule"`,
      codes: /^\d{6}30$/,
      category: 'approval_required',
      lean: { process_change: 0.45, bad_source_data: 0.3, defect: 0.25 },
      why: 'a Zuora business rule (state of the subscription, invoice or account; a tenant setting) refuses the operation',
    },
    {
      id: 'zuora.not_found',
      doc: `${CATEGORIES}: 40 "Not found: the specified resource cannot be found"; ${SOAP}: INVALID_ID "An invalid ID value was specified"`,
      codes: /^(\d{6}40|invalid_id)$/i,
      category: 'invalid_reference',
      why: 'the account, subscription, product rate plan or invoice referenced does not exist in Zuora',
    },
    {
      id: 'zuora.unsupported_request',
      doc: `${CATEGORIES}: 45 "Unsupported request"; ${SOAP}: INVALID_VERSION "The version of the API doesn't match the function you tried to use"`,
      codes: /^(\d{6}45|invalid_version)$/i,
      category: 'malformed_request',
      why: 'the call is not supported for this endpoint, version or tenant',
    },
    {
      id: 'zuora.lock_competition',
      doc: `${CATEGORIES}: 50 "Locking contention"; ${SOAP}: LOCK_COMPETITION "The operation failed from a lock competition"`,
      codes: /^(\d{6}50|lock_competition)$/i,
      message: /failed due to a lock competition|lock competition/i,
      either: true,
      category: 'concurrency',
      why: 'another operation held the lock on the same Zuora account or subscription',
    },
    {
      id: 'zuora.server_error',
      doc: `${CATEGORIES}: 60 "Internal error", 61 "Temporary error"; ${SOAP}: SERVER_UNAVAILABLE, TEMPORARY_ERROR, UNKNOWN_ERROR`,
      codes: /^(\d{6}6[01]|server_unavailable|temporary_error|unknown_error)$/i,
      category: 'upstream_5xx',
      why: 'Zuora failed or was temporarily unavailable',
    },
    {
      id: 'zuora.rate_limit',
      doc: `${CATEGORIES}: 70 "Request exceeded limit"; ${SOAP}: REQUEST_EXCEEDED_LIMIT, REQUEST_EXCEEDED_RATE; Zuora Developer Center, "Error handling": requests failing with 429 hit Zuora's rate limits`,
      codes: /^(\d{6}70|request_exceeded_limit|request_exceeded_rate)$/i,
      category: 'rate_limited',
      why: 'Zuora throttled the integration (rate or concurrency limit)',
    },
    {
      id: 'zuora.malformed_request',
      doc: `${CATEGORIES}: 90 "Malformed request"; ${SOAP}: MALFORMED_QUERY; SOAP "Faults": MalformedQueryFault "The query string used an invalid format or syntax"`,
      codes: /^(\d{6}90|malformed_query)$/i,
      category: 'malformed_request',
      why: "the integration's request body or ZOQL query cannot be parsed",
    },
    {
      id: 'zuora.integration_error',
      doc: `${CATEGORIES}: 99 "Integration error" (an error from an external system Zuora calls, such as a payment gateway or tax engine)`,
      codes: /^\d{6}99$/,
      category: 'upstream_5xx',
      lean: { defect: 0.6, process_change: 0.3, bad_source_data: 0.1 },
      why: 'a system Zuora integrates with (gateway, tax engine) failed',
    },
    {
      id: 'zuora.duplicate_value',
      doc: `${SOAP}: DUPLICATE_VALUE "A duplicate value was found for a value that must be unique"`,
      codes: /^duplicate_value$/i,
      category: 'duplicate_record',
      why: 'an account number or other unique value already exists in Zuora',
    },
    {
      id: 'zuora.card_processing',
      doc: `${SOAP}: CREDIT_CARD_PROCESSING_FAILURE "There was a problem processing the credit card."; SOAP "Error handling": a call that processes credit cards and fails returns a separate fault`,
      codes: /^credit_card_processing_failure$/i,
      category: 'value_format',
      lean: { bad_source_data: 0.8, process_change: 0.1, defect: 0.1 },
      why: "the customer's credit card could not be charged",
    },
  ],
};
