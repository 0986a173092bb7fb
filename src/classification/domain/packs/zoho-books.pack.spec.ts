import { describePackTable, type PackRow } from './pack-table.test-support';
import { zohoBooksPack } from './zoho-books.pack';

const positives: PackRow[] = [
  ['zoho-books.does_not_exist', '1002', 'Invoice does not exist.'],
  ['zoho-books.does_not_exist', '', 'Contact does not exist.'],
  ['zoho-books.internal_error', '1000', 'Internal error'],
  ['zoho-books.unauthorized', '401', 'Invalid OAuthtoken'],
  ['zoho-books.forbidden', '403', 'The user does not have enough permission to access the resource.'],
  ['zoho-books.endpoint', '404', 'URL Not Found'],
  ['zoho-books.rate_limit', '429', 'API usage limit exceeded'],
];

// near misses: a Zoho Books error of another meaning that looks alike
const nearMisses: PackRow[] = [
  ['zoho-books.does_not_exist', '404', 'URL Not Found'],
  ['zoho-books.does_not_exist', '', 'The customer GSTIN does not exist in the GST portal records for this period'],
  ['zoho-books.internal_error', '10002', 'Invoice does not exist.'],
  ['zoho-books.unauthorized', '403', 'The user does not have enough permission to access the resource.'],
  ['zoho-books.forbidden', '401', 'Invalid OAuthtoken'],
  ['zoho-books.endpoint', '1002', 'Invoice does not exist.'],
  ['zoho-books.rate_limit', '1000', 'Internal error'],
];

describePackTable(zohoBooksPack, positives, nearMisses);
