import type { KnowledgePack } from './pack.types';

// Shopify Admin API (REST and GraphQL). The documents the families come from:
const STATUS = 'Shopify, "Shopify API response status and error codes" (shopify.dev/docs/api/usage/response-codes)';
const LIMITS =
  'Shopify, "Shopify API limits" (shopify.dev/docs/api/usage/limits): GraphQL calculated query cost, a "Throttled" error with extensions.code THROTTLED; REST 429 Too Many Requests';
const USER_ERRORS =
  'Shopify GraphQL Admin API, userErrors code enums (e.g. CustomerSetUserErrorCode, ReturnErrorCode, BusinessCustomerErrorCode)';
const REST_422 =
  'Shopify REST Admin API reference, 422 examples (errors keyed by field, e.g. {"title":["can\'t be blank"]})';

export const shopifyPack: KnowledgePack = {
  system: 'Shopify',
  aliases: ['shopify'],
  families: [
    {
      id: 'shopify.taken',
      doc: `${USER_ERRORS}: TAKEN "The input value is already taken"; ${REST_422}`,
      codes: /^taken$/i,
      message: /has already been taken/i,
      either: true,
      category: 'duplicate_record',
      why: 'Shopify: another record already uses this value (email, handle, SKU)',
    },
    {
      id: 'shopify.blank',
      doc: `${USER_ERRORS}: BLANK "The input value is blank"; ${REST_422}`,
      codes: /^blank$/i,
      message: /can['’]t be blank/i,
      either: true,
      category: 'missing_required_value',
      why: 'Shopify: a required value is blank',
    },
    {
      id: 'shopify.too_long',
      doc: `${USER_ERRORS}: TOO_LONG "The input value is too long"`,
      codes: /^too_long$/i,
      message: /is too long \(maximum is \d{1,6} characters\)/i,
      either: true,
      category: 'value_too_long',
      why: 'Shopify: the value is longer than the field allows',
    },
    {
      id: 'shopify.inclusion',
      doc: `${USER_ERRORS}: INCLUSION "The input value isn't included in the list"`,
      codes: /^inclusion$/i,
      message: /is not included in the list/i,
      either: true,
      category: 'unmapped_value',
      why: 'Shopify: the value is not one of the values the field accepts',
    },
    {
      id: 'shopify.not_found',
      doc: `${USER_ERRORS}: NOT_FOUND / RESOURCE_NOT_FOUND (the record for the id could not be found)`,
      codes: /^(not_found|resource_not_found)$/i,
      category: 'invalid_reference',
      why: 'Shopify could not find the record the input names',
    },
    {
      id: 'shopify.invalid',
      doc: `${USER_ERRORS}: INVALID "The input value is invalid"`,
      codes: /^invalid$/i,
      message: /\bis invalid\b/i,
      either: true,
      category: 'value_format',
      fallback: true,
      why: 'Shopify refused a value as invalid',
    },
    {
      id: 'shopify.throttled',
      doc: `${LIMITS}; ${STATUS}, 429 Too Many Requests`,
      codes: /^(throttled|429)$/i,
      message: /^throttled$|exceeded \d{1,4} calls per second/i,
      either: true,
      category: 'rate_limited',
      why: 'Shopify API rate limit (leaky bucket or query cost) was exhausted',
    },
    {
      id: 'shopify.max_cost',
      doc: `${LIMITS}: a single query may not exceed the maximum query cost (MAX_COST_EXCEEDED)`,
      codes: /^max_cost_exceeded$/i,
      category: 'malformed_request',
      why: "the integration's GraphQL query costs more than Shopify allows in one call",
    },
    {
      id: 'shopify.invalid_token',
      doc: `${STATUS}, 401 Unauthorized: the authentication credentials are missing or incorrect`,
      message: /invalid api key or access token/i,
      category: 'auth_config',
      why: 'Shopify rejected the access token: wrong, revoked, or the app was uninstalled',
    },
    {
      id: 'shopify.scope',
      doc: `${STATUS}, 403 Forbidden: the app has not requested the access scope this action needs`,
      codes: /^access_denied$/i,
      message: /requires merchant approval for .{0,80}scope/i,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.6, process_change: 0.4 },
      why: 'the app lacks an access scope: the integration must request it and the merchant approve it',
    },
    {
      id: 'shopify.shop_frozen',
      doc: `${STATUS}, 402 Payment Required: the shop is frozen until the owner pays the outstanding balance`,
      codes: /^shop_inactive$/i,
      message: /unavailable shop|shop is (currently )?frozen/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.9, defect: 0.1 },
      why: 'the Shopify store is frozen or inactive: a billing matter for the merchant',
    },
    {
      id: 'shopify.shop_locked',
      doc: `${STATUS}, 423 Locked: the shop is locked (repeatedly exceeding API limits, or an account issue such as fraud risk); Shopify changelog 2018-08-30 (423 instead of 420)`,
      message: /shop is (currently )?locked/i,
      category: 'permission_changed',
      why: 'the Shopify store is locked',
    },
    {
      id: 'shopify.internal',
      doc: `${STATUS}, 500 Internal Server Error and 503 Service Unavailable; GraphQL extensions.code INTERNAL_SERVER_ERROR`,
      codes: /^internal_server_error$/i,
      category: 'upstream_5xx',
      why: 'Shopify reported an internal error',
    },
  ],
};
