import { chargebeePack } from './chargebee.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// One row per documented family: the documented code or wording with values filled in.
const positives: PackRow[] = [
  ['chargebee.resource_not_found', 'resource_not_found', 'Plan is not present'],
  ['chargebee.resource_not_found', '', 'Customer is not present'],
  ['chargebee.site_not_found', 'site_not_found', 'Sorry, we could not find the site acme-test'],
  ['chargebee.param_wrong_value', 'param_wrong_value', 'email : invalid email'],
  ['chargebee.duplicate_entry', 'duplicate_entry', 'The value cus_1045 is already present.'],
  ['chargebee.invalid_request', 'invalid_request', 'The request is not valid.'],
  ['chargebee.configuration_incompatible', 'configuration_incompatible', 'Consolidated invoicing is not enabled.'],
  [
    'chargebee.gateway_currency',
    'payment_gateway_currency_incompatible',
    'The gateway is not configured for currency EUR.',
  ],
  ['chargebee.invalid_state', 'invalid_state_for_request', 'Subscription is in cancelled state.'],
  [
    'chargebee.payment_failed',
    'payment_processing_failed',
    'Subscription cannot be created as we are not able to collect EUR 10,00 from your card on file. Error message: (card_declined) Your card was declined.',
  ],
  ['chargebee.payment_method_verification', 'payment_method_verification_failed', 'Card verification failed.'],
  ['chargebee.payment_method_missing', 'payment_method_not_present', 'No card is present for the customer.'],
  ['chargebee.payment_intent', 'payment_intent_invalid', 'Payment intent is invalid.'],
  ['chargebee.resource_limit', 'resource_limit_exceeded', 'Limit exceeded for coupons.'],
  ['chargebee.authentication', 'api_authentication_failed', 'Sorry, authentication failed. Invalid api key.'],
  ['chargebee.authorization', 'api_authorization_failed', 'Sorry, the api key is not authorized.'],
  ['chargebee.request_blocked', 'request_blocked', 'Requests are blocked for this site.'],
  ['chargebee.rate_limit', 'api_request_limit_exceeded', 'Sorry, access has been blocked temporarily.'],
  ['chargebee.lock_timeout', 'lock_timeout', 'Another request is in progress on this resource.'],
  ['chargebee.unavailable', 'site_read_only_mode', 'The site is in read only mode.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['chargebee.resource_not_found', 'site_not_found', 'Sorry, we could not find the site acme-test'],
  ['chargebee.site_not_found', 'resource_not_found', 'Plan is not present'],
  ['chargebee.param_wrong_value', 'duplicate_entry', 'The value cus_1045 is already present.'],
  ['chargebee.duplicate_entry', 'param_wrong_value', 'email : invalid email'],
  ['chargebee.invalid_request', 'param_wrong_value', 'email : invalid email'],
  [
    'chargebee.configuration_incompatible',
    'payment_gateway_currency_incompatible',
    'The gateway is not configured for currency EUR.',
  ],
  ['chargebee.gateway_currency', 'configuration_incompatible', 'Consolidated invoicing is not enabled.'],
  ['chargebee.invalid_state', 'lock_timeout', 'Another request is in progress on this resource.'],
  ['chargebee.payment_failed', 'payment_method_not_present', 'No card is present for the customer.'],
  ['chargebee.payment_method_verification', 'payment_processing_failed', 'Payment could not be collected.'],
  ['chargebee.payment_method_missing', 'payment_method_verification_failed', 'Card verification failed.'],
  ['chargebee.payment_intent', 'payment_processing_failed', 'Payment could not be collected.'],
  ['chargebee.resource_limit', 'api_request_limit_exceeded', 'Sorry, access has been blocked temporarily.'],
  ['chargebee.authentication', 'api_authorization_failed', 'Sorry, the api key is not authorized.'],
  ['chargebee.authorization', 'api_authentication_failed', 'Sorry, authentication failed. Invalid api key.'],
  ['chargebee.request_blocked', 'api_authorization_failed', 'Sorry, the api key is not authorized.'],
  ['chargebee.rate_limit', 'lock_timeout', 'Another request is in progress on this resource.'],
  ['chargebee.lock_timeout', 'api_request_limit_exceeded', 'Sorry, access has been blocked temporarily.'],
  ['chargebee.unavailable', 'invalid_state_for_request', 'Subscription is in cancelled state.'],
];

describePackTable(chargebeePack, positives, nearMisses);
