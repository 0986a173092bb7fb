import { describePackTable, type PackRow } from './pack-table.test-support';
import { adyenPack } from './adyen.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['adyen.unauthorised', '000', 'Unknown: Unauthorised'],
  ['adyen.not_allowed', '010', 'Not allowed'],
  ['adyen.not_allowed', '', 'Insufficient permission to process request'],
  ['adyen.missing_field', '100', "Required object 'amount' is not provided."],
  ['adyen.missing_field', '130', 'Reference Missing'],
  ['adyen.missing_shopper_data', '131', "Required field 'billingAddress.city' is not provided."],
  ['adyen.missing_shopper_data', '', "Required field 'shopperEmail' is not provided."],
  ['adyen.invalid_card', '101', 'Invalid card number'],
  ['adyen.invalid_card', '129', 'Expiry Date Invalid'],
  ['adyen.invalid_shopper_data', '161', 'Invalid iban'],
  ['adyen.invalid_shopper_data', '', 'Invalid date of birth'],
  ['adyen.field_too_long', '29_001', "Field 'shopperStatement' may not exceed 135 characters."],
  ['adyen.field_too_long', '198', 'Reference may not exceed 79 characters'],
  ['adyen.invalid_request', '702', 'Problem parsing request'],
  ['adyen.invalid_request', '000', 'Unable to parse message.'],
  ['adyen.amount', '115', 'Total amount is not the same as the sum of the lines'],
  ['adyen.amount', '920', 'Total payment amount should be equal or greater than zero.'],
  ['adyen.invalid_merchant_account', '901', 'Invalid Merchant Account'],
  ['adyen.not_configured', '905', 'Payment details are not supported'],
  [
    'adyen.not_configured',
    '905_2',
    "No specified acquirer account found for 'visa' for specified acquirer 'AcquirerX' with variant 'visa' for unit 'ShopNL' for Action 'Authorise'",
  ],
  ['adyen.not_configured', '138', 'Unsupported currency specified'],
  ['adyen.stored_details', '800', 'Contract not found'],
  ['adyen.original_reference', '167', 'Original pspReference required for this operation'],
  ['adyen.original_reference', '906', 'Invalid Request: Original pspReference is invalid for this environment'],
  ['adyen.already_processed', '704', 'Request already processed or in progress'],
  ['adyen.server_error', '703', 'Required resource temporarily unavailable'],
  ['adyen.refused', '', 'Not enough balance'],
  ['adyen.refused', '', 'Refused'],
  ['adyen.acquirer_error', '', 'Acquirer Error'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['adyen.unauthorised', '010', 'Not allowed'],
  ['adyen.not_allowed', '166', 'Amount not allowed for this operation'],
  ['adyen.missing_field', '120', "Required field 'shopperEmail' is not provided."],
  ['adyen.missing_shopper_data', '100', "Required object 'amount' is not provided."],
  ['adyen.invalid_card', '161', 'Invalid iban'],
  ['adyen.invalid_shopper_data', '101', 'Invalid card number'],
  ['adyen.field_too_long', '702', 'Problem parsing request'],
  ['adyen.invalid_request', '29_001', "Field 'reference' may not exceed 80 characters."],
  ['adyen.amount', '138', 'Unsupported currency specified'],
  ['adyen.invalid_merchant_account', '000', 'Unknown: Unauthorised'],
  ['adyen.not_configured', '901', 'Invalid Merchant Account'],
  ['adyen.stored_details', '167', 'Original pspReference required for this operation'],
  ['adyen.original_reference', '803', 'PaymentDetail not found'],
  ['adyen.already_processed', '703', 'Required resource temporarily unavailable'],
  ['adyen.server_error', '704', 'Request already processed or in progress'],
  ['adyen.refused', '', 'Acquirer Error'],
  ['adyen.acquirer_error', '', 'Not enough balance'],
];

describePackTable(adyenPack, positives, nearMisses);
