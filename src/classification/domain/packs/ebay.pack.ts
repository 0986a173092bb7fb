import type { KnowledgePack } from './pack.types';

// eBay's REST APIs answer {"errors": [{errorId, domain, category, message, longMessage, parameters}]}; eBay's own
// OpenAPI contracts list every errorId of each operation with its category (REQUEST, BUSINESS, APPLICATION) and text.
const FULFILLMENT =
  'eBay Sell Fulfillment API v1 OpenAPI contract, x-response-codes (eBay Inc.; v1.11.0 as copied in hefawei/OpenAPI_Ebay_v3 @a30ca22)';
const INVENTORY =
  'eBay Sell Inventory API v1 OpenAPI contract, x-response-codes (eBay Inc.; developer.ebay.com/api-docs/master/sell/inventory/openapi/3/sell_inventory_v1_oas3.json, v1.13.0 as copied in MinotaurLogistics/EbayInventoryApi @f42f694)';
const KB = 'eBay developer knowledge base';

export const ebayPack: KnowledgePack = {
  system: 'eBay',
  aliases: ['ebay'],
  families: [
    {
      id: 'ebay.system',
      doc: `${FULFILLMENT}: 30500 "System error" (APPLICATION); ${INVENTORY}: 25001 "A system error has occurred.", 25025 "Concurrent access of the same Inventory or Inventory Item Group object is not allowed. Please try again later."; Post-Order 1001 "Application encountered an internal error."`,
      codes: /^(30500|25001|25025|1001)$/,
      message:
        /\ba system error has occurred\b|\bany system error\b|\bconcurrent access of the same inventory\b|\bapplication encountered an internal error\b/i,
      either: true,
      category: 'upstream_5xx',
      why: 'eBay failed on its own side, or two writes to one inventory object met: a retry goes through',
    },
    {
      id: 'ebay.request',
      doc: `${FULFILLMENT}: 32200 "Invalid line item id", 32500 "Invalid shipped date", 32600 "Invalid input data", 30830/30850 (date-range filters), 34907 "The amount value must be positive and within two decimals.", 34909 "The amount currency isn't correct."; ${INVENTORY}: 25709 "Invalid value for {fieldName}.", 25710 "We didn't find the resource/entity you are requesting."; Trading 2 "Unsupported API call."`,
      codes: /^(32200|32500|32600|30830|30850|34907|34909|25709|25710|2)$/,
      message:
        /\binvalid line item id\b|\binvalid shipped date\b|\bthe amount value must be positive and within two decimals\b|\bthe amount currency isn'?t correct\b|\bwe didn'?t find the resource\/entity you are requesting\b|\bunsupported api call\b/i,
      either: true,
      category: 'malformed_request',
      why: "the request's ids, dates or amounts are not in the form the API takes",
    },
    {
      id: 'ebay.order_not_found',
      doc: `${FULFILLMENT}: 32100 "Invalid order ID: {orderId}", 34913 "Can not find the order."`,
      codes: /^(32100|34913)$/,
      message: /\binvalid order id\b|\bcan ?not find the order\b/i,
      either: true,
      category: 'invalid_reference',
      why: 'eBay has no order with this id (or the id is not the eBay order id)',
    },
    {
      id: 'ebay.listing_data',
      doc: `${INVENTORY}: 25017 "{fieldName} is missing.", 25005 "… has an invalid category ID.", 25021 "… has invalid item condition information.", 25707 "This is an invalid value for a SKU.", 25702 "{skuValue} could not be found or is not available in the system."`,
      codes: /^(25017|25005|25021|25707|25702)$/,
      message:
        /\bhas an invalid category id\b|\bhas invalid item condition information\b|\bthis is an invalid value for a sku\b|\bcould not be found or is not available in the system\b/i,
      either: true,
      category: 'value_format',
      why: "the listing's own data (a field, its category, condition or SKU) is missing or invalid",
    },
    {
      id: 'ebay.seller_setup',
      doc: `${INVENTORY}: 25007/25008/25009 "… has invalid data in the associated Fulfillment / Payment / Return policy.", 25012 "Invalid inventory location.", 25018 "Incomplete account information.", 25026 "Selling limit exceeded."; ${FULFILLMENT}: 32400 "Requested user is suspended"`,
      codes: /^(25007|25008|25009|25012|25018|25026|32400)$/,
      message:
        /\bhas invalid data in the associated (fulfillment|payment|return) policy\b|\binvalid (inventory )?location\b|\bincomplete account information\b|\bselling limits? exceeded\b|\brequested user is suspended\b/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.7, defect: 0.2, bad_source_data: 0.1 },
      why: "the seller's account, business policies, location or selling limits refuse the listing",
    },
    {
      id: 'ebay.refund_state',
      doc: `${FULFILLMENT}: issueRefund 34916 "A post-transaction case exists on this order …", 34917 "The order status is not correct, refund can't be triggered …", 34920 "This order is out of time to trigger refund." (409, BUSINESS)`,
      codes: /^(34916|34917|34920)$/,
      message:
        /\ba post-transaction case exists on this order\b|\bthe order status is not correct, refund can'?t be triggered\b|\bthis order is out of time to trigger refund\b/i,
      either: true,
      category: 'approval_required',
      why: "the order's case, status or age does not allow a seller refund",
    },
    {
      id: 'ebay.refund_amount',
      doc: `${FULFILLMENT}: 34915 "The refund amount exceeds order amount."`,
      codes: /^34915$/,
      message: /\bthe refund amount exceeds order amount\b/i,
      either: true,
      category: 'value_format',
      why: 'the refund is larger than the order',
    },
    {
      id: 'ebay.tracking',
      doc: `${FULFILLMENT}: 32300 "Invalid shipment tracking number or carrier"`,
      codes: /^32300$/,
      message: /\binvalid shipment tracking number or carrier\b/i,
      either: true,
      category: 'value_format',
      why: 'the tracking number or carrier code of the shipment is not valid',
    },
    {
      id: 'ebay.permissions',
      doc: `${KB}: 1100 and 75015 "Insufficient permissions to fulfill the request." (KBid 5208: the wrong kind of token for the call; KBid 5109: the seller account not set up for the API)`,
      codes: /^(1100|75015)$/,
      message: /\binsufficient permissions to fulfill the request\b/i,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.55, process_change: 0.45 },
      why: "the token or the seller's account lacks access to the call",
    },
    {
      id: 'ebay.user_error',
      doc: `${INVENTORY}: 25002 "A user error has occurred. {additionalInfo}" (a catch-all: the additional information says what)`,
      codes: /^25002$/,
      message: /\ba user error has occurred\b|\bany user error\b/i,
      either: true,
      fallback: true,
      category: 'value_format',
      lean: { defect: 0.5, bad_source_data: 0.4, process_change: 0.1 },
      why: 'eBay refused the request for a reason its additional information names',
    },
  ],
};
