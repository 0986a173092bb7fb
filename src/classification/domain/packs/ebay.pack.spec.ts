import { ebayPack } from './ebay.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['ebay.system', '25001', 'A system error has occurred. Please try again.'],
  ['ebay.request', '32500', 'Invalid shipped date'],
  ['ebay.order_not_found', '', 'Invalid order ID: 12-34567-89012'],
  [
    'ebay.listing_data',
    '25005',
    'The eBay listing associated with the inventory item, or the unpublished offer has an invalid category ID.',
  ],
  ['ebay.seller_setup', '', 'Incomplete account information. Please set up a payment method.'],
  ['ebay.refund_state', '34920', 'This order is out of time to trigger refund.'],
  ['ebay.refund_amount', '34915', 'The refund amount exceeds order amount.'],
  ['ebay.tracking', '32300', 'Invalid shipment tracking number or carrier'],
  ['ebay.permissions', '1100', 'Insufficient permissions to fulfill the request.'],
  ['ebay.user_error', '25002', 'A user error has occurred. Offer price is below the minimum.'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['ebay.system', '25002', 'A user error has occurred. SKU has no price.'],
  ['ebay.request', '32300', 'Invalid shipment tracking number or carrier'],
  ['ebay.order_not_found', '32200', 'Invalid line item id'],
  ['ebay.listing_data', '25012', 'Invalid inventory location.'],
  ['ebay.seller_setup', '25005', 'The unpublished offer has an invalid category ID.'],
  ['ebay.refund_state', '34915', 'The refund amount exceeds order amount.'],
  ['ebay.refund_amount', '34907', 'The amount value must be positive and within two decimals.'],
  ['ebay.tracking', '32500', 'Invalid shipped date'],
  ['ebay.permissions', '25018', 'Incomplete account information.'],
  // a more particular family says what the user error was
  ['ebay.user_error', '25002', 'A user error has occurred. Incomplete account information.'],
];

describePackTable(ebayPack, positives, nearMisses);
