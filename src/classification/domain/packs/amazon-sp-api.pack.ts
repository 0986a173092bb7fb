import type { KnowledgePack } from './pack.types';

const HTTP =
  'Amazon SP-API docs, "Resolve Common HTTP and Authorization Error Codes" (developer-docs.amazon.com/sp-api/docs/authorization-errors); SP-API OpenAPI models (amzn/selling-partner-api-models) error responses';
const FEED =
  'Seller Central error code pages (sellercentral.amazon.com/gp/errorcode/<code>) as returned in feed processing reports';

// Amazon Selling Partner API: {errors: [{code, message, details}]} for calls; feed processing
// reports and listings issues carry numeric message codes.
export const amazonSpApiPack: KnowledgePack = {
  system: 'Amazon SP-API',
  aliases: ['amazon-sp-api', 'sp-api', 'selling-partner', 'selling partner api', 'amazon seller'],
  families: [
    {
      id: 'amazon-sp-api.unauthorized',
      doc: `${HTTP}: 403 code Unauthorized "Access to requested resource is denied." (application not authorized by the selling partner, role missing, wrong region/endpoint)`,
      codes: /^Unauthorized$/i,
      message: /access to requested resource is denied/i,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.5, process_change: 0.45, bad_source_data: 0.05 },
      why: "the app lacks the role for this API, or the selling partner's authorisation no longer covers it",
    },
    {
      id: 'amazon-sp-api.token',
      doc: `${HTTP}: 403 details "The access token you provided is revoked, malformed or invalid." / expired access token`,
      message:
        /access token you provided (is revoked, malformed or invalid|has expired)|security token included in the request is expired/i,
      category: 'auth_config',
      supersedes: ['amazon-sp-api.unauthorized'],
      why: 'the LWA access token sent was expired, malformed or revoked',
    },
    {
      id: 'amazon-sp-api.signature',
      doc: `${HTTP}: InvalidSignature / missing authentication token ("Missing authentication token" when AWS keys or x-amz-access-token are absent)`,
      codes: /^(InvalidSignature|IncompleteSignature|MissingAuthenticationToken)$/i,
      message: /missing authentication token|request signature we calculated does not match/i,
      either: true,
      category: 'auth_config',
      why: 'the request was not signed or authenticated the way SP-API requires',
    },
    {
      id: 'amazon-sp-api.quota',
      doc: `${HTTP}: 429 QuotaExceeded "You exceeded your quota for the requested resource." ("The frequency of requests was greater than allowed"); SP-API Usage Plans and Rate Limits`,
      codes: /^(QuotaExceeded|429)$/i,
      message: /exceeded your quota for the requested resource|frequency of requests was greater than allowed/i,
      either: true,
      category: 'rate_limited',
      why: 'the usage plan of the operation was exceeded',
    },
    {
      id: 'amazon-sp-api.invalid_input',
      doc: `${HTTP}: 400 InvalidInput ("Request has missing or invalid parameters and cannot be parsed"; missing header or required fields, invalid date format, wrong URL encoding)`,
      codes: /^(InvalidInput|InvalidParameterValue|BadRequest)$/i,
      message: /request has missing or invalid parameters and cannot be parsed/i,
      either: true,
      category: 'malformed_request',
      why: 'SP-API could not parse the request parameters: the integration builds them',
    },
    {
      id: 'amazon-sp-api.not_found',
      doc: `${HTTP}: 404 NotFound ("The resource specified does not exist.")`,
      codes: /^NotFound$/i,
      message: /the resource specified does not exist/i,
      either: true,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.45, defect: 0.45, process_change: 0.1 },
      why: 'the order, SKU, shipment or report id does not exist for this seller and marketplace',
    },
    {
      id: 'amazon-sp-api.request_shape',
      doc: `${HTTP}: 413 RequestEntityTooLarge ("The request size exceeded the maximum accepted size"), 415 UnsupportedMediaType`,
      codes: /^(RequestEntityTooLarge|UnsupportedMediaType|413|415)$/i,
      category: 'malformed_request',
      why: 'the request body is too large or of the wrong content type',
    },
    {
      id: 'amazon-sp-api.server',
      doc: `${HTTP}: 500 InternalFailure ("An unexpected condition occurred"), 503 ServiceUnavailable ("Temporary overloading or maintenance of the server.")`,
      codes: /^(InternalFailure|ServiceUnavailable|InternalServerError|500|503)$/i,
      category: 'upstream_5xx',
      why: 'SP-API failed or was overloaded on its side',
    },
    {
      id: 'amazon-sp-api.required_attribute',
      doc: 'amzn/selling-partner-api-docs references/feeds-api/schemas/JSON_LISTINGS_FEED listings-feed-processing-report-schema-v2.example.json (issue 90220 "\'[x]\' is required but not supplied.", 99022 "... does not have enough values. The required minimum is ..."); Seller Central error 8560 (missing attributes for a new ASIN), 8016 (insufficient data for a variation relationship)',
      codes: /^(90220|99022|8560|8016)$/,
      message:
        /is required but not supplied|does not have enough values\. the required minimum is|requires the following missing attributes/i,
      either: true,
      category: 'missing_required_value',
      why: 'the listing lacks an attribute the product type requires',
    },
    {
      id: 'amazon-sp-api.catalog_conflict',
      doc: `${FEED}: 8541 / 8542 "The SKU data provided conflicts with the Amazon catalog ... the following are the attribute value(s) that are conflicting"`,
      codes: /^(8541|8542)$/,
      message:
        /sku data provided conflicts with the amazon catalog|contradicts (with )?(information in )?the amazon catalog/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.8, defect: 0.15, process_change: 0.05 },
      why: "the product's identifier matches an ASIN whose catalog values differ from the seller's data",
    },
    {
      id: 'amazon-sp-api.no_matching_asin',
      doc: `${FEED}: 5501 "We did not find any products on Amazon using the product-id provided", 5505 "... is not a valid identifier. The product-id should be one of ASIN, UPC, EAN or ISBN."`,
      codes: /^(5501|5505)$/,
      message:
        /did not find any products on amazon using the product-id|product-id should be one of asin, upc, ean or isbn/i,
      either: true,
      category: 'invalid_reference',
      why: 'the UPC/EAN/ASIN on the record matches no Amazon product or is not a valid identifier',
    },
    {
      id: 'amazon-sp-api.sku_asin_mismatch',
      doc: `${FEED}: 5503 "The product-id you provided does not match with the ASIN associated with the given SKU", 5504 (ASIN-Hint does not match the ASIN already associated with the SKU)`,
      codes: /^(5503|5504)$/,
      message: /does not match (with )?the asin (already )?associated with the given sku/i,
      either: true,
      category: 'duplicate_record',
      lean: { bad_source_data: 0.6, defect: 0.35, process_change: 0.05 },
      why: 'the SKU is already bound to another ASIN than the identifier sent',
    },
    {
      id: 'amazon-sp-api.parent_sku',
      doc: `${FEED}: 8007 "We cannot recognize your parent SKU", 8008 "We cannot recognize the parent SKU of your record"`,
      codes: /^(8007|8008)$/,
      message: /cannot recognize (your|the) parent sku/i,
      either: true,
      category: 'invalid_reference',
      lean: { defect: 0.5, bad_source_data: 0.45, process_change: 0.05 },
      why: 'the parent SKU of the variation is unknown: it must be listed before its children',
    },
    {
      id: 'amazon-sp-api.brand_restricted',
      doc: `${FEED}: 6024 "Seller is not authorized to list products by this brand name in this product line or category"`,
      codes: /^6024$/,
      message: /not authorized to list products (by|under) this brand/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.85, bad_source_data: 0.1, defect: 0.05 },
      why: 'the seller needs brand or category approval from Amazon: a business step',
    },
  ],
};
