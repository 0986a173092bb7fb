import type { KnowledgePack } from './pack.types';

// PayPal REST APIs (Orders v2, Payments v2, Invoicing v2, Subscriptions v1). An error body is
// {name, message, details: [{issue, description}], debug_id}: `name` is the HTTP-level error
// (INVALID_REQUEST, UNPROCESSABLE_ENTITY, ...), `issue` the specific code. Families match the issue
// as the code or named in the message. The documents the families come from:
const SPEC = (api: string): string =>
  `PayPal OpenAPI specification ${api} (github.com/paypal/paypal-rest-api-specifications, openapi/), error issue enums and their descriptions`;
const ORDERS = SPEC('checkout_orders_v2.json');
const PAYMENTS = SPEC('payments_payment_v2.json');
const SUBSCRIPTIONS = SPEC('billing_subscriptions_v1.json');
const RESPONSES =
  'PayPal REST API docs, "Responses" (developer.paypal.com/api/rest/responses): 400 INVALID_REQUEST, 401 AUTHENTICATION_FAILURE, 403 NOT_AUTHORIZED, 404 RESOURCE_NOT_FOUND, 422 UNPROCESSABLE_ENTITY, 429 RATE_LIMIT_REACHED, 500 INTERNAL_SERVER_ERROR';
const TROUBLESHOOT =
  'PayPal REST API docs, "Troubleshooting Orders API errors" (developer.paypal.com/api/rest/integration/orders-api/troubleshooting)';

