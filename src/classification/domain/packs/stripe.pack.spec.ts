import { describePackTable, type PackRow } from './pack-table.test-support';
import { stripePack } from './stripe.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['stripe.resource_missing', 'resource_missing', "No such customer: 'cus_9s6XKzkNRiz8i3'"],
  [
    'stripe.livemode_mismatch',
    'resource_missing',
    "No such token: 'tok_181ER0E9p71uHfeG90clN2MH'; a similar object exists in test mode, but a live mode key was used to make this request.",
  ],
  ['stripe.parameter_invalid', 'parameter_invalid_integer', 'Invalid integer: 19.99'],
  ['stripe.parameter_missing', 'parameter_missing', 'Missing required param: currency.'],
  ['stripe.invalid_contact_value', 'email_invalid', 'Invalid email address: jane@@example.com'],
  ['stripe.amount', 'amount_too_small', 'Amount must be at least $0.50 usd'],
  ['stripe.card', 'card_declined', 'Your card was declined.'],
  [
    'stripe.idempotency_key_in_use',
    'idempotency_key_in_use',
    'There is currently another in-progress request using this Idempotent Key.',
  ],
  [
    'stripe.idempotency_error',
    '',
    "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'order-1045'.",
  ],
  [
    'stripe.lock_timeout',
    'lock_timeout',
    'This object cannot be accessed right now because another API request or Stripe process is currently accessing it.',
  ],
  ['stripe.rate_limit', 'rate_limit', 'Request rate limit exceeded.'],
  ['stripe.api_key', '', 'Invalid API Key provided: sk_live_****1234'],
  ['stripe.inactive', '', 'The price specified is inactive. This field only accepts prices that are active.'],
  ['stripe.inactive', '', 'This product is archived and cannot be used on new prices.'],
  ['stripe.invoice_not_editable', 'invoice_not_editable', 'You can only modify draft invoices.'],
  ['stripe.resource_already_exists', 'resource_already_exists', 'Coupon already exists.'],
  ['stripe.account_not_activated', 'testmode_charges_only', 'Your account cannot currently make live charges.'],
  [
    'stripe.currency',
    '',
    'You cannot combine currencies on a single customer. This customer has had a subscription, coupon, or invoice item with currency usd',
  ],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  [
    'stripe.resource_missing',
    'resource_missing',
    "No such token: 'tok_181ER0E9p71uHfeG90clN2MH'; a similar object exists in test mode, but a live mode key was used to make this request.",
  ],
  ['stripe.livemode_mismatch', 'resource_missing', "No such customer: 'cus_9s6XKzkNRiz8i3'"],
  ['stripe.parameter_invalid', 'parameter_missing', 'Missing required param: currency.'],
  ['stripe.parameter_missing', 'parameter_unknown', 'Received unknown parameter: metadata[order]'],
  ['stripe.invalid_contact_value', 'card_declined', 'Your card was declined.'],
  ['stripe.amount', 'invalid_number', 'Your card number is invalid.'],
  ['stripe.card', 'amount_too_small', 'Amount must be at least $0.50 usd'],
  [
    'stripe.idempotency_key_in_use',
    'idempotency_error',
    'Keys for idempotent requests can only be used with the same parameters they were first used with.',
  ],
  [
    'stripe.idempotency_error',
    'idempotency_key_in_use',
    'There is currently another in-progress request using this Idempotent Key.',
  ],
  ['stripe.lock_timeout', 'rate_limit', 'Request rate limit exceeded.'],
  [
    'stripe.rate_limit',
    'lock_timeout',
    'This object cannot be accessed right now because another API request is currently accessing it.',
  ],
  [
    'stripe.api_key',
    'livemode_mismatch',
    'a similar object exists in live mode, but a test mode key was used to make this request.',
  ],
  ['stripe.inactive', 'resource_missing', "No such price: 'price_1MoBy5LkdIwHu7ix'"],
  ['stripe.invoice_not_editable', 'resource_missing', "No such invoice: 'in_1MtHbELkdIwHu7ix'"],
  [
    'stripe.resource_already_exists',
    'idempotency_key_in_use',
    'There is currently another in-progress request using this Idempotent Key.',
  ],
  [
    'stripe.account_not_activated',
    'livemode_mismatch',
    'a similar object exists in test mode, but a live mode key was used to make this request.',
  ],
  ['stripe.currency', '', 'Invalid currency: xyz. Stripe currently supports these currencies: usd, eur'],
];

describePackTable(stripePack, positives, nearMisses);
