import type { KnowledgePack } from './pack.types';

// Adyen APIs (Checkout, classic Payment/Recurring). An error body is {status, errorCode, message,
// errorType: internal|validation|security|configuration}; refused payments come back 200 with
// resultCode Refused and a refusalReason. The documents the families come from:
const CODES =
  'Adyen docs, "Error codes and messages" (docs.adyen.com/development-resources/error-codes), generic and Checkout error codes';
const HTTP =
  'Adyen docs, "Response handling" (docs.adyen.com/development-resources/response-handling): 401 "Authentication required", 403 "Insufficient permission to process request", 500';
const REFUSAL = 'Adyen docs, "Refusal reasons" (docs.adyen.com/development-resources/refusal-reasons)';

export const adyenPack: KnowledgePack = {
  system: 'Adyen',
  aliases: ['adyen'],
  families: [
    {
      id: 'adyen.unauthorised',
      doc: `${CODES}, 000 with message "Unauthorised": "The API key or Auth credentials are incorrect"; ${HTTP}`,
      message: /\bunauthori[sz]ed\b|api key or auth credentials are incorrect|authentication required/i,
      category: 'auth_config',
      why: "Adyen rejected the integration's API key or web service user credentials",
    },
    {
      id: 'adyen.not_allowed',
      doc: `${CODES}, 010 "Not allowed": the API credential is missing required roles, or the API user is incorrect; ${HTTP}: 403 "Insufficient permission to process request"`,
      codes: /^010$/i,
      message: /^(010 ?-? ?)?not allowed\.?$|insufficient permission to process request/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.55, defect: 0.45 },
      why: 'the API credential lacks a role (for example the Checkout webservice role) that a Customer Area admin or Adyen must grant',
    },
    {
      id: 'adyen.missing_field',
      doc: `${CODES}, 100 "Required object 'amount' is not provided" (add the missing parameter; compare your request with a standard request for that endpoint), 130 "Reference Missing", 154-158 ("Required field {0} not specified"), 168, 186, 191, 918 "Required object 'card' is not provided", 927 "Missing payment details", 14_002, 14_004, 14_006, 14_030 "Return URL is missing", 14_036`,
      codes: /^(100|130|154|155|156|157|158|168|186|191|918|927|14_002|14_004|14_006|14_030|14_036)$/i,
      message:
        /required (field|object) '?[\w.]{1,60}'? (is not provided|not specified)|reference missing|missing required field '?channel/i,
      either: true,
      category: 'missing_required_value',
      lean: { defect: 0.65, bad_source_data: 0.3, process_change: 0.05 },
      why: 'a field or object the Adyen request needs is missing: the integration builds the request',
    },
    {
      id: 'adyen.missing_shopper_data',
      doc: `${CODES}, 120 "Required field 'shopperEmail' is not provided", 122 'telephoneNumber', 127 'accountHolderName', 128 'card.holderName', 131-133 and 135 'billingAddress.city/street/houseNumberOrName/stateOrProvince', 147-149 and 151 'deliveryAddress.*', 194 "Billing address missing"`,
      codes: /^(120|122|127|128|131|132|133|135|147|148|149|151|194)$/i,
      message:
        /required field '(shopperEmail|telephoneNumber|accountHolderName|card\.holderName|billingAddress\.[a-zA-Z]{1,30}|deliveryAddress\.[a-zA-Z]{1,30})' is not provided|billing address missing/i,
      either: true,
      category: 'missing_required_value',
      supersedes: ['adyen.missing_field'],
      why: "the shopper's email, phone, name or billing/delivery address field is empty for this payment",
    },
    {
      id: 'adyen.invalid_card',
      doc: `${CODES}, 101 "Invalid card number", 102 "Unable to determine variant", 103 "CVC is not the right length", 129 "Expiry Date Invalid", 140/141 "Invalid expiryMonth[1..12] / expiryYear[>2000]", 153 "Invalid CVC"`,
      codes: /^(101|102|103|129|140|141|153)$/i,
      message:
        /invalid card number|unable to determine variant|cvc is not the right length|expiry date invalid|invalid expirymonth/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.8, defect: 0.15, process_change: 0.05 },
      why: 'the card number, CVC or expiry date the shopper gave is invalid',
    },
    {
      id: 'adyen.invalid_shopper_data',
      doc: `${CODES}, 108 "Invalid bankaccount number", 116 "Invalid date of birth", 117 "Invalid billing address", 118 "Invalid delivery address", 119 "Invalid shopper name", 124 "Invalid PhoneNumber", 146 "Invalid social security number", 161 "Invalid iban", 163 "Invalid bic", 181 "Invalid shopperEmail", 200 "Invalid country code", 203 "Invalid Bank account holder name", 963/964 company registration number/name`,
      codes: /^(108|116|117|118|119|124|146|161|162|163|181|200|203|963|964)$/i,
      message:
        /^invalid (bankaccount number|date of birth|billing address|delivery address|shopper name|phonenumber|social security number|iban|bic|shopperemail|country code|bank account holder name|company (registration number|name))\b/i,
      either: true,
      category: 'value_format',
      why: "a shopper's detail (birth date, address, name, phone, email, IBAN, country) is invalid",
    },
    {
      id: 'adyen.field_too_long',
      doc: `${CODES}, 29_001 "Field '{0}' may not exceed {1} characters", 198 "Reference may not exceed 79 characters"`,
      codes: /^(29_001|198)$/i,
      message: /may not exceed \d{1,5} characters/i,
      either: true,
      category: 'value_too_long',
      why: 'a text value is longer than Adyen allows for the field',
    },
    {
      id: 'adyen.invalid_request',
      doc: `${CODES}, 000 "Unable to parse message", 702 "Problem parsing request", 902 "Invalid or empty request data", 908 "Invalid request", 175 "Unable to parse JSON data", 185/187 "Invalid additionalData (field)", 192 "Invalid field {0}", 14_018 "Invalid payload provided", 15_004/15_005, 29_100 "The request is larger than the allowed maximum"`,
      codes: /^(702|902|908|175|185|187|192|14_018|15_004|15_005|29_100)$/i,
      message:
        /unable to parse (message|json data)|problem parsing request|invalid or empty request data|invalid payload provided/i,
      either: true,
      category: 'malformed_request',
      why: 'Adyen could not parse the request or a field is not valid for the API: the integration builds it',
    },
    {
      id: 'adyen.amount',
      doc: `${CODES}, 137 "Field 'amount' is not valid", 166 "Amount not allowed for this operation", 115 "Total amount is not the same as the sum of the lines", 919 ("The 'additionalAmount' currency should be the same currency as the payment"), 920 "Total payment amount should be equal or greater than zero", 916 "The transaction amount exceeds the allowed limit for this type of card"`,
      codes: /^(115|137|166|916|919|920)$/i,
      message:
        /field 'amount' is not valid|amount not allowed for this operation|total amount is not the same as the sum of the lines|total payment amount should be equal or greater than zero/i,
      either: true,
      category: 'value_format',
      lean: { defect: 0.55, bad_source_data: 0.4, process_change: 0.05 },
      why: "the amount is invalid, negative, above the card's limit or does not equal the sum of the invoice lines",
    },
    {
      id: 'adyen.invalid_merchant_account',
      doc: `${CODES}, 901 "Invalid Merchant Account"; 931 "There is no merchant with the code {0}"`,
      codes: /^(901|931)$/i,
      message: /invalid merchant account|there is no merchant with the code/i,
      either: true,
      category: 'auth_config',
      why: 'the merchantAccount the integration sends is wrong or not linked to its API credential',
    },
    {
      id: 'adyen.not_configured',
      doc: `${CODES}, 905 "Payment details are not supported", 905_x "No specified acquirer account found", 907 "Payment details are not supported for this country/ MCC combination", 107 "Recurring is not enabled", 138 "Unsupported currency specified", 923 "No registered account for AccountUpdater", 14_0428 "Merchant account is missing Pay by Link permission(s)", 950-967 "Configuration Error (...)"`,
      codes: /^(905|905_\d{1,2}|907|107|138|923|14_0428|95\d|96[0-7])$/i,
      message:
        /payment details are not supported|no specified acquirer account found|recurring is not enabled|unsupported currency specified|missing pay by link permission|^configuration error \(/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.8, defect: 0.15, bad_source_data: 0.05 },
      why: 'the payment method, currency, recurring or acquirer set-up is not enabled for this merchant account: the business must have it configured',
    },
    {
      id: 'adyen.stored_details',
      doc: `${CODES}, 800 "Contract not found", 802 "Invalid contract", 803 "PaymentDetail not found", 805 "RecurringDetailReference not available for provided recurring-contract", 806 "No applicable contractTypes left for this payment-method", 125/183 "Invalid recurring contract", 180 "Invalid shopperReference"`,
      codes: /^(800|802|803|805|806|125|180|183)$/i,
      message:
        /contract not found|paymentdetail not found|recurringdetailreference not available|no applicable contracttypes left|invalid recurring contract/i,
      either: true,
      category: 'invalid_reference',
      why: 'the stored payment details (recurring contract) referenced for this shopper do not exist or do not fit the request',
    },
    {
      id: 'adyen.original_reference',
      doc: `${CODES}, 167 "Original pspReference required for this operation", 906 "Invalid Request: Original pspReference is invalid for this environment"`,
      codes: /^(167|906)$/i,
      message: /original pspreference (required for this operation|is invalid for this environment)/i,
      either: true,
      category: 'invalid_reference',
      lean: { defect: 0.65, bad_source_data: 0.3, process_change: 0.05 },
      why: "the capture, refund or cancel names no, a wrong, or another environment's pspReference: the integration keeps these references",
    },
    {
      id: 'adyen.already_processed',
      doc: `${CODES}, 704 "Request already processed or in progress"`,
      codes: /^704$/i,
      message: /request already processed( or in progress)?/i,
      either: true,
      category: 'concurrency',
      why: 'a request with the same idempotency key is in progress or done: the integration sends it twice',
    },
    {
      id: 'adyen.server_error',
      doc: `${CODES}, 701 "Server could not process request", 703 "Required resource temporarily unavailable", 903 "Internal error", 904 "Unable To Process"; ${HTTP}`,
      codes: /^(701|703|903|904)$/i,
      message:
        /required resource temporarily unavailable|server could not process request|^internal error\.?$|^unable to process\.?$/i,
      either: true,
      category: 'upstream_5xx',
      why: 'Adyen failed internally or a resource was temporarily unavailable',
    },
    {
      id: 'adyen.refused',
      doc: `${REFUSAL}: resultCode Refused with refusalReason "Refused", "Not enough balance", "Expired Card", "CVC Declined", "Blocked Card", "Restricted Card", "Invalid Card Number", "AVS Declined", "Declined Non Generic", "Issuer Suspected Fraud", "Withdrawal amount exceeded", "Pin tries exceeded", "3D Not Authenticated"`,
      message:
        /^refused\.?$|\b(not enough balance|expired card|cvc declined|blocked card|restricted card|avs declined|declined non generic|issuer suspected fraud|withdrawal amount exceeded|pin tries exceeded|3d not authenticated)\b/i,
      category: 'value_format',
      lean: { bad_source_data: 0.85, process_change: 0.1, defect: 0.05 },
      why: "the shopper's card was refused by the issuer: the shopper must use another payment method",
    },
    {
      id: 'adyen.acquirer_error',
      doc: `${REFUSAL}: refusalReason values "Acquirer Error" and "Issuer Unavailable"`,
      message: /\b(acquirer error|issuer unavailable)\b/i,
      category: 'upstream_5xx',
      why: 'the acquirer or issuer could not be reached: a retry may succeed',
    },
  ],
};