export const paypalPack: KnowledgePack = {
  system: 'PayPal',
  aliases: ['paypal'],
  families: [
    {
      id: 'paypal.authentication',
      doc: `${RESPONSES}: 401 AUTHENTICATION_FAILURE "Authentication failed due to missing authorization header, or invalid authentication credentials"; PayPal Identity API errors INVALID_CLIENT ("Invalid client credentials": set the correct base64-encoded client_id:secret) and INVALID_TOKEN ("Invalid access token")`,
      codes: /^(AUTHENTICATION_FAILURE|invalid_client|invalid_token)$/i,
      message:
        /authentication failed due to missing authorization header|invalid authentication credentials|client authentication failed|invalid client credentials|invalid access token/i,
      either: true,
      category: 'auth_config',
      why: "PayPal rejected the integration's client id/secret or access token",
    },
    {
      id: 'paypal.permission_denied',
      doc: `${RESPONSES}: 403 NOT_AUTHORIZED "Authorization failed due to insufficient permissions"; ${ORDERS} and ${PAYMENTS}: PERMISSION_DENIED "You do not have permission to access or perform operations on this resource"`,
      codes: /^(NOT_AUTHORIZED|PERMISSION_DENIED)$/i,
      message:
        /authorization failed due to insufficient permissions|(do not|don't) have permission to access or perform operations on this resource|\bPERMISSION_DENIED\b/i,
      either: true,
      category: 'permission_changed',
      why: 'the REST app or the merchant it acts for lacks the permission for this operation',
    },
    {
      id: 'paypal.feature_not_enabled',
      doc: `${ORDERS}: NOT_ENABLED_FOR_CARD_PROCESSING, PAYEE_NOT_ENABLED_FOR_CARD_PROCESSING, NOT_ENABLED_FOR_BANK_PROCESSING, NOT_ENABLED_FOR_APPLE_PAY, NOT_ENABLED_FOR_GOOGLE_PAY, NOT_ENABLED_TO_VAULT_PAYMENT_SOURCE, AUTH_CAPTURE_NOT_ENABLED ("Authorization and Capture feature is not enabled for the merchant"), PLATFORM_FEES_NOT_SUPPORTED, SETUP_ERROR_FOR_BANK, NOT_ELIGIBLE_FOR_TOKEN_PROCESSING ("contact customer support to request permissions"); ${PAYMENTS}: PLATFORM_FEE_NOT_ENABLED; ${SUBSCRIPTIONS}: CARD_SUBSCRIPTIONS_NOT_ENABLED; PayPal troubleshooting "Merchant not enabled for reference transaction"`,
      codes:
        /^(NOT_ENABLED_FOR_[A-Z_]{3,30}|PAYEE_NOT_ENABLED_FOR_[A-Z_]{3,30}|NOT_ENABLED_TO_VAULT_PAYMENT_SOURCE|AUTH_CAPTURE_NOT_ENABLED|PLATFORM_FEES?_NOT_(SUPPORTED|ENABLED)|PAYEE_PRICING_TIER_ID_NOT_ENABLED|SETUP_ERROR_FOR_BANK|NOT_ELIGIBLE_FOR_[A-Z_]{3,40}|CARD_SUBSCRIPTIONS_NOT_ENABLED|MERCHANT_NOT_ENABLED_FOR_REFERENCE_TRANSACTION)$/i,
      message:
        /\b(NOT_ENABLED_FOR_[A-Z_]{3,30}|AUTH_CAPTURE_NOT_ENABLED|CARD_SUBSCRIPTIONS_NOT_ENABLED|MERCHANT_NOT_ENABLED_FOR_REFERENCE_TRANSACTION)\b|account is not set ?up to be able to process|feature is not enabled for the merchant|not enabled for reference transactions?/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.85, defect: 0.1, bad_source_data: 0.05 },
      why: 'the PayPal account is not enabled for this payment type or feature: the business must have PayPal enable it',
    },
    {
      id: 'paypal.payee_account',
      doc: `${ORDERS}: PAYEE_ACCOUNT_RESTRICTED ("The merchant account is restricted"), PAYEE_ACCOUNT_LOCKED_OR_CLOSED ("The merchant account is locked or closed"), PAYEE_ACCOUNT_NOT_VERIFIED, PAYEE_BLOCKED_TRANSACTION ("The Fraud settings for this seller are such that this payment cannot be executed"), TRANSACTION_BLOCKED_BY_PAYEE ("Transaction blocked by Payee's Fraud Protection settings"), TRANSACTION_RECEIVING_LIMIT_EXCEEDED; PayPal troubleshooting "Not authorized" (PAYEE_ACCOUNT_NOT_VERIFIED: the payee must verify their account)`,
      codes:
        /^(PAYEE_ACCOUNT_RESTRICTED|PAYEE_ACCOUNT_LOCKED_OR_CLOSED|PAYEE_ACCOUNT_NOT_VERIFIED|PAYEE_BLOCKED_TRANSACTION|TRANSACTION_BLOCKED_BY_PAYEE|TRANSACTION_RECEIVING_LIMIT_EXCEEDED)$/i,
      message:
        /merchant account is (restricted|locked or closed)|payee account is (restricted|locked or closed)|payee has not verified their account|fraud (protection )?settings|exceeds the receiver's receiving limit/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.85, defect: 0.1, bad_source_data: 0.05 },
      why: "the merchant's own PayPal account is restricted, unverified, limited or its fraud settings block the payment",
    },
    {
      id: 'paypal.instrument_declined',
      doc: `${ORDERS}: INSTRUMENT_DECLINED ("The instrument presented was either declined by the processor or bank, or it can't be used for this payment"), CARD_EXPIRED, PAYER_CANNOT_PAY, PAYMENT_SOURCE_DECLINED_BY_PROCESSOR, PAYMENT_SOURCE_CANNOT_BE_USED, REDIRECT_PAYER_FOR_ALTERNATE_FUNDING, PAYER_ACCOUNT_LOCKED_OR_CLOSED, MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED, REFERENCED_CARD_EXPIRED; ${SUBSCRIPTIONS}: SUBSCRIBER_ACCOUNT_CLOSED/LOCKED/RESTRICTED; PayPal docs "Handle funding failures" (restart the payment so the payer can select a different payment option)`,
      codes:
        /^(INSTRUMENT_DECLINED|CARD_EXPIRED|REFERENCED_CARD_EXPIRED|PAYER_CANNOT_PAY|PAYMENT_SOURCE_DECLINED_BY_PROCESSOR|PAYMENT_SOURCE_CANNOT_BE_USED|PAYMENT_SOURCE_INFO_CANNOT_BE_VERIFIED|REDIRECT_PAYER_FOR_ALTERNATE_FUNDING|PAYER_ACCOUNT_LOCKED_OR_CLOSED|PAYER_ACCOUNT_RESTRICTED|MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED|CARD_BRAND_NOT_SUPPORTED|CARD_TYPE_NOT_SUPPORTED|SUBSCRIBER_ACCOUNT_(CLOSED|LOCKED|RESTRICTED))$/i,
      message:
        /\b(INSTRUMENT_DECLINED|PAYER_CANNOT_PAY|REDIRECT_PAYER_FOR_ALTERNATE_FUNDING)\b|instrument presented was either declined|payer cannot pay for this transaction|payment source is declined by the processor|payer account cannot be used for this transaction/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.85, process_change: 0.1, defect: 0.05 },
      why: "the payer's card or PayPal funding source was declined or cannot be used: the payer must use another one",
    },
    {
      id: 'paypal.duplicate_invoice_id',
      doc: `${ORDERS}: DUPLICATE_INVOICE_ID ("Duplicate Invoice ID detected. To avoid a potential duplicate transaction your account setting requires that Invoice Id be unique for each transaction"); ${PAYMENTS}: DUPLICATE_INVOICE_ID ("Invoice ID was previously used to refund a capture"); PayPal troubleshooting "Duplicate transaction" (DUPLICATE_TRANSACTION)`,
      codes: /^(DUPLICATE_INVOICE_ID|DUPLICATE_TRANSACTION)$/i,
      message:
        /\bDUPLICATE_INVOICE_ID\b|duplicate invoice id detected|invoice (number|id) (has been|was) previously (captured|used)/i,
      either: true,
      category: 'duplicate_record',
      why: 'an invoice_id already used on an earlier PayPal transaction was sent again',
    },
    {
      id: 'paypal.already_processed',
      doc: `${ORDERS}: ORDER_ALREADY_CAPTURED ("Order already captured. If 'intent=CAPTURE' only one capture per order is allowed"), ORDER_ALREADY_AUTHORIZED, ORDER_ALREADY_COMPLETED, ORDER_CANNOT_BE_CONFIRMED, PAYMENT_ALREADY_APPROVED; ${PAYMENTS}: AUTHORIZATION_ALREADY_CAPTURED, PREVIOUSLY_CAPTURED, PREVIOUSLY_VOIDED, CAPTURE_FULLY_REFUNDED`,
      codes:
        /^(ORDER_ALREADY_CAPTURED|ORDER_ALREADY_AUTHORIZED|ORDER_ALREADY_COMPLETED|ORDER_CANNOT_BE_CONFIRMED|PAYMENT_ALREADY_APPROVED|AUTHORIZATION_ALREADY_CAPTURED|PREVIOUSLY_CAPTURED|PREVIOUSLY_VOIDED|CAPTURE_FULLY_REFUNDED)$/i,
      message:
        /\b(ORDER_ALREADY_(CAPTURED|AUTHORIZED)|AUTHORIZATION_ALREADY_CAPTURED)\b|order already (captured|authorized)|authorization has (been )?previously (been )?(captured|voided)|capture has already been fully refunded/i,
      either: true,
      category: 'duplicate_record',
      lean: { defect: 0.6, bad_source_data: 0.3, process_change: 0.1 },
      why: 'the capture, authorization, void or refund was already done: the integration repeats a step of the payment flow',
    },
    {
      id: 'paypal.not_payable',
      doc: `${ORDERS}: ORDER_NOT_APPROVED ("Payer has not yet approved the Order for payment"), ORDER_EXPIRED, ORDER_COMPLETED_OR_VOIDED, PAYER_ACTION_REQUIRED; ${PAYMENTS}: AUTHORIZATION_EXPIRED ("An expired authorization cannot be captured"), AUTHORIZATION_VOIDED, AUTHORIZATION_DENIED`,
      codes:
        /^(ORDER_NOT_APPROVED|ORDER_EXPIRED|ORDER_COMPLETED_OR_VOIDED|PAYER_ACTION_REQUIRED|AUTHORIZATION_EXPIRED|AUTHORIZATION_VOIDED|AUTHORIZATION_DENIED)$/i,
      message:
        /\bORDER_NOT_APPROVED\b|payer has not yet approved the order|order is expired|an? (expired|voided|denied) authorization cannot be captured/i,
      either: true,
      category: 'approval_required',
      lean: { bad_source_data: 0.5, defect: 0.3, process_change: 0.2 },
      why: 'the order was never approved by the payer, or it or its authorization expired or was voided',
    },
    {
      id: 'paypal.totals_mismatch',
      doc: `${ORDERS}: AMOUNT_MISMATCH ("Should equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount"), ITEM_TOTAL_MISMATCH, TAX_TOTAL_MISMATCH, ITEM_TOTAL_REQUIRED, TAX_TOTAL_REQUIRED; ${TROUBLESHOOT}: "Ensure the total amount equals the sum of line items, taxes, and discounts"`,
      codes: /^(AMOUNT_MISMATCH|ITEM_TOTAL_MISMATCH|TAX_TOTAL_MISMATCH|ITEM_TOTAL_REQUIRED|TAX_TOTAL_REQUIRED)$/i,
      message:
        /\b(AMOUNT_MISMATCH|ITEM_TOTAL_MISMATCH|TAX_TOTAL_MISMATCH)\b|should equal item_total \+ tax_total|should equal sum of \((unit_amount|tax) \* quantity\)/i,
      either: true,
      category: 'mapping_error',
      lean: { defect: 0.65, bad_source_data: 0.3, process_change: 0.05 },
      why: "the order's amount breakdown does not add up: the integration computes the totals it sends",
    },
    {
      id: 'paypal.amount_range',
      doc: `${ORDERS}: CANNOT_BE_NEGATIVE ("Must be greater than or equal to 0"), CANNOT_BE_ZERO_OR_NEGATIVE ("Must be greater than zero"), MAX_VALUE_EXCEEDED ("Should be less than or equal to 999999999999999.99"), TRANSACTION_LIMIT_EXCEEDED ("Total payment amount exceeded transaction limit")`,
      codes: /^(CANNOT_BE_NEGATIVE|CANNOT_BE_ZERO_OR_NEGATIVE|MAX_VALUE_EXCEEDED|TRANSACTION_LIMIT_EXCEEDED)$/i,
      message:
        /\bCANNOT_BE_(ZERO_OR_)?NEGATIVE\b|must be greater than (or equal to )?zero|total payment amount exceeded transaction limit/i,
      either: true,
      category: 'value_format',
      why: 'the amount is zero, negative or above what PayPal accepts for this transaction',
    },
    {
      id: 'paypal.malformed',
      doc: `${RESPONSES}: 400 INVALID_REQUEST "Request is not well-formed, syntactically incorrect, or violates schema"; ${ORDERS}: MALFORMED_REQUEST_JSON ("The request JSON is not well formed"), INVALID_PARAMETER_SYNTAX ("The value of a field does not conform to the expected format"), INVALID_PARAMETER_VALUE, INVALID_PARAMETER ("Cannot be specified as part of the request"), INCOMPATIBLE_PARAMETER_VALUE, INVALID_JSON_POINTER_FORMAT, INVALID_PATCH_OPERATION, FIELD_NOT_PATCHABLE, NOT_PATCHABLE, UNSUPPORTED_PATCH_PARAMETER_VALUE, NOT_SUPPORTED, ACTION_DOES_NOT_MATCH_INTENT, INVALID_ARRAY_MAX_ITEMS/MIN_ITEMS; ${SUBSCRIPTIONS}: MISSING_REQUEST_BODY; ${ORDERS} and ${PAYMENTS}: DECIMAL_PRECISION ("If the currency supports decimals, only two decimal place precision is supported"), DECIMALS_NOT_SUPPORTED ("Currency does not support decimals"), MULTI_CURRENCY_ORDER ("Multiple differing values of currency_code are not supported"), AUTH_CAPTURE_CURRENCY_MISMATCH ("Currency of capture must be the same as currency of authorization"), REFUND_CAPTURE_CURRENCY_MISMATCH; PayPal troubleshooting "Currency mismatch"`,
      codes:
        /^(INVALID_REQUEST|DECIMAL_PRECISION|DECIMALS_NOT_SUPPORTED|MULTI_CURRENCY_ORDER|AUTHORIZATION_CURRENCY_MISMATCH|AUTH_CAPTURE_CURRENCY_MISMATCH|AUTH_CURRENCY_MISMATCH|REFUND_CAPTURE_CURRENCY_MISMATCH|CURRENCY_MISMATCH|MALFORMED_REQUEST_JSON|INVALID_PARAMETER_SYNTAX|INVALID_PARAMETER_VALUE|INVALID_PARAMETER|INCOMPATIBLE_PARAMETER_VALUE|INVALID_JSON_POINTER_FORMAT|INVALID_PATCH_OPERATION|FIELD_NOT_PATCHABLE|NOT_PATCHABLE|UNSUPPORTED_PATCH_PARAMETER_VALUE|NOT_SUPPORTED|ACTION_DOES_NOT_MATCH_INTENT|INVALID_ARRAY_M(AX|IN)_ITEMS|MISSING_REQUEST_BODY)$/i,
      message:
        /\b(MALFORMED_REQUEST_JSON|INVALID_PARAMETER_SYNTAX|INVALID_PARAMETER_VALUE|INCOMPATIBLE_PARAMETER_VALUE)\b|request is not well-formed, syntactically incorrect, or violates schema|request json is not well formed|value of a field does not conform to the expected format|\bDECIMAL_PRECISION\b|currency does not support decimals|multiple differing values of currency_code|must be the same as currency of authorization|refund must be in the same currency as the capture/i,
      either: true,
      category: 'malformed_request',
      why: 'PayPal could not parse the request, or a field has the wrong syntax, precision, currency or value for the API: the integration builds it',
    },
    {
      id: 'paypal.missing_parameter',
      doc: `${ORDERS}: MISSING_REQUIRED_PARAMETER ("A required field or parameter is missing"), ONE_OF_PARAMETERS_REQUIRED, REFERENCE_ID_REQUIRED, PAYPAL_REQUEST_ID_REQUIRED ("A PayPal-Request-Id is required"), PATCH_VALUE_REQUIRED, PATCH_PATH_REQUIRED; ${PAYMENTS}: MISSING_REQUIRED_PARAMETER ("A required field / parameter is missing")`,
      codes:
        /^(MISSING_REQUIRED_PARAMETER|ONE_OF_(THE_)?PARAMETERS_REQUIRED|REFERENCE_ID_REQUIRED|PAYPAL_REQUEST_ID_REQUIRED|PATCH_VALUE_REQUIRED|PATCH_PATH_REQUIRED)$/i,
      message: /\bMISSING_REQUIRED_PARAMETER\b|a required field ?(or|\/) ?parameter is missing/i,
      either: true,
      category: 'missing_required_value',
      lean: { defect: 0.6, bad_source_data: 0.35, process_change: 0.05 },
      why: 'a field or parameter PayPal requires is missing from the request',
    },
    {
      id: 'paypal.address',
      doc: `${ORDERS}: POSTAL_CODE_REQUIRED ("The specified country requires a postal code"), CITY_REQUIRED ("The specified country requires a city"), BILLING_ADDRESS_INVALID ("Provided billing address is invalid"), SHIPPING_ADDRESS_INVALID, INVALID_COUNTRY_CODE ("Country code is invalid")`,
      codes:
        /^(POSTAL_CODE_REQUIRED|CITY_REQUIRED|BILLING_ADDRESS_INVALID|SHIPPING_ADDRESS_INVALID|INVALID_COUNTRY_CODE)$/i,
      message:
        /\b(POSTAL_CODE_REQUIRED|CITY_REQUIRED|SHIPPING_ADDRESS_INVALID|BILLING_ADDRESS_INVALID)\b|specified country requires a (postal code|city)|provided (billing|shipping) address is invalid/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.8, defect: 0.15, process_change: 0.05 },
      supersedes: ['paypal.missing_parameter', 'paypal.malformed'],
      why: "the payer's billing or shipping address lacks a postcode or city, or is invalid",
    },
    {
      id: 'paypal.string_length',
      doc: `${ORDERS}: INVALID_STRING_LENGTH ("The value of a field is either too short or too long"), INVALID_STRING_MAX_LENGTH ("The value of a field is too long"); ${SUBSCRIPTIONS}: INVALID_STRING_MIN_LENGTH, INVALID_METADATA_INVOICE_ID ("Invoice id cannot exceed 127 characters"), INVALID_METADATA_CUSTOM_NOTE`,
      codes:
        /^(INVALID_STRING_LENGTH|INVALID_STRING_MAX_LENGTH|INVALID_STRING_MIN_LENGTH|INVALID_METADATA_INVOICE_ID|INVALID_METADATA_CUSTOM_NOTE)$/i,
      message:
        /\bINVALID_STRING_(MAX_)?LENGTH\b|value of (a|the) field is (either too short or )?too long|cannot exceed \d{1,4} characters/i,
      either: true,
      category: 'value_too_long',
      why: 'a text value is longer (or shorter) than PayPal allows for the field',
    },
    {
      id: 'paypal.resource_not_found',
      doc: `${RESPONSES}: 404 RESOURCE_NOT_FOUND "The specified resource does not exist"; ${ORDERS} and ${PAYMENTS}: INVALID_RESOURCE_ID ("Specified resource ID does not exist. Please check the resource ID and try again"), CAPTURE_ID_NOT_FOUND, IDENTIFIER_NOT_FOUND, TOKEN_ID_NOT_FOUND, BILLING_AGREEMENT_NOT_FOUND, PAYPAL_TRANSACTION_ID_NOT_FOUND; PayPal docs "Resource not found" (/api/errors/resource-not-found)`,
      codes:
        /^(RESOURCE_NOT_FOUND|INVALID_RESOURCE_ID|CAPTURE_ID_NOT_FOUND|IDENTIFIER_NOT_FOUND|TOKEN_ID_NOT_FOUND|TRACKER_ID_NOT_FOUND|BILLING_AGREEMENT_NOT_FOUND|PAYPAL_TRANSACTION_ID_NOT_FOUND|USER_NOT_FOUND)$/i,
      message:
        /\bINVALID_RESOURCE_ID\b|specified resource (id )?does not exist|requested resource id was not found|specified (capture|tracker) id does not exist/i,
      either: true,
      category: 'invalid_reference',
      lean: { defect: 0.5, bad_source_data: 0.4, process_change: 0.1 },
      why: 'the PayPal order, capture, authorization or token id sent does not exist (for these credentials and environment)',
    },
    {
      id: 'paypal.currency_not_supported',
      doc: `${TROUBLESHOOT}: CURRENCY_NOT_SUPPORTED ("Make sure the receiving PayPal account accepts the currency"); ${SUBSCRIPTIONS}: CURRENCY_NOT_SUPPORTED_FOR_RECEIVER ("This currency cannot be accepted for this recipient's account"); ${ORDERS}: CURRENCY_NOT_SUPPORTED_FOR_COUNTRY, INVALID_CURRENCY_CODE ("Currency code is invalid or is not currently supported")`,
      codes:
        /^(CURRENCY_NOT_SUPPORTED|CURRENCY_NOT_SUPPORTED_FOR_RECEIVER|CURRENCY_NOT_SUPPORTED_FOR_COUNTRY|INVALID_CURRENCY_CODE)$/i,
      message: /\bCURRENCY_NOT_SUPPORTED(_FOR_(RECEIVER|COUNTRY))?\b|currency cannot be accepted for this recipient/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.65, defect: 0.25, bad_source_data: 0.1 },
      why: "the merchant's PayPal account does not accept this currency: the business must add it, or the integration sends the wrong one",
    },
    {
      id: 'paypal.in_progress',
      doc: `${PAYMENTS}: PREVIOUS_REQUEST_IN_PROGRESS ("A previous request on this resource is currently in progress. Please wait for sometime and try again"); ${ORDERS}: ORDER_COMPLETION_IN_PROGRESS, ORDER_IS_PENDING_APPROVAL`,
      codes: /^(PREVIOUS_REQUEST_IN_PROGRESS|ORDER_COMPLETION_IN_PROGRESS|ORDER_IS_PENDING_APPROVAL)$/i,
      message: /previous request on this resource is currently in progress/i,
      either: true,
      category: 'concurrency',
      why: 'another request on the same PayPal resource is still running: retry later',
    },
    {
      id: 'paypal.refund_not_allowed',
      doc: `${PAYMENTS}: REFUND_NOT_ALLOWED ("Capture cannot be refunded"), REFUND_TIME_LIMIT_EXCEEDED, REFUND_AMOUNT_EXCEEDED ("The refund amount must be less than or equal to the capture amount that has not yet been refunded"), PARTIAL_REFUND_NOT_ALLOWED, PENDING_CAPTURE, TRANSACTION_DISPUTED, REFUND_NOT_PERMITTED_DUE_TO_CHARGEBACK, MAX_NUMBER_OF_REFUNDS_EXCEEDED, REFUND_FAILED_INSUFFICIENT_FUNDS`,
      codes:
        /^(REFUND_NOT_ALLOWED|REFUND_TIME_LIMIT_EXCEEDED|REFUND_AMOUNT_EXCEEDED|PARTIAL_REFUND_NOT_ALLOWED|PENDING_CAPTURE|TRANSACTION_DISPUTED|REFUND_NOT_PERMITTED_DUE_TO_CHARGEBACK|MAX_NUMBER_OF_REFUNDS_EXCEEDED|REFUND_FAILED_INSUFFICIENT_FUNDS)$/i,
      message:
        /capture cannot be refunded|over the time limit to perform a refund|refund amount must be less than or equal to the capture amount|cannot initiate a refund as the capture is pending/i,
      either: true,
      category: 'approval_required',
      lean: { bad_source_data: 0.5, process_change: 0.35, defect: 0.15 },
      why: "the capture's state (pending, disputed, refunded, too old) does not allow this refund",
    },
    {
      id: 'paypal.rate_limit',
      doc: `${RESPONSES}: 429 RATE_LIMIT_REACHED "Too many requests. Blocked due to rate limiting"; PayPal docs "Rate limiting guidelines"`,
      codes: /^RATE_LIMIT_REACHED$/i,
      message: /blocked due to rate limiting/i,
      either: true,
      category: 'rate_limited',
      why: 'PayPal throttled the integration',
    },
    {
      id: 'paypal.internal_error',
      doc: `${RESPONSES}: 500 INTERNAL_SERVER_ERROR "An internal server error has occurred", 503 SERVICE_UNAVAILABLE`,
      codes: /^(INTERNAL_SERVER_ERROR|SERVICE_UNAVAILABLE)$/i,
      message: /an internal server error (has )?occurred/i,
      either: true,
      category: 'upstream_5xx',
      why: 'PayPal failed internally',
    },
  ],
};
