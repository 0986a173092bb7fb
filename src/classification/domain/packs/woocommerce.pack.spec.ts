import { describePackTable, type PackRow } from './pack-table.test-support';
import { woocommercePack } from './woocommerce.pack';

const positives: PackRow[] = [
  ['woocommerce.authentication', 'woocommerce_rest_authentication_error', 'Consumer key is invalid.'],
  ['woocommerce.authentication', '', 'Invalid signature - provided signature does not match.'],
  [
    'woocommerce.key_permission',
    'woocommerce_rest_authentication_error',
    'The API key provided does not have write permissions.',
  ],
  ['woocommerce.cannot', 'woocommerce_rest_cannot_create', 'Sorry, you are not allowed to create resources.'],
  ['woocommerce.cannot', 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.'],
  ['woocommerce.invalid_id', 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.'],
  ['woocommerce.invalid_id', 'woocommerce_rest_invalid_customer_id', 'Customer ID is invalid.'],
  [
    'woocommerce.variation_endpoint',
    'woocommerce_rest_invalid_product_variation_id',
    'To manipulate product variations you should use the /products/&lt;product_id&gt;/variations/&lt;id&gt; endpoint.',
  ],
  ['woocommerce.resource_missing', 'woocommerce_rest_term_invalid', "Resource doesn't exist."],
  ['woocommerce.exists', 'product_invalid_sku', 'Invalid or duplicated SKU.'],
  [
    'woocommerce.exists',
    'registration-error-email-exists',
    'An account is already registered with your email address. Please log in.',
  ],
  ['woocommerce.email', 'woocommerce_rest_customer_invalid_email', 'Email address is invalid.'],
  [
    'woocommerce.line_reference_required',
    'woocommerce_rest_required_product_reference',
    'Product ID or SKU is required.',
  ],
  ['woocommerce.refund_amount', 'woocommerce_rest_invalid_order_refund', 'Refund amount must be greater than zero.'],
  ['woocommerce.trash', 'woocommerce_rest_trash_not_supported', 'Taxes do not support trashing.'],
  ['woocommerce.already_trashed', 'woocommerce_rest_already_trashed', 'The object has already been trashed.'],
  ['woocommerce.image', 'woocommerce_product_invalid_image_id', '#4521 is an invalid image ID.'],
  ['woocommerce.invalid_param', 'rest_invalid_param', 'Invalid parameter(s): status'],
  ['woocommerce.no_route', 'rest_no_route', 'No route was found matching the URL and request method.'],
  ['woocommerce.shipping_disabled', 'rest_no_route', 'Shipping is disabled.'],
];

// near misses: a WooCommerce error of another meaning that looks alike
const nearMisses: PackRow[] = [
  [
    'woocommerce.authentication',
    'woocommerce_rest_authentication_error',
    'The API key provided does not have write permissions.',
  ],
  ['woocommerce.key_permission', 'woocommerce_rest_cannot_edit', 'Sorry, you are not allowed to edit this resource.'],
  ['woocommerce.cannot', 'woocommerce_rest_cannot_delete', 'The resource cannot be deleted.'],
  [
    'woocommerce.invalid_id',
    'woocommerce_rest_invalid_product_variation_id',
    'To manipulate product variations you should use the /products/<product_id>/variations/<id> endpoint.',
  ],
  ['woocommerce.invalid_id', '', 'Invalid parameter(s): customer_id'],
  ['woocommerce.variation_endpoint', 'woocommerce_rest_product_invalid_id', 'Invalid product ID.'],
  ['woocommerce.resource_missing', 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.'],
  ['woocommerce.exists', 'woocommerce_rest_customer_invalid_email', 'Email address is invalid.'],
  ['woocommerce.email', 'registration-error-email-exists', 'An account is already registered with your email address.'],
  ['woocommerce.line_reference_required', 'woocommerce_rest_invalid_customer_id', 'Customer ID is invalid.'],
  [
    'woocommerce.refund_amount',
    'woocommerce_rest_cannot_create_order_refund',
    'Cannot create order refund, please try again.',
  ],
  ['woocommerce.trash', 'woocommerce_rest_already_trashed', 'The object has already been trashed.'],
  ['woocommerce.already_trashed', 'woocommerce_rest_trash_not_supported', 'Resource does not support trashing.'],
  ['woocommerce.image', 'woocommerce_rest_product_invalid_id', 'Invalid product ID.'],
  ['woocommerce.invalid_param', 'rest_no_route', 'No route was found matching the URL and request method.'],
  ['woocommerce.no_route', 'rest_no_route', 'Shipping is disabled.'],
  ['woocommerce.shipping_disabled', 'woocommerce_rest_shipping_zone_invalid', 'Resource does not exist.'],
];

describePackTable(woocommercePack, positives, nearMisses);
