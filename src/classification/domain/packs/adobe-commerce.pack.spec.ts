import { adobeCommercePack } from './adobe-commerce.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

const positives: PackRow[] = [
  ['adobe-commerce.no_such_entity', '404', 'No such entity with customerId = 4412'],
  [
    'adobe-commerce.no_such_entity',
    '',
    "The product that was requested doesn't exist. Verify the product and try again.",
  ],
  [
    'adobe-commerce.consumer_not_authorized',
    '401',
    "The consumer isn't authorized to access Magento_Sales::actions_view.",
  ],
  [
    'adobe-commerce.authentication',
    '401',
    'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
  ],
  ['adobe-commerce.route', '404', 'Request does not match any route.'],
  ['adobe-commerce.store_not_found', '', "The store that was requested wasn't found. Verify the store and try again."],
  ['adobe-commerce.invalid_type', '400', 'Invalid type for value: "12,5". Expected Type: "float".'],
  [
    'adobe-commerce.unknown_property',
    '400',
    'Property "DeliveryNote" does not have accessor method "getDeliveryNote" in class "Magento\\Sales\\Api\\Data\\OrderInterface".',
  ],
  ['adobe-commerce.required', '400', '"sku" is required. Enter and try again.'],
  ['adobe-commerce.invalid_value', '400', 'Invalid value of "abc" provided for the qty field.'],
  [
    'adobe-commerce.duplicate',
    '400',
    'A customer with the same email address already exists in an associated website.',
  ],
  ['adobe-commerce.duplicate', '', 'URL key for specified store already exists.'],
  [
    'adobe-commerce.attribute_missing',
    '400',
    'The attribute with a "x_fabric" attributeCode doesn\'t exist. Verify the attribute and try again.',
  ],
  ['adobe-commerce.stock', '400', 'The requested qty is not available'],
  [
    'adobe-commerce.required_option',
    '400',
    "The product's required option(s) weren't entered. Make sure the options are entered and try again.",
  ],
  ['adobe-commerce.order_state', '400', 'The order does not allow an invoice to be created.'],
  [
    'adobe-commerce.deadlock',
    '500',
    'SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction',
  ],
  [
    'adobe-commerce.internal',
    '500',
    'Internal Error. Details are available in Magento log file. Report ID: webapi-6613f0a1b2c3d',
  ],
];

// near misses: a Magento error of another meaning that looks alike
const nearMisses: PackRow[] = [
  ['adobe-commerce.no_such_entity', '404', 'Request does not match any route.'],
  [
    'adobe-commerce.consumer_not_authorized',
    '401',
    'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
  ],
  ['adobe-commerce.authentication', '401', "The consumer isn't authorized to access Magento_Catalog::products."],
  ['adobe-commerce.route', '404', "The store that was requested wasn't found. Verify the store and try again."],
  [
    'adobe-commerce.store_not_found',
    '404',
    "The product that was requested doesn't exist. Verify the product and try again.",
  ],
  ['adobe-commerce.invalid_type', '400', 'Invalid value of "abc" provided for the qty field.'],
  [
    'adobe-commerce.unknown_property',
    '400',
    'The attribute with a "x_fabric" attributeCode doesn\'t exist. Verify the attribute and try again.',
  ],
  [
    'adobe-commerce.required',
    '400',
    "The product's required option(s) weren't entered. Make sure the options are entered and try again.",
  ],
  ['adobe-commerce.invalid_value', '400', 'Invalid type for value: "12,5". Expected Type: "float".'],
  ['adobe-commerce.duplicate', '404', 'No such entity with email = jane@example.com, websiteId = 1'],
  ['adobe-commerce.attribute_missing', '400', 'The value of attribute "sku" must be unique'],
  ['adobe-commerce.stock', '400', 'The order does not allow a shipment to be created.'],
  ['adobe-commerce.required_option', '400', '"sku" is required. Enter and try again.'],
  ['adobe-commerce.order_state', '400', 'The requested qty is not available'],
  [
    'adobe-commerce.deadlock',
    '500',
    'Internal Error. Details are available in Magento log file. Report ID: webapi-6613f0a1b2c3d',
  ],
  [
    'adobe-commerce.internal',
    '500',
    'SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction',
  ],
];

describePackTable(adobeCommercePack, positives, nearMisses);
