import { describePackTable, type PackRow } from './pack-table.test-support';
import { recurlyPack } from './recurly.pack';

// One row per documented family: the documented code or wording with values filled in.
const positives: PackRow[] = [
  ['recurly.not_found', 'not_found', "Couldn't find Account with code = acct-1045"],
  ['recurly.no_billing_info', 'not_found', 'Account has no billing information'],
  ['recurly.no_billing_info', 'no_billing_information', 'The account has no billing information.'],
  ['recurly.validation', 'validation', 'Email is invalid'],
  ['recurly.taken', 'validation', 'Code has already been taken.'],
  [
    'recurly.bad_request',
    'invalid_api_version',
    "That accept header isn't in the format we use to specify an API version. Try one of these instead:",
  ],
  ['recurly.bad_request', 'bad_request', 'Bad request, perhaps invalid JSON?'],
  ['recurly.auth', 'invalid_api_key', 'The API key is invalid.'],
  ['recurly.permissions', 'invalid_permissions', 'This API key does not have permission to access this resource.'],
  ['recurly.missing_feature', 'missing_feature', 'Feature not enabled on site'],
  ['recurly.invalid_token', 'invalid_token', 'Token has expired'],
  ['recurly.simultaneous', 'simultaneous_request', 'Another request is being processed for this account.'],
  ['recurly.immutable_subscription', 'immutable_subscription', "Subscription hasn't been changed"],
  ['recurly.rate_limited', 'rate_limited', 'Too Many Requests'],
  ['recurly.server', 'internal_server_error', 'An internal server error occurred.'],
  ['recurly.transaction', 'transaction', 'The transaction could not be completed.'],
  [
    'recurly.declined',
    'insufficient_funds',
    'Your transaction was declined due to insufficient funds in your account. Please use a different card or contact your bank.',
  ],
  [
    'recurly.declined',
    'transaction',
    'Your transaction was declined. Please use a different card or contact your bank.',
  ],
  ['recurly.declined', 'invalid_card_number', 'Your card number is not valid. Please update your card number.'],
  ['recurly.fraud', 'fraud_stolen_card', 'The transaction was declined.'],
  ['recurly.gateway_configuration', 'invalid_gateway_configuration', 'There was an error processing your transaction.'],
  ['recurly.gateway_configuration', 'currency_not_supported', 'The requested currency is not supported.'],
  ['recurly.gateway_communication', 'gateway_timeout', 'The payment gateway did not respond in time.'],
  ['recurly.transaction_state', 'transaction_already_refunded', 'The transaction has already been refunded.'],
  ['recurly.duplicate_transaction', 'duplicate_transaction', 'A similar transaction was recently submitted.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['recurly.not_found', 'not_found', 'Account has no billing information'],
  ['recurly.no_billing_info', 'not_found', "Couldn't find Account with code = acct-1045"],
  ['recurly.validation', 'validation', 'Code has already been taken.'],
  ['recurly.taken', 'validation', 'Email is invalid'],
  ['recurly.bad_request', 'invalid_api_key', 'The API key is invalid.'],
  ['recurly.auth', 'invalid_permissions', 'This API key does not have permission to access this resource.'],
  ['recurly.permissions', 'invalid_api_key', 'The API key is invalid.'],
  ['recurly.missing_feature', 'invalid_permissions', 'This API key does not have permission to access this resource.'],
  ['recurly.invalid_token', 'invalid_api_key', 'The API key is invalid.'],
  ['recurly.simultaneous', 'rate_limited', 'Too Many Requests'],
  ['recurly.immutable_subscription', 'not_found', "Couldn't find Subscription with uuid = 62b5e3c2"],
  ['recurly.rate_limited', 'simultaneous_request', 'Another request is being processed for this account.'],
  ['recurly.server', 'gateway_timeout', 'The payment gateway did not respond in time.'],
  [
    'recurly.transaction',
    'transaction',
    'Your transaction was declined. Please use a different card or contact your bank.',
  ],
  ['recurly.declined', 'invalid_gateway_configuration', 'There was an error processing your transaction.'],
  ['recurly.fraud', 'declined', 'Your transaction was declined. Please use a different card or contact your bank.'],
  ['recurly.gateway_configuration', 'gateway_timeout', 'The payment gateway did not respond in time.'],
  ['recurly.gateway_communication', 'invalid_gateway_configuration', 'There was an error processing your transaction.'],
  ['recurly.transaction_state', 'duplicate_transaction', 'A similar transaction was recently submitted.'],
  ['recurly.duplicate_transaction', 'validation', 'Code has already been taken.'],
];

describePackTable(recurlyPack, positives, nearMisses);
