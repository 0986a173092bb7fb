import type { KnowledgePack } from './pack.types';

// Shopify Admin REST/GraphQL: 422 validation bodies keyed by field, 429 throttling, versioned endpoints.
export const shopifyPack: KnowledgePack = {
  system: 'Shopify',
  aliases: ['shopify'],
  families: [
    { id: 'shopify.taken', message: /has already been taken/i, category: 'duplicate_record', why: 'Shopify: another customer/product already has this value' },
    { id: 'shopify.tracking', message: /does not have inventory tracking enabled/i, category: 'setup_missing', lean: { bad_source_data: 0.65, process_change: 0.3, defect: 0.05 }, why: 'the item is not set up to track inventory' },
    { id: 'shopify.throttle', codes: /^429$/, message: /exceeded \d+ calls per second/i, either: true, category: 'rate_limited', why: 'Shopify API bucket exhausted' },
    { id: 'shopify.api_version', message: /no longer supported|unsupported api version|api version/i, category: 'malformed_request', why: 'the integration calls a retired API version' },
    { id: 'shopify.not_found_endpoint', message: /404 not found: (get|post|put|delete) admin\/api/i, category: 'malformed_request', why: 'the integration called an endpoint that does not exist for this resource' },
    { id: 'shopify.scope', message: /requires merchant approval for|access scope|requires? .{0,200} scope/i, category: 'permission_changed', why: 'the app lacks an access scope the merchant must approve' },
  ],
};
