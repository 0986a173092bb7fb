import { describePackTable, type PackRow } from './pack-table.test-support';
import { paypalPack } from './paypal.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  [
    'paypal.authentication',
    'AUTHENTICATION_FAILURE',
    'Authentication failed due to missing authorization header, or invalid authentication credentials.',
  ],
  ['paypal.authentication', 'invalid_client', 'Client Authentication failed'],
  [
    'paypal.permission_denied',
    'NOT_AUTHORIZED',
    'Authorization failed due to insufficient permissions. PERMISSION_DENIED: You do not have permission to access or perform operations on this resource.',
  ],
  [
    'paypal.feature_not_enabled',
    'UNPROCESSABLE_ENTITY',
    'NOT_ENABLED_FOR_CARD_PROCESSING: The API Caller account is not setup to be able to process card payments. Please contact PayPal customer support.',
  ],
  [
    'paypal.feature_not_enabled',
    'AUTH_CAPTURE_NOT_ENABLED',
    'Authorization and Capture feature is not enabled for the merchant.',
  ],
  ['paypal.payee_account', 'PAYEE_ACCOUNT_RESTRICTED', 'The merchant account is restricted.'],
  ['paypal.payee_account', '', "Transaction blocked by Payee's Fraud Protection settings."],
  [
    'paypal.instrument_declined',
    'UNPROCESSABLE_ENTITY',
    "INSTRUMENT_DECLINED: The instrument presented was either declined by the processor or bank, or it can't be used for this payment.",
  ],
  ['paypal.instrument_declined', 'CARD_EXPIRED', 'The card is expired'],
  [
    'paypal.duplicate_invoice_id',
    'DUPLICATE_INVOICE_ID',
    'Duplicate Invoice ID detected. To avoid a potential duplicate transaction your account setting requires that Invoice Id be unique for each transaction.',
  ],
  [
    'paypal.already_processed',
    'UNPROCESSABLE_ENTITY',
    "ORDER_ALREADY_CAPTURED: Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
  ],
  [
    'paypal.already_processed',
    'PREVIOUSLY_VOIDED',
    'Authorization has been previously voided and hence cannot be voided again.',
  ],
  [
    'paypal.not_payable',
    'ORDER_NOT_APPROVED',
    "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url.",
  ],
  ['paypal.not_payable', '', 'AUTHORIZATION_EXPIRED: An expired authorization cannot be captured.'],
  [
    'paypal.totals_mismatch',
    'AMOUNT_MISMATCH',
    'Should equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount.',
  ],
  [
    'paypal.totals_mismatch',
    '',
    'ITEM_TOTAL_MISMATCH: Should equal sum of (unit_amount * quantity) across all items for a given purchase_unit.',
  ],
  [
    'paypal.amount_range',
    'CANNOT_BE_ZERO_OR_NEGATIVE',
    'Must be greater than zero. If the currency supports decimals, only two decimal place precision is supported.',
  ],
  ['paypal.amount_range', 'TRANSACTION_LIMIT_EXCEEDED', 'Total payment amount exceeded transaction limit.'],
  [
    'paypal.malformed',
    'INVALID_REQUEST',
    'Request is not well-formed, syntactically incorrect, or violates schema. INVALID_PARAMETER_SYNTAX: The value of a field does not conform to the expected format.',
  ],
  [
    'paypal.malformed',
    'DECIMAL_PRECISION',
    'If the currency supports decimals, only two decimal place precision is supported.',
  ],
  [
    'paypal.malformed',
    'MULTI_CURRENCY_ORDER',
    'Multiple differing values of currency_code are not supported. Entire Order request must have the same currency_code.',
  ],
  ['paypal.missing_parameter', 'MISSING_REQUIRED_PARAMETER', 'A required field or parameter is missing.'],
  [
    'paypal.missing_parameter',
    'INVALID_REQUEST',
    'MISSING_REQUIRED_PARAMETER: A required field / parameter is missing. field: /purchase_units/0/amount',
  ],
  ['paypal.address', 'POSTAL_CODE_REQUIRED', 'The specified country requires a postal code.'],
  [
    'paypal.address',
    'INVALID_REQUEST',
    'Request is not well-formed, syntactically incorrect, or violates schema. SHIPPING_ADDRESS_INVALID: Provided shipping address is invalid.',
  ],
  ['paypal.string_length', 'INVALID_STRING_MAX_LENGTH', 'The value of a field is too long.'],
  ['paypal.string_length', 'INVALID_METADATA_INVOICE_ID', 'Invoice id cannot exceed 127 characters.'],
  [
    'paypal.resource_not_found',
    'RESOURCE_NOT_FOUND',
    'The specified resource does not exist. INVALID_RESOURCE_ID: Specified resource ID does not exist. Please check the resource ID and try again.',
  ],
  [
    'paypal.currency_not_supported',
    'CURRENCY_NOT_SUPPORTED_FOR_RECEIVER',
    "This currency cannot be accepted for this recipient's account.",
  ],
  ['paypal.currency_not_supported', 'UNPROCESSABLE_ENTITY', 'CURRENCY_NOT_SUPPORTED: Currency code is not supported.'],
  [
    'paypal.in_progress',
    'PREVIOUS_REQUEST_IN_PROGRESS',
    'A previous request on this resource is currently in progress. Please wait for sometime and try again.',
  ],
  [
    'paypal.refund_not_allowed',
    'REFUND_TIME_LIMIT_EXCEEDED',
    'You are over the time limit to perform a refund on this capture',
  ],
  [
    'paypal.refund_not_allowed',
    '',
    'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
  ],
  ['paypal.rate_limit', 'RATE_LIMIT_REACHED', 'Too many requests. Blocked due to rate limiting.'],
  ['paypal.internal_error', 'INTERNAL_SERVER_ERROR', 'An internal server error has occurred.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['paypal.authentication', 'NOT_AUTHORIZED', 'Authorization failed due to insufficient permissions.'],
  [
    'paypal.permission_denied',
    'AUTHENTICATION_FAILURE',
    'Authentication failed due to missing authorization header, or invalid authentication credentials.',
  ],
  ['paypal.feature_not_enabled', 'PAYEE_ACCOUNT_RESTRICTED', 'The merchant account is restricted.'],
  ['paypal.payee_account', 'PAYER_ACCOUNT_LOCKED_OR_CLOSED', 'The payer account cannot be used for this transaction.'],
  ['paypal.instrument_declined', 'PAYEE_ACCOUNT_LOCKED_OR_CLOSED', 'The merchant account is locked or closed.'],
  [
    'paypal.duplicate_invoice_id',
    'DUPLICATE_REFERENCE_ID',
    '`reference_id` must be unique if multiple `purchase_unit` are provided.',
  ],
  ['paypal.already_processed', 'ORDER_NOT_APPROVED', 'Payer has not yet approved the Order for payment.'],
  ['paypal.not_payable', 'ORDER_ALREADY_CAPTURED', 'Order already captured.'],
  [
    'paypal.totals_mismatch',
    'DECIMAL_PRECISION',
    'If the currency supports decimals, only two decimal place precision is supported.',
  ],
  [
    'paypal.amount_range',
    'AMOUNT_MISMATCH',
    'Should equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount.',
  ],
  ['paypal.malformed', 'MISSING_REQUIRED_PARAMETER', 'A required field or parameter is missing.'],
  ['paypal.missing_parameter', 'POSTAL_CODE_REQUIRED', 'The specified country requires a postal code.'],
  ['paypal.address', 'INVALID_PARAMETER_VALUE', 'The value of a field is invalid.'],
  ['paypal.string_length', 'INVALID_PARAMETER_SYNTAX', 'The value of a field does not conform to the expected format.'],
  [
    'paypal.resource_not_found',
    'INVALID_REQUEST',
    'Request is not well-formed, syntactically incorrect, or violates schema.',
  ],
  [
    'paypal.currency_not_supported',
    'AUTH_CAPTURE_CURRENCY_MISMATCH',
    'Currency of capture must be the same as currency of authorization.',
  ],
  ['paypal.in_progress', 'ORDER_ALREADY_COMPLETED', 'The order cannot be patched after it is completed.'],
  ['paypal.refund_not_allowed', 'CAPTURE_FULLY_REFUNDED', 'The capture has already been fully refunded'],
  ['paypal.rate_limit', 'TRANSACTION_LIMIT_EXCEEDED', 'Total payment amount exceeded transaction limit.'],
  [
    'paypal.internal_error',
    'PREVIOUS_REQUEST_IN_PROGRESS',
    'A previous request on this resource is currently in progress.',
  ],
];

describePackTable(paypalPack, positives, nearMisses);
