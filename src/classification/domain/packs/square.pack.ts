import type { KnowledgePack } from './pack.types';

// Square API (v2). An error body is {errors: [{category, code, detail, field}]}; `code` is an ErrorCode.
// The documents the families come from:
const CODES =
  'Square API reference, enum "ErrorCode" (developer.squareup.com/reference/square/enums/ErrorCode; the same table in the official SDKs, e.g. square/square-nodejs-sdk doc/models/error-code.md)';
const CATEGORY =
  'Square API reference, "ErrorCategory" (developer.squareup.com/reference/square/objects/ErrorCategory): API_ERROR, AUTHENTICATION_ERROR, INVALID_REQUEST_ERROR, RATE_LIMIT_ERROR, PAYMENT_METHOD_ERROR, REFUND_ERROR';

export const squarePack: KnowledgePack = {
  system: 'Square',
  aliases: ['square'],
  families: [
    {
      id: 'square.auth',
      doc: `${CODES}, UNAUTHORIZED ("A general authorization error occurred"), ACCESS_TOKEN_EXPIRED ("The provided access token has expired"), V1_ACCESS_TOKEN, V1_APPLICATION (created prior to 2016-03-30, not compatible with v2), BAD_CERTIFICATE; ${CATEGORY}: AUTHENTICATION_ERROR "the request had a missing, malformed, or otherwise invalid Authorization header"`,
      codes: /^(UNAUTHORIZED|ACCESS_TOKEN_EXPIRED|V1_ACCESS_TOKEN|V1_APPLICATION|BAD_CERTIFICATE)$/i,
      message: /provided access token has expired|missing, malformed, or otherwise invalid authorization header/i,
      either: true,
      category: 'auth_config',
      why: "the integration's Square access token is missing, malformed, expired or of the wrong generation",
    },
    {
      id: 'square.access_revoked',
      doc: `${CODES}, ACCESS_TOKEN_REVOKED ("The provided access token has been revoked"), CLIENT_DISABLED ("The provided client has been disabled"), APPLICATION_DISABLED ("The calling application was disabled")`,
      codes: /^(ACCESS_TOKEN_REVOKED|CLIENT_DISABLED|APPLICATION_DISABLED)$/i,
      message: /access token has been revoked|(client|calling application) (has been|was) disabled/i,
      either: true,
      category: 'auth_config',
      lean: { process_change: 0.55, defect: 0.45 },
      why: "the seller revoked the integration's authorization or the application was disabled: someone must reconnect it",
    },
    {
      id: 'square.forbidden',
      doc: `${CODES}, INSUFFICIENT_SCOPES ("The provided access token does not have permission to execute the requested action"), FORBIDDEN ("A general access error occurred")`,
      codes: /^(INSUFFICIENT_SCOPES|FORBIDDEN)$/i,
      message: /access token does not have permission to execute the requested action/i,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.55, process_change: 0.45 },
      why: 'the OAuth token lacks a scope (permission) this call needs: the integration requests its scopes and the seller must re-authorize',
    },
    {
      id: 'square.not_enabled',
      doc: `${CODES}, CARD_PROCESSING_NOT_ENABLED ("The location provided in the API call is not enabled for credit card processing"), MERCHANT_SUBSCRIPTION_NOT_FOUND ("A required subscription was not found for the merchant"), INVALID_LOCATION ("The Square account cannot take payments in the specified region"), INSUFFICIENT_PERMISSIONS ("The Square account does not have the permissions to accept this payment"), INSUFFICIENT_PERMISSIONS_FOR_REFUND, PAYMENT_LIMIT_EXCEEDED ("the payment amount exceeded the processing limit for this merchant")`,
      codes:
        /^(CARD_PROCESSING_NOT_ENABLED|MERCHANT_SUBSCRIPTION_NOT_FOUND|INVALID_LOCATION|INSUFFICIENT_PERMISSIONS|INSUFFICIENT_PERMISSIONS_FOR_REFUND|PAYMENT_LIMIT_EXCEEDED)$/i,
      message:
        /not enabled for (credit )?card processing|required subscription was not found for the merchant|account does not have the permissions to accept this payment|exceeded the processing limit for this merchant/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.85, defect: 0.1, bad_source_data: 0.05 },
      why: "the seller's Square account or location is not enabled (card processing, subscription, region, limit) for this payment",
    },
    {
      id: 'square.card_declined',
      doc: `${CODES}, PAYMENT_METHOD_ERROR codes: GENERIC_DECLINE ("Square received a decline without any additional information"), CARD_DECLINED, CVV_FAILURE, ADDRESS_VERIFICATION_FAILURE, INSUFFICIENT_FUNDS, CARD_EXPIRED, INVALID_ACCOUNT, CARDHOLDER_INSUFFICIENT_PERMISSIONS, TRANSACTION_LIMIT, VOICE_FAILURE, PAN_FAILURE, EXPIRATION_FAILURE, CARD_NOT_SUPPORTED, INVALID_PIN, INVALID_EXPIRATION, BAD_EXPIRATION, UNSUPPORTED_CARD_BRAND, INVALID_CARD, INVALID_CARD_DATA, CURRENCY_MISMATCH, ACCOUNT_UNUSABLE, BUYER_REFUSED_PAYMENT, CARD_DECLINED_CALL_ISSUER, CARD_DECLINED_VERIFICATION_REQUIRED, ALLOWABLE_PIN_TRIES_EXCEEDED; ${CATEGORY}: PAYMENT_METHOD_ERROR "the details of the payment method were invalid"`,
      codes:
        /^(GENERIC_DECLINE|CARD_DECLINED|CARD_DECLINED_CALL_ISSUER|CARD_DECLINED_VERIFICATION_REQUIRED|CVV_FAILURE|VERIFY_CVV_FAILURE|ADDRESS_VERIFICATION_FAILURE|VERIFY_AVS_FAILURE|INSUFFICIENT_FUNDS|CARD_EXPIRED|INVALID_ACCOUNT|CARDHOLDER_INSUFFICIENT_PERMISSIONS|TRANSACTION_LIMIT|VOICE_FAILURE|PAN_FAILURE|EXPIRATION_FAILURE|CARD_NOT_SUPPORTED|INVALID_PIN|MISSING_PIN|ALLOWABLE_PIN_TRIES_EXCEEDED|INVALID_EXPIRATION|INVALID_EXPIRATION_YEAR|INVALID_EXPIRATION_DATE|BAD_EXPIRATION|UNSUPPORTED_CARD_BRAND|INVALID_CARD|INVALID_CARD_DATA|CURRENCY_MISMATCH|ACCOUNT_UNUSABLE|BUYER_REFUSED_PAYMENT|AMOUNT_TOO_HIGH|CHIP_INSERTION_REQUIRED)$/i,
      message: /square received a decline without any additional information|card issuer declined the request/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.85, process_change: 0.1, defect: 0.05 },
      why: "the buyer's card or account was declined or its details are wrong: the buyer must use another payment method",
    },
    {
      id: 'square.source_token',
      doc: `${CODES}, CARD_TOKEN_EXPIRED ("The provided card token (nonce) has expired"), CARD_TOKEN_USED ("The provided card token (nonce) was already used to process payment"), SOURCE_USED ("The provided source id was already used to create a card"), SOURCE_EXPIRED, CHECKOUT_EXPIRED`,
      codes: /^(CARD_TOKEN_EXPIRED|CARD_TOKEN_USED|SOURCE_USED|SOURCE_EXPIRED|CHECKOUT_EXPIRED)$/i,
      message: /card token \(nonce\) (has expired|was already used)|source id (was already used|has expired)/i,
      either: true,
      category: 'malformed_request',
      lean: { defect: 0.8, bad_source_data: 0.15, process_change: 0.05 },
      why: 'the single-use payment token (nonce) or source id was expired or already used: the integration replays it',
    },
    {
      id: 'square.idempotency_key_reused',
      doc: `${CODES}, IDEMPOTENCY_KEY_REUSED ("The provided idempotency key has already been used"); Square docs, "Idempotency"`,
      codes: /^IDEMPOTENCY_KEY_REUSED$/i,
      message: /idempotency key has already been used/i,
      either: true,
      category: 'malformed_request',
      why: 'the integration re-used an idempotency key for a different request',
    },
    {
      id: 'square.missing_parameter',
      doc: `${CODES}, MISSING_REQUIRED_PARAMETER ("The request is missing a required path, query, or body parameter"), VALUE_EMPTY ("The provided value has a default (empty) value such as a blank string"), ARRAY_EMPTY, ARRAY_LENGTH_TOO_SHORT, NO_FIELDS_SET`,
      codes: /^(MISSING_REQUIRED_PARAMETER|VALUE_EMPTY|ARRAY_EMPTY|ARRAY_LENGTH_TOO_SHORT|NO_FIELDS_SET)$/i,
      message: /missing (a )?required (path, query, or body )?parameter/i,
      either: true,
      category: 'missing_required_value',
      lean: { defect: 0.6, bad_source_data: 0.35, process_change: 0.05 },
      why: 'a parameter Square requires is missing or empty in the request',
    },
    {
      id: 'square.customer_data',
      doc: `${CODES}, CUSTOMER_MISSING_NAME ("The provided customer does not have a recorded name"), CUSTOMER_MISSING_EMAIL ("The provided customer does not have a recorded email"), INVALID_EMAIL_ADDRESS ("The provided email address is invalid"), INVALID_PHONE_NUMBER, INVALID_POSTAL_CODE ("The postal code is incorrectly formatted")`,
      codes:
        /^(CUSTOMER_MISSING_NAME|CUSTOMER_MISSING_EMAIL|INVALID_EMAIL_ADDRESS|INVALID_PHONE_NUMBER|INVALID_POSTAL_CODE)$/i,
      message:
        /customer does not have a recorded (name|email)|provided (email address|phone number) is invalid|postal code is incorrectly formatted/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.85, defect: 0.1, process_change: 0.05 },
      why: "the customer's name or email is missing, or an email, phone number or postcode is invalid",
    },
    {
      id: 'square.malformed',
      doc: `${CODES}, INCORRECT_TYPE ("The value provided in the request is the wrong type"), EXPECTED_JSON_BODY, EXPECTED_BOOLEAN/INTEGER/FLOAT/STRING/OBJECT/ARRAY/MAP, INVALID_ENUM_VALUE ("The provided static string is not valid for the field"), INVALID_TIME ("Formatting for the provided time value is incorrect"), UNKNOWN_QUERY_PARAMETER, UNKNOWN_BODY_PARAMETER, CONFLICTING_PARAMETERS, INVALID_CURSOR, INVALID_SORT_ORDER, INVALID_CONTENT_TYPE, INVALID_SQUARE_VERSION_FORMAT, API_VERSION_INCOMPATIBLE, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, REQUEST_ENTITY_TOO_LARGE, SANDBOX_NOT_SUPPORTED`,
      codes:
        /^(INCORRECT_TYPE|EXPECTED_(JSON_BODY|BOOLEAN|INTEGER|FLOAT|STRING|OBJECT|ARRAY|MAP|BASE64_ENCODED_BYTE_ARRAY)|INVALID_ARRAY_VALUE|INVALID_ENUM_VALUE|INVALID_TIME|INVALID_CONTENT_TYPE|INVALID_FORM_VALUE|UNKNOWN_QUERY_PARAMETER|UNKNOWN_BODY_PARAMETER|CONFLICTING_PARAMETERS|INVALID_CURSOR|INVALID_SORT_ORDER|TOO_MANY_MAP_ENTRIES|MAP_KEY_LENGTH_TOO_(SHORT|LONG)|INVALID_SQUARE_VERSION_FORMAT|API_VERSION_INCOMPATIBLE|METHOD_NOT_ALLOWED|NOT_ACCEPTABLE|UNSUPPORTED_MEDIA_TYPE|REQUEST_ENTITY_TOO_LARGE|SANDBOX_NOT_SUPPORTED|UNSUPPORTED_INSTRUMENT_TYPE|UNSUPPORTED_SOURCE_TYPE)$/i,
      message:
        /request body is not a json object|value provided in the request is the wrong type|square-version is (incorrectly formatted|incompatible)/i,
      either: true,
      category: 'malformed_request',
      why: 'the request has a value of the wrong type, an unknown or conflicting parameter or an unsupported API version: the integration builds it',
    },
    {
      id: 'square.invalid_value',
      doc: `${CODES}, INVALID_VALUE ("The provided value is invalid. For example, including % in a phone number"), VALUE_REGEX_MISMATCH, VALUE_TOO_SHORT, VALUE_TOO_LOW, VALUE_TOO_HIGH ("The provided value is greater than the supported maximum"), INVALID_TIME_RANGE, UNEXPECTED_VALUE, INVALID_FEES`,
      codes:
        /^(INVALID_VALUE|VALUE_REGEX_MISMATCH|VALUE_TOO_SHORT|VALUE_TOO_LOW|VALUE_TOO_HIGH|INVALID_TIME_RANGE|UNEXPECTED_VALUE|INVALID_FEES)$/i,
      message:
        /does not match an expected regular expression|value is (less|greater) than the supported (minimum|maximum)/i,
      either: true,
      category: 'value_format',
      why: 'a value is invalid, does not match the expected pattern or is out of range',
    },
    {
      id: 'square.value_too_long',
      doc: `${CODES}, VALUE_TOO_LONG ("The provided string value is longer than the maximum length allowed"), ARRAY_LENGTH_TOO_LONG ("The provided array has too many elements")`,
      codes: /^(VALUE_TOO_LONG|ARRAY_LENGTH_TOO_LONG)$/i,
      message: /string value is longer than the maximum length/i,
      either: true,
      category: 'value_too_long',
      why: 'a text value is longer than Square allows for the field',
    },
    {
      id: 'square.not_found',
      doc: `${CODES}, NOT_FOUND ("Not Found - a general error occurred"), CUSTOMER_NOT_FOUND ("The provided customer id can't be found in the merchant's customers list"), GONE ("The target resource is no longer available"); Square docs, "Handling errors" (GetPayment with a nonexistent payment ID)`,
      codes: /^(NOT_FOUND|CUSTOMER_NOT_FOUND|GONE)$/i,
      message: /customer id can't be found in the merchant's customers list/i,
      either: true,
      category: 'invalid_reference',
      why: 'the customer, catalog object, order or payment id sent does not exist in this Square account',
    },
    {
      id: 'square.location_mismatch',
      doc: `${CODES}, LOCATION_MISMATCH ("the given location does not matching what is expected"), CARD_MISMATCH`,
      codes: /^(LOCATION_MISMATCH|CARD_MISMATCH)$/i,
      category: 'mapping_error',
      why: 'the location id sent does not match the location of the order, payment or device: the integration maps locations',
    },
    {
      id: 'square.version_mismatch',
      doc: 'Square docs, "Optimistic concurrency" (developer.squareup.com/docs/working-with-apis/optimistic-concurrency): an update or delete with another version than the current one returns a "version mismatch" error and the application must retrieve the object again; Catalog API reference, CatalogObject.version: "the version supplied must match the version in the database, otherwise the write will be rejected as conflicting"; ErrorCode CONFLICT (409)',
      codes: /^(VERSION_MISMATCH|CONFLICT)$/i,
      message: /version mismatch|version does not match (the )?latest (database )?version|rejected as conflicting/i,
      either: true,
      category: 'concurrency',
      why: 'the object changed in Square since the integration read it: it must re-read the version and retry',
    },
    {
      id: 'square.rate_limited',
      doc: `${CODES}, RATE_LIMITED; ${CATEGORY}: RATE_LIMIT_ERROR "Your application reached the Square API rate limit ... use a retry mechanism with an exponential backoff"`,
      codes: /^(RATE_LIMITED|RATE_LIMIT_ERROR)$/i,
      message: /reached the square api rate limit/i,
      either: true,
      category: 'rate_limited',
      why: 'Square throttled the integration',
    },
    {
      id: 'square.server_error',
      doc: `${CODES}, INTERNAL_SERVER_ERROR ("A general server error occurred"), SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT, REQUEST_TIMEOUT, NOT_IMPLEMENTED, TEMPORARY_ERROR ("A temporary internal error occurred. You can safely retry your call using the same idempotency key"); ${CATEGORY}: API_ERROR`,
      codes:
        /^(INTERNAL_SERVER_ERROR|SERVICE_UNAVAILABLE|BAD_GATEWAY|GATEWAY_TIMEOUT|REQUEST_TIMEOUT|NOT_IMPLEMENTED|TEMPORARY_ERROR)$/i,
      message: /a temporary internal error occurred|a general server error occurred/i,
      either: true,
      category: 'upstream_5xx',
      why: 'Square failed or timed out on its side: retry with the same idempotency key',
    },
    {
      id: 'square.delayed_capture_state',
      doc: `${CODES}, DELAYED_TRANSACTION_EXPIRED ("The application tried to update a delayed-capture payment that has expired"), DELAYED_TRANSACTION_CANCELED, DELAYED_TRANSACTION_CAPTURED ("tried to capture a delayed-capture payment that was already captured"), DELAYED_TRANSACTION_FAILED`,
      codes: /^DELAYED_TRANSACTION_(EXPIRED|CANCELED|CAPTURED|FAILED)$/i,
      message: /tried to (update|cancel|capture) a delayed-capture payment/i,
      either: true,
      category: 'inactive_reference',
      lean: { defect: 0.6, bad_source_data: 0.3, process_change: 0.1 },
      why: 'the delayed-capture payment was already captured, canceled, failed or expired: the integration captures or cancels it in the wrong state',
    },
    {
      id: 'square.refund_rejected',
      doc: `${CODES}, REFUND_ERROR codes: REFUND_AMOUNT_INVALID ("The requested refund amount exceeds the amount available to refund"), REFUND_ALREADY_PENDING, PAYMENT_NOT_REFUNDABLE, PAYMENT_NOT_REFUNDABLE_DUE_TO_DISPUTE, REFUND_ERROR_PAYMENT_NEEDS_COMPLETION, REFUND_DECLINED ("The card issuer declined the refund"), RESERVATION_DECLINED`,
      codes:
        /^(REFUND_AMOUNT_INVALID|REFUND_ALREADY_PENDING|PAYMENT_NOT_REFUNDABLE|PAYMENT_NOT_REFUNDABLE_DUE_TO_DISPUTE|REFUND_ERROR_PAYMENT_NEEDS_COMPLETION|REFUND_DECLINED|RESERVATION_DECLINED)$/i,
      message:
        /refund amount exceeds the amount available to refund|payment already has a pending refund|payment is not refundable/i,
      either: true,
      category: 'approval_required',
      lean: { bad_source_data: 0.55, process_change: 0.3, defect: 0.15 },
      why: "the payment's state (pending refund, dispute, not completed, amount left) does not allow this refund",
    },
    {
      id: 'square.currency_country',
      doc: `${CODES}, UNSUPPORTED_CURRENCY, UNSUPPORTED_COUNTRY (listed without further description)`,
      codes: /^(UNSUPPORTED_CURRENCY|UNSUPPORTED_COUNTRY)$/i,
      category: 'setup_missing',
      lean: { process_change: 0.55, defect: 0.35, bad_source_data: 0.1 },
      why: "the currency or country is not one the seller's Square account supports",
    },
  ],
};
