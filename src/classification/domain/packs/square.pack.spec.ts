import { describePackTable, type PackRow } from './pack-table.test-support';
import { squarePack } from './square.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['square.auth', 'ACCESS_TOKEN_EXPIRED', 'The provided access token has expired.'],
  ['square.auth', 'UNAUTHORIZED', 'This request could not be authorized.'],
  ['square.access_revoked', 'ACCESS_TOKEN_REVOKED', 'The provided access token has been revoked.'],
  [
    'square.forbidden',
    'INSUFFICIENT_SCOPES',
    'The merchant has not given your application sufficient permissions to do that. The access token does not have permission to execute the requested action.',
  ],
  [
    'square.not_enabled',
    'CARD_PROCESSING_NOT_ENABLED',
    'The location provided in the API call is not enabled for credit card processing.',
  ],
  [
    'square.not_enabled',
    'PAYMENT_LIMIT_EXCEEDED',
    'Square declined the request because the payment amount exceeded the processing limit for this merchant.',
  ],
  ['square.card_declined', 'GENERIC_DECLINE', 'Square received a decline without any additional information.'],
  ['square.card_declined', 'CVV_FAILURE', 'The card issuer declined the request because the CVV value is invalid.'],
  ['square.source_token', 'CARD_TOKEN_USED', 'The provided card token (nonce) was already used to process payment.'],
  ['square.idempotency_key_reused', 'IDEMPOTENCY_KEY_REUSED', 'The provided idempotency key has already been used.'],
  ['square.missing_parameter', 'MISSING_REQUIRED_PARAMETER', 'Missing required parameter: amount_money'],
  ['square.missing_parameter', 'BAD_REQUEST', 'The request is missing a required path, query, or body parameter.'],
  ['square.customer_data', 'INVALID_EMAIL_ADDRESS', 'The provided email address is invalid: jane@@example.com'],
  ['square.customer_data', 'CUSTOMER_MISSING_EMAIL', 'The provided customer does not have a recorded email.'],
  ['square.malformed', 'EXPECTED_INTEGER', 'Expected an integer value.'],
  ['square.malformed', 'INVALID_ENUM_VALUE', "'CARD_PAYMENT' is not a valid enum value for 'source_type'."],
  ['square.invalid_value', 'INVALID_VALUE', "Invalid phone number '555%1234'"],
  ['square.invalid_value', 'VALUE_TOO_HIGH', 'The provided value is greater than the supported maximum.'],
  ['square.value_too_long', 'VALUE_TOO_LONG', 'The provided string value is longer than the maximum length allowed.'],
  ['square.not_found', 'NOT_FOUND', 'Could not find payment with id: GQTFp1ZlXdpoW4o6eGiZhbjosiDFf'],
  [
    'square.not_found',
    'CUSTOMER_NOT_FOUND',
    "The provided customer id can't be found in the merchant's customers list.",
  ],
  ['square.location_mismatch', 'LOCATION_MISMATCH', 'The location_id does not match the location of the order.'],
  ['square.version_mismatch', 'VERSION_MISMATCH', 'Object version does not match latest database version.'],
  ['square.version_mismatch', 'CONFLICT', 'version mismatch: the object was modified'],
  ['square.rate_limited', 'RATE_LIMITED', 'Rate Limited'],
  [
    'square.server_error',
    'TEMPORARY_ERROR',
    'A temporary internal error occurred. You can safely retry your call using the same idempotency key.',
  ],
  ['square.server_error', 'GATEWAY_TIMEOUT', 'Gateway Timeout'],
  [
    'square.delayed_capture_state',
    'DELAYED_TRANSACTION_CAPTURED',
    'The application tried to capture a delayed-capture payment that was already captured.',
  ],
  [
    'square.refund_rejected',
    'REFUND_AMOUNT_INVALID',
    'The requested refund amount exceeds the amount available to refund.',
  ],
  ['square.currency_country', 'UNSUPPORTED_CURRENCY', 'The currency EUR is not supported.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['square.auth', 'ACCESS_TOKEN_REVOKED', 'The provided access token has been revoked.'],
  ['square.access_revoked', 'ACCESS_TOKEN_EXPIRED', 'The provided access token has expired.'],
  [
    'square.forbidden',
    'INSUFFICIENT_PERMISSIONS',
    'The Square account does not have the permissions to accept this payment.',
  ],
  [
    'square.not_enabled',
    'INSUFFICIENT_SCOPES',
    'The access token does not have permission to execute the requested action.',
  ],
  ['square.card_declined', 'CARD_TOKEN_EXPIRED', 'The provided card token (nonce) has expired.'],
  ['square.source_token', 'CARD_EXPIRED', 'The card issuer declined the request because the card is expired.'],
  ['square.idempotency_key_reused', 'SOURCE_USED', 'The provided source id was already used to create a card.'],
  ['square.missing_parameter', 'CUSTOMER_MISSING_NAME', 'The provided customer does not have a recorded name.'],
  ['square.customer_data', 'MISSING_REQUIRED_PARAMETER', 'Missing required parameter: given_name'],
  ['square.malformed', 'INVALID_VALUE', 'The provided value is invalid.'],
  ['square.invalid_value', 'INCORRECT_TYPE', 'The value provided in the request is the wrong type.'],
  ['square.value_too_long', 'VALUE_TOO_SHORT', 'The provided string value is shorter than the minimum length allowed.'],
  ['square.not_found', 'LOCATION_MISMATCH', 'The location_id does not match the location of the order.'],
  ['square.location_mismatch', 'INVALID_LOCATION', 'The Square account cannot take payments in the specified region.'],
  ['square.version_mismatch', 'IDEMPOTENCY_KEY_REUSED', 'The provided idempotency key has already been used.'],
  [
    'square.rate_limited',
    'TRANSACTION_LIMIT',
    'The card issuer has determined the payment amount is either too high or too low.',
  ],
  ['square.server_error', 'BAD_REQUEST', 'A general error occurred with the request.'],
  ['square.delayed_capture_state', 'REFUND_ALREADY_PENDING', 'The payment already has a pending refund.'],
  [
    'square.refund_rejected',
    'DELAYED_TRANSACTION_CANCELED',
    'The application tried to cancel a delayed-capture payment that was already cancelled.',
  ],
  [
    'square.currency_country',
    'CURRENCY_MISMATCH',
    'The currency associated with the payment is not valid for the provided funding source.',
  ],
];

describePackTable(squarePack, positives, nearMisses);
