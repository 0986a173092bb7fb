import { braintreePack } from './braintree.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['braintree.amount_request', '81502', 'Amount is required.'],
  ['braintree.merchant_limits', '81509', 'Credit card type is not accepted by this merchant account.'],
  ['braintree.customer_data', '81604', 'Email is an invalid format.'],
  ['braintree.customer_data', '', 'Street address is too long.'],
  ['braintree.address_required', '81808', 'Postal code is required.'],
  ['braintree.request_shape', '91526', 'Custom field is invalid: store_code.'],
  ['braintree.duplicate_card', '81724', 'Duplicate card exists in the vault.'],
  ['braintree.declined', '2004', ''],
  ['braintree.declined', '', '2000 : Do Not Honor'],
  ['braintree.network', '3000', 'Processor Network Unavailable - Try Again'],
  ['braintree.settlement_state', '', 'Cannot refund transaction unless it is settled.'],
  ['braintree.paypal_case', '4019', 'PayPal Refund Transaction with an Open Case Not Allowed'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['braintree.amount_request', '81528', 'Amount is too large.'],
  ['braintree.merchant_limits', '81502', 'Amount is required.'],
  ['braintree.customer_data', '81808', 'Postal code is required.'],
  ['braintree.address_required', '81813', 'Postal code can only contain letters, numbers, spaces, and hyphens.'],
  ['braintree.request_shape', '81527', 'Custom field is too long.'],
  ['braintree.duplicate_card', '', 'Duplicate transaction: a sale of the same amount on this card a minute ago'],
  ['braintree.declined', '3000', 'Processor Network Unavailable - Try Again'],
  ['braintree.network', '2046', 'Declined'],
  ['braintree.settlement_state', '4019', 'PayPal Refund Transaction with an Open Case Not Allowed'],
  ['braintree.paypal_case', '4004', 'Already Refunded'],
];

describePackTable(braintreePack, positives, nearMisses);
