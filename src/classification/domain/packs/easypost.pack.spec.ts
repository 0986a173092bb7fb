import { easypostPack } from './easypost.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['easypost.address_unverified', 'ADDRESS.VERIFY.FAILURE', 'Unable to verify address.'],
  ['easypost.address_unverified', '', 'House number is missing'],
  ['easypost.request', 'PARAMETER.REQUIRED', 'Missing required parameter.'],
  ['easypost.billing', '', 'Payment Required: There is a lack of billing information or insufficient funds.'],
  [
    'easypost.refund_amount',
    'TRANSACTION.AMOUNT_INVALID',
    'Refund amount is invalid. Please use a valid amount or escalate to finance.',
  ],
  ['easypost.carrier_rate', '', 'Shipment cannot weigh less than 16oz'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['easypost.address_unverified', 'PARAMETER.REQUIRED', 'Missing required parameter.'],
  ['easypost.request', 'ADDRESS.VERIFY.FAILURE', 'Unable to verify address.'],
  ['easypost.billing', 'TRANSACTION.AMOUNT_INVALID', 'Refund amount is invalid.'],
  ['easypost.refund_amount', '', 'Payment Required: There is a lack of billing information or insufficient funds.'],
  ['easypost.carrier_rate', '', 'Weight must be greater than zero'],
];

describePackTable(easypostPack, positives, nearMisses);
