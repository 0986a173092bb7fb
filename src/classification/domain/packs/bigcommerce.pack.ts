import type { KnowledgePack } from './pack.types';

const STATUS =
  'BigCommerce REST API Overview, "REST HTTP status codes" (docs.bigcommerce.com/developer/api-reference/rest/overview; formerly developer.bigcommerce.com/api-docs/getting-started/api-status-codes)';

// BigCommerce REST (V2/V3): the status code is the documented error vocabulary; V3 bodies add {status, title, errors}.
export const bigcommercePack: KnowledgePack = {
  system: 'BigCommerce',
  aliases: ['bigcommerce', 'big-commerce'],
  families: [
    {
      id: 'bigcommerce.bad_request',
      doc: `${STATUS}: 400 Bad Request "Issued when a malformed request was sent" (invalid syntax, missing required data)`,
      codes: /^400$/,
      category: 'malformed_request',
      lean: { defect: 0.7, bad_source_data: 0.25, process_change: 0.05 },
      why: 'BigCommerce could not parse the request',
    },
    {
      id: 'bigcommerce.unauthorized',
      doc: `${STATUS}: 401 Unauthorized "your client failed to provide credentials or its credentials were invalid"`,
      codes: /^401$/,
      category: 'auth_config',
      why: 'the API token or client credentials were missing or invalid',
    },
    {
      id: 'bigcommerce.forbidden',
      doc: `${STATUS}: 403 Forbidden "Returned when permissions do not allow the operation" — check the OAuth scopes of the app; changes to the store owner's account can also cause it`,
      codes: /^403$/,
      message: /you don't have a required scope|missing (a )?required scope/i,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.5, process_change: 0.45, bad_source_data: 0.05 },
      why: "the API account's OAuth scopes (or the store owner's account) do not allow the operation",
    },
    {
      id: 'bigcommerce.not_found',
      doc: `${STATUS}: 404 Not Found "When a particular resource doesn't exist or couldn't be found"`,
      codes: /^404$/,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.45, defect: 0.45, process_change: 0.1 },
      why: 'the product, order or customer id (or the path) does not exist in the store',
    },
    {
      id: 'bigcommerce.protocol',
      doc: `${STATUS}: 405 Method Not Allowed, 406 Not Acceptable, 413 Request Entity Too Large (e.g. the limit parameter exceeded the maximum), 415 Unsupported Media Type, 501 Not Implemented`,
      codes: /^(405|406|413|415|501)$/,
      category: 'malformed_request',
      why: 'the integration used a method, content type or page size the endpoint does not accept',
    },
    {
      id: 'bigcommerce.conflict',
      doc: `${STATUS}: 409 Conflict "A change requested by the client is being rejected, due to a condition imposed by the server" (example: deleting a category whose deletion would orphan products)`,
      codes: /^409$/,
      category: 'approval_required',
      lean: { process_change: 0.45, bad_source_data: 0.4, defect: 0.15 },
      why: 'a rule of the store refuses the change in its current state',
    },
    {
      id: 'bigcommerce.duplicate',
      doc: 'BigCommerce Catalog API, Create a product: 409 "Product was in conflict with another product. This is the result of duplicate unique values, such as name or SKU"',
      message: /is a duplicate|duplicate unique values|conflict with another product/i,
      category: 'duplicate_record',
      supersedes: ['bigcommerce.conflict'],
      why: 'another product already has this name or SKU',
    },
    {
      id: 'bigcommerce.unprocessable',
      doc: `${STATUS}: 422 Missing or Invalid Data "The request cannot be processed either because it omits required fields or because it contains invalid data"`,
      codes: /^422$/,
      category: 'value_format',
      lean: { bad_source_data: 0.55, defect: 0.4, process_change: 0.05 },
      why: 'a field is missing or has a value BigCommerce rejects',
    },
    {
      id: 'bigcommerce.rate_limit',
      doc: `${STATUS}: 429 Too Many Requests (rate limit, see X-Rate-Limit-* headers)`,
      codes: /^429$/,
      message: /too many requests/i,
      either: true,
      category: 'rate_limited',
      why: 'the store API quota for this window is used up',
    },
    {
      id: 'bigcommerce.server',
      doc: `${STATUS}: 500 Internal Server Error, 502 Bad Gateway, 503 Service Unavailable (store down for maintenance or unavailable)`,
      codes: /^(500|502|503)$/,
      category: 'upstream_5xx',
      why: 'BigCommerce failed or the store was unavailable',
    },
    {
      id: 'bigcommerce.gateway_timeout',
      doc: `${STATUS}: 504 Gateway Timeout`,
      codes: /^504$/,
      category: 'timeout',
      why: 'the BigCommerce request timed out',
    },
    {
      id: 'bigcommerce.storage',
      doc: `${STATUS}: 507 Insufficient Storage "the store has reached a limit for the resource" (plan limits, e.g. number of products)`,
      codes: /^507$/,
      message: /insufficient storage/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.85, defect: 0.1, bad_source_data: 0.05 },
      why: 'the store reached a limit of its BigCommerce plan: the merchant must upgrade or free room',
    },
  ],
};
