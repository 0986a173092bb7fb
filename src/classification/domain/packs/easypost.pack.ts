import type { KnowledgePack } from './pack.types';

// EasyPost answers {"error": {"code", "message", "errors": [{code?, field, message, suggestion}]}}; a carrier's refusal
// while rating is not an HTTP error but a shipment message ({carrier, type: "rate_error", message}), which EasyPost
// documents as "directly from the carrier". Codes are dotted (ADDRESS.VERIFY.FAILURE), so they are read whole.
const ERRORS =
  'EasyPost docs, "Errors" and the errors guide (docs.easypost.com/docs/errors, docs.easypost.com/guides/errors-guide)';
const SDK_RESPONSES =
  'responses recorded from the EasyPost API in its official SDKs\u2019 tests (EasyPost/easypost-python tests/cassettes @8fcf5e4, EasyPost/easypost-node test/cassettes @ac2a732)';
const MESSAGES = 'EasyPost docs, "Shipment messages" (docs.easypost.com/docs/shipments/messages)';

export const easypostPack: KnowledgePack = {
  system: 'EasyPost',
  aliases: ['easypost'],
  families: [
    {
      id: 'easypost.address_unverified',
      doc: `${ERRORS}: ADDRESS.VERIFY.FAILURE "Address not found"; ${SDK_RESPONSES}: "Unable to verify address." with field errors E.ADDRESS.NOT_FOUND, E.HOUSE_NUMBER.MISSING`,
      codes: /^(ADDRESS\.VERIFY\.FAILURE|E\.ADDRESS\.NOT_FOUND|E\.HOUSE_NUMBER\.MISSING)$/i,
      message: /\bunable to verify address\b|\bhouse number is missing\b/i,
      either: true,
      category: 'value_format',
      why: 'the shipping address could not be verified: the address as the customer entered it',
    },
    {
      id: 'easypost.request',
      doc: `${SDK_RESPONSES}: PARAMETER.REQUIRED "Missing required parameter.", UNPROCESSABLE_ENTITY "The request was understood, but cannot be processed.", PAYLOAD.NOT_FOUND, TRANSACTION.DOES_NOT_EXIST, CREDIT_CARD.NOT_FOUND, BANK_ACCOUNT.INVALID_PARAMS`,
      codes:
        /^(PARAMETER\.REQUIRED|UNPROCESSABLE_ENTITY|PAYLOAD\.NOT_FOUND|TRANSACTION\.DOES_NOT_EXIST|CREDIT_CARD\.NOT_FOUND|BANK_ACCOUNT\.INVALID_PARAMS)$/i,
      message: /^\W{0,4}missing required parameter\b|\bthe request was understood, but cannot be processed\b/i,
      either: true,
      category: 'malformed_request',
      why: 'the request lacks a parameter or names an object EasyPost does not have: the integration builds it',
    },
    {
      id: 'easypost.billing',
      doc: `${ERRORS}: 402 "Payment Required: There is a lack of billing information or insufficient funds."; ${SDK_RESPONSES}: BILLING.INVALID_PAYMENT_GATEWAY_REFERENCE`,
      codes: /^BILLING\.[A-Z_.]{3,60}$/i,
      message: /\bpayment required: there is a lack of billing information or insufficient funds\b/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.8, defect: 0.2 },
      why: "the EasyPost account's billing information or balance does not cover the purchase",
    },
    {
      id: 'easypost.refund_amount',
      doc: `${SDK_RESPONSES}: TRANSACTION.AMOUNT_INVALID "Refund amount is invalid. Please use a valid amount or escalate to finance."`,
      codes: /^TRANSACTION\.AMOUNT_INVALID$/i,
      message: /\brefund amount is invalid\b/i,
      either: true,
      category: 'value_format',
      why: 'the refund amount is not one EasyPost accepts',
    },
    {
      id: 'easypost.carrier_rate',
      doc: `${MESSAGES}: rate_error messages come "directly from the carrier", e.g. "Shipment cannot weigh less than 16oz"; ${SDK_RESPONSES}: UPS "Account numbers should be 6 characters or less."`,
      message: /\bshipment cannot weigh (less|more) than\b|\baccount numbers? should be \d{1,2} characters or less\b/i,
      category: 'value_format',
      lean: { bad_source_data: 0.5, process_change: 0.35, defect: 0.15 },
      why: "the carrier refused to rate the shipment: its weight or the carrier account's set-up",
    },
  ],
};
