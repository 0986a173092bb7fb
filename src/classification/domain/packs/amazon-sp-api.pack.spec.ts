import { amazonSpApiPack } from './amazon-sp-api.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

const positives: PackRow[] = [
  ['amazon-sp-api.unauthorized', 'Unauthorized', 'Access to requested resource is denied.'],
  [
    'amazon-sp-api.token',
    'Unauthorized',
    'Access to requested resource is denied. The access token you provided has expired.',
  ],
  [
    'amazon-sp-api.signature',
    'InvalidSignature',
    'The request signature we calculated does not match the signature you provided.',
  ],
  ['amazon-sp-api.quota', 'QuotaExceeded', 'You exceeded your quota for the requested resource.'],
  ['amazon-sp-api.invalid_input', 'InvalidInput', 'Invalid Input'],
  ['amazon-sp-api.not_found', 'NotFound', 'The resource specified does not exist.'],
  ['amazon-sp-api.request_shape', 'RequestEntityTooLarge', 'The request size exceeded the maximum accepted size.'],
  ['amazon-sp-api.server', 'InternalFailure', 'We encountered an internal error. Please try again.'],
  ['amazon-sp-api.required_attribute', '90220', "'[batteries_required]' is required but not supplied."],
  [
    'amazon-sp-api.required_attribute',
    '99022',
    "The field '\"prices\"' for the attribute 'purchasable_offer.our_price' does not have enough values. The required minimum is '1' value(s).",
  ],
  [
    'amazon-sp-api.catalog_conflict',
    '8541',
    "The SKU data provided conflicts with the Amazon catalog. The following are the attribute value(s) that are conflicting: size (Merchant: 'S/M' / Amazon: '5 UK').",
  ],
  [
    'amazon-sp-api.no_matching_asin',
    '5501',
    'We did not find any products on Amazon using the product-id (0012345678905) provided by you.',
  ],
  [
    'amazon-sp-api.sku_asin_mismatch',
    '5503',
    'The product-id you provided (0012345678905) does not match with the ASIN associated with the given SKU (B00EXAMPLE).',
  ],
  ['amazon-sp-api.parent_sku', '8007', 'We cannot recognize your parent SKU: [SHIRT-PARENT].'],
  [
    'amazon-sp-api.brand_restricted',
    '6024',
    'Seller is not authorized to list products by this brand name in this product line or category.',
  ],
];

// near misses: an SP-API error of another meaning that looks alike
const nearMisses: PackRow[] = [
  [
    'amazon-sp-api.unauthorized',
    'Unauthorized',
    'Access to requested resource is denied. The access token you provided is revoked, malformed or invalid.',
  ],
  ['amazon-sp-api.token', 'Unauthorized', 'Access to requested resource is denied.'],
  ['amazon-sp-api.signature', 'Unauthorized', 'Access to requested resource is denied.'],
  ['amazon-sp-api.quota', 'RequestEntityTooLarge', 'The request size exceeded the maximum accepted size.'],
  ['amazon-sp-api.invalid_input', 'NotFound', 'The resource specified does not exist.'],
  [
    'amazon-sp-api.not_found',
    '5501',
    'We did not find any products on Amazon using the product-id (0012345678905) provided by you.',
  ],
  ['amazon-sp-api.request_shape', 'QuotaExceeded', 'You exceeded your quota for the requested resource.'],
  ['amazon-sp-api.server', 'ServiceUnavailableForMarketplace', 'The marketplace is not supported.'],
  ['amazon-sp-api.required_attribute', '8541', 'The SKU data provided conflicts with the Amazon catalog.'],
  [
    'amazon-sp-api.catalog_conflict',
    '5503',
    'The product-id you provided does not match with the ASIN associated with the given SKU.',
  ],
  ['amazon-sp-api.no_matching_asin', '8007', 'We cannot recognize your parent SKU: [SHIRT-PARENT].'],
  ['amazon-sp-api.sku_asin_mismatch', '8541', 'The SKU data provided conflicts with the Amazon catalog.'],
  ['amazon-sp-api.parent_sku', '5501', 'We did not find any products on Amazon using the product-id provided.'],
  ['amazon-sp-api.brand_restricted', 'Unauthorized', 'Access to requested resource is denied.'],
];

describePackTable(amazonSpApiPack, positives, nearMisses);
