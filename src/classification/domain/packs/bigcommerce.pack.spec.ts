import { bigcommercePack } from './bigcommerce.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

const positives: PackRow[] = [
  ['bigcommerce.bad_request', '400', 'Bad Request'],
  ['bigcommerce.unauthorized', '401', 'Unauthorized'],
  ['bigcommerce.forbidden', '403', "You don't have a required scope to access the endpoint"],
  ['bigcommerce.not_found', '404', 'The requested resource was not found.'],
  ['bigcommerce.protocol', '413', 'Request Entity Too Large'],
  ['bigcommerce.conflict', '409', 'The category cannot be deleted because products would be orphaned.'],
  ['bigcommerce.duplicate', '409', 'The product name is a duplicate'],
  ['bigcommerce.unprocessable', '422', "The field 'price' is invalid."],
  ['bigcommerce.rate_limit', '429', 'Too Many Requests'],
  ['bigcommerce.server', '503', 'Service Unavailable'],
  ['bigcommerce.gateway_timeout', '504', 'Gateway Timeout'],
  ['bigcommerce.storage', '507', 'Insufficient Storage'],
];

// near misses: a BigCommerce error of another meaning that looks alike
const nearMisses: PackRow[] = [
  ['bigcommerce.bad_request', '422', 'Missing or Invalid Data'],
  ['bigcommerce.unauthorized', '403', 'Forbidden'],
  ['bigcommerce.forbidden', '401', 'Unauthorized'],
  ['bigcommerce.not_found', '405', 'Method Not Allowed'],
  ['bigcommerce.protocol', '4130', 'Request Entity Too Large'],
  ['bigcommerce.conflict', '409', 'The product name is a duplicate'],
  ['bigcommerce.duplicate', '409', 'The category cannot be deleted because products would be orphaned.'],
  ['bigcommerce.unprocessable', '400', 'Bad Request'],
  ['bigcommerce.rate_limit', '503', 'Service Unavailable'],
  ['bigcommerce.server', '504', 'Gateway Timeout'],
  ['bigcommerce.gateway_timeout', '503', 'Service Unavailable'],
  ['bigcommerce.storage', '413', 'Request Entity Too Large'],
];

describePackTable(bigcommercePack, positives, nearMisses);
