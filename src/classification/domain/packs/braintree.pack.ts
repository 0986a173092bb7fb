import type { KnowledgePack } from './pack.types';

// Braintree's SDKs return {success: false, message, errors: [{attribute, code, message}]} for validation errors and a
// transaction with processor_response_code/text for declines. Its own SDK says the codes are the contract ("the error
// messages returned from the server may change, but the codes will remain the same"), so the families read the code
// first and the documented text where no code came with it.
const VALIDATION =
  'Braintree reference, "Validation errors" (developer.paypal.com/braintree/docs/reference/general/validation-errors/all; the legacy braintreepayments.com transaction validations page)';
const SDK = 'braintree/braintree_ruby lib/braintree/error_codes.rb and its integration specs @61b71d5';
const AUTHORIZATION =
  'Braintree reference, "Authorization responses" (developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses): 2000-class codes are declines by the processor, 3000-class a processor network problem';
const SETTLEMENT =
  'Braintree reference, "Settlement responses" (developer.paypal.com/braintree/docs/reference/general/processor-responses/settlement-responses)';

export const braintreePack: KnowledgePack = {
  system: 'Braintree',
  aliases: ['braintree'],
  families: [
    {
      id: 'braintree.amount_request',
      doc: `${VALIDATION}: 81502 "Amount is required.", 81501 "Amount cannot be negative.", 81503 "Amount is an invalid format."; ${SDK} (AmountIsRequired, AmountCannotBeNegative, AmountFormatIsInvalid)`,
      codes: /^(81501|81502|81503)$/,
      message: /\bamount (is required|cannot be negative|is an invalid format)\b/i,
      either: true,
      category: 'malformed_request',
      lean: { defect: 0.7, bad_source_data: 0.25, process_change: 0.05 },
      why: 'the transaction was sent without a usable amount: how the integration builds it',
    },
    {
      id: 'braintree.merchant_limits',
      doc: `${VALIDATION}: 81528 "Amount is too large." (a merchant-account limit), 81509 "Credit card type is not accepted by this merchant account."`,
      codes: /^(81528|81509)$/,
      message: /^\W{0,4}amount is too large\b|\bcredit card type is not accepted by this merchant account\b/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.55, bad_source_data: 0.4, defect: 0.05 },
      why: "the merchant account's set-up (its limits, the card brands it takes) refuses the payment",
    },
    {
      id: 'braintree.customer_data',
      doc: `${VALIDATION}: 81604 "Email is an invalid format.", 81715 "Credit card number is invalid.", 81710 "Expiration date is invalid.", 81813 "Postal code can only contain letters, numbers, spaces, and hyphens.", 81805/81806/81812 "First name / Last name / Street address is too long.", 91803 "Country name is not an accepted country.", 81827 "US state codes must be two characters …"`,
      codes: /^(81604|81715|81710|81813|81805|81806|81812|91803|81827|81527|91501)$/,
      message:
        /\bemail is an invalid format\b|\bcredit card number is invalid\b|\bexpiration date is invalid\b|\bpostal code can only contain letters\b|\b(first name|last name|street address|order id|custom field) is too long\b|\bcountry name is not an accepted country\b|\bus state codes must be two characters\b/i,
      either: true,
      category: 'value_format',
      why: 'a customer, card or address value is malformed or too long',
    },
    {
      id: 'braintree.address_required',
      doc: `${VALIDATION}: 81808 "Postal code is required.", 81811 "Street address is required.", 81828 "Postal code is required for the card type and processor." (AVS rules of the merchant account)`,
      codes: /^(81808|81811|81828)$/,
      message: /\b(postal code|street address) is required\b/i,
      either: true,
      category: 'missing_required_value',
      lean: { bad_source_data: 0.5, process_change: 0.4, defect: 0.1 },
      why: 'the billing address lacks a postcode or street the merchant account requires',
    },
    {
      id: 'braintree.request_shape',
      doc: `${VALIDATION}: 91530 "Cannot provide a billing address unless also providing a credit card.", 91526 "Custom field is invalid: {field}." (a custom field not registered in the control panel), 91510 "Customer ID is invalid."`,
      codes: /^(91530|91526|91510)$/,
      message:
        /\bcannot provide a billing address unless also providing a credit card\b|\bcustom field is invalid\b|\bcustomer id is invalid\b/i,
      either: true,
      category: 'mapping_error',
      why: 'the request combines or names fields in a way Braintree does not accept',
    },
    {
      id: 'braintree.duplicate_card',
      doc: `${SDK}: 81724 DuplicateCardExists "Duplicate card exists in the vault." (raised when the request sets fail_on_duplicate_payment_method)`,
      codes: /^81724$/,
      message: /\bduplicate card exists in the vault\b/i,
      either: true,
      category: 'duplicate_record',
      why: 'the card is already stored in the vault',
    },
    {
      id: 'braintree.declined',
      doc: `${AUTHORIZATION}; ${SDK}: "2000 : Do Not Honor", "2046 : Declined", "2004 : Expired Card", "2015 : Transaction Not Allowed"`,
      codes: /^20[0-9]{2}$/,
      message: /\b20\d\d ?: ?(do not honor|declined|expired card|transaction not allowed|insufficient funds)\b/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.8, defect: 0.15, process_change: 0.05 },
      why: "the card's issuer declined the payment: the payer's card, not the integration",
    },
    {
      id: 'braintree.network',
      doc: `${AUTHORIZATION}: 3000 "Processor Network Unavailable - Try Again"`,
      codes: /^3000$/,
      message: /\bprocessor network unavailable\b/i,
      either: true,
      category: 'upstream_5xx',
      why: "the processor's network was unavailable: a retry goes through",
    },
    {
      id: 'braintree.settlement_state',
      doc: `${SETTLEMENT}: 4003 "Already Captured", 4004 "Already Refunded"; ${SDK}: 91506 CannotRefundUnlessSettled`,
      codes: /^(4003|4004|91506)$/,
      message: /^\W{0,4}already (captured|refunded)\b|\bcannot refund transaction unless it is settled\b/i,
      either: true,
      category: 'approval_required',
      lean: { defect: 0.6, process_change: 0.3, bad_source_data: 0.1 },
      why: "the transaction's settlement state does not allow the action: the integration can check it first",
    },
    {
      id: 'braintree.paypal_case',
      doc: `${SETTLEMENT}: 4018 "PayPal Pending Payments Not Supported", 4019 "PayPal Refund Transaction with an Open Case Not Allowed", 4006 "Capture Amount Exceeded Allowable Limit"`,
      codes: /^(4018|4019|4006)$/,
      message:
        /\bpaypal pending payments not supported\b|\brefund transaction with an open case not allowed\b|\bcapture amount exceeded allowable limit\b/i,
      either: true,
      category: 'approval_required',
      why: 'an open case, a pending PayPal payment or the capture limit holds the settlement',
    },
  ],
};
