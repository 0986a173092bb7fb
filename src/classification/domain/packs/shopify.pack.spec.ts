import { describePackTable, type PackRow } from './pack-table.test-support';
import { shopifyPack } from './shopify.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['shopify.taken', '', '{"email":["has already been taken"]}'],
  ['shopify.taken', 'TAKEN', 'Email has already been taken'],
  ['shopify.blank', '', '{"title":["can\'t be blank"]}'],
  ['shopify.too_long', 'TOO_LONG', 'Title is too long (maximum is 255 characters)'],
  ['shopify.inclusion', 'INCLUSION', 'Country is not included in the list'],
  ['shopify.not_found', 'NOT_FOUND', 'Customer does not exist'],
  ['shopify.invalid', 'INVALID', 'Email is invalid'],
  ['shopify.throttled', 'THROTTLED', 'Throttled'],
  [
    'shopify.throttled',
    '',
    'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.',
  ],
  [
    'shopify.max_cost',
    'MAX_COST_EXCEEDED',
    'Query cost is 1250, which exceeds the single query max cost limit (1000).',
  ],
  ['shopify.invalid_token', '', '[API] Invalid API key or access token (unrecognized login or wrong password)'],
  ['shopify.scope', '', 'This action requires merchant approval for read_orders scope.'],
  ['shopify.shop_frozen', '', 'Unavailable Shop'],
  ['shopify.shop_locked', '', 'The shop is currently locked'],
  ['shopify.internal', 'INTERNAL_SERVER_ERROR', 'Internal error. Looks like something went wrong on our end.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['shopify.taken', 'INVALID', 'Email is invalid'],
  ['shopify.blank', 'TAKEN', 'Email has already been taken'],
  ['shopify.too_long', 'TOO_SHORT', 'Password is too short (minimum is 5 characters)'],
  ['shopify.inclusion', 'INVALID', 'Email is invalid'],
  ['shopify.not_found', 'INVALID', 'Customer id is invalid'],
  ['shopify.invalid', 'TAKEN', 'Email has already been taken'],
  [
    'shopify.throttled',
    'MAX_COST_EXCEEDED',
    'Query cost is 1250, which exceeds the single query max cost limit (1000).',
  ],
  ['shopify.max_cost', 'THROTTLED', 'Throttled'],
  ['shopify.invalid_token', '', 'This action requires merchant approval for read_orders scope.'],
  ['shopify.scope', '', '[API] Invalid API key or access token (unrecognized login or wrong password)'],
  ['shopify.shop_frozen', '', 'The shop is currently locked'],
  ['shopify.shop_locked', '', 'Unavailable Shop'],
  ['shopify.internal', 'THROTTLED', 'Throttled'],
];

describePackTable(shopifyPack, positives, nearMisses);
