import type { KnowledgePack } from './pack.types';

const SRC = 'magento/magento2 source';

// Adobe Commerce / Magento 2 REST and GraphQL: Web API errors carry the localized exception phrase
// (NoSuchEntityException, InputException, AlreadyExistsException, AuthorizationException, ...).
export const adobeCommercePack: KnowledgePack = {
  system: 'Adobe Commerce',
  aliases: ['adobe-commerce', 'adobe commerce', 'magento'],
  families: [
    {
      id: 'adobe-commerce.no_such_entity',
      doc: `${SRC}: lib/internal/Magento/Framework/Exception/NoSuchEntityException.php ("No such entity with %fieldName = %fieldValue"); app/code/Magento/Catalog/Model/ProductRepository.php ("The product that was requested doesn't exist. Verify the product and try again."); QuoteGraphQl ("Could not find a product with SKU ...", "Could not find a cart with ID ...")`,
      message:
        /no such entity with|the product that was requested doesn't exist|could not find a (product|cart) with (sku|id)/i,
      category: 'invalid_reference',
      why: 'the product, customer, cart or other entity referenced does not exist',
    },
    {
      id: 'adobe-commerce.consumer_not_authorized',
      doc: `${SRC}: lib/internal/Magento/Framework/Exception/AuthorizationException.php, app/code/Magento/Webapi/Controller/Rest/RequestValidator.php ("The consumer isn't authorized to access %resources.")`,
      message: /the consumer isn't authorized to access/i,
      category: 'permission_changed',
      lean: { process_change: 0.5, defect: 0.45, bad_source_data: 0.05 },
      why: "the integration's API resources (ACL) do not include the one called: set on the integration in the admin",
    },
    {
      id: 'adobe-commerce.authentication',
      doc: `${SRC}: app/code/Magento/Integration/Model/AdminTokenService.php / CustomerTokenService.php ("The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."); GraphQL ("The current customer isn't authorized.")`,
      message:
        /account sign-in was incorrect or your account is disabled temporarily|the current customer isn't authorized/i,
      category: 'auth_config',
      why: 'the token request or bearer token was rejected',
    },
    {
      id: 'adobe-commerce.route',
      doc: `${SRC}: app/code/Magento/Webapi/Controller/Rest/Router.php ("Request does not match any route.")`,
      message: /request does not match any route/i,
      category: 'malformed_request',
      why: 'the integration called a REST path or method that does not exist (wrong store code, version or module)',
    },
    {
      id: 'adobe-commerce.store_not_found',
      doc: `${SRC}: app/code/Magento/Store/Model/StoreRepository.php ("The store that was requested wasn't found. Verify the store and try again.")`,
      message: /the store that was requested wasn't found/i,
      category: 'malformed_request',
      lean: { defect: 0.65, process_change: 0.3, bad_source_data: 0.05 },
      why: 'the store code the integration is configured with does not exist',
    },
    {
      id: 'adobe-commerce.invalid_type',
      doc: `${SRC}: lib/internal/Magento/Framework/Reflection/TypeProcessor.php ('Invalid type for value: "%value". Expected Type: "%type".')`,
      message: /invalid type for value: .{0,200}expected type/i,
      category: 'malformed_request',
      why: 'a value was serialised as the wrong type for the service contract',
    },
    {
      id: 'adobe-commerce.unknown_property',
      doc: `${SRC}: lib/internal/Magento/Framework/Webapi/ServiceInputProcessor.php ('Property "%1" does not have accessor method "%2" in class "%3".')`,
      message: /property "[^"]{1,100}" does not have accessor method/i,
      category: 'mapping_error',
      why: 'the payload carries a property the service data object does not have',
    },
    {
      id: 'adobe-commerce.required',
      doc: `${SRC}: lib/internal/Magento/Framework/Exception/InputException.php (requiredField: '"%fieldName" is required. Enter and try again.')`,
      message: /"[^"]{1,100}" is required\. enter and try again/i,
      category: 'missing_required_value',
      why: 'a required field has no value',
    },
    {
      id: 'adobe-commerce.invalid_value',
      doc: `${SRC}: lib/internal/Magento/Framework/Exception/InputException.php (invalidFieldValue: 'Invalid value of "%value" provided for the %fieldName field.')`,
      message: /invalid value of "[^"]{0,200}" provided for the [a-z0-9_ ]{1,80} field/i,
      category: 'value_format',
      why: 'a field value failed validation',
    },
    {
      id: 'adobe-commerce.duplicate',
      doc: `${SRC}: lib/internal/Magento/Framework/Exception/AlreadyExistsException.php (default "Unique constraint violation found"); app/code/Magento/Customer ("A customer with the same email address already exists in an associated website."); app/code/Magento/UrlRewrite ("URL key for specified store already exists.")`,
      message:
        /unique constraint violation found|customer with the same email address already exists|url key for specified store already exists|generate a url that already exists/i,
      category: 'duplicate_record',
      why: 'a customer email, URL key or other unique value already exists',
    },
    {
      id: 'adobe-commerce.attribute_missing',
      doc: `${SRC}: app/code/Magento/Eav/Model/AttributeRepository.php ('The attribute with a "%1" attributeCode doesn't exist. Verify the attribute and try again.')`,
      message: /attribute with a "[^"]{1,100}" attributecode doesn't exist/i,
      category: 'setup_missing',
      lean: { process_change: 0.5, defect: 0.45, bad_source_data: 0.05 },
      why: 'the product attribute the integration sends is not defined: removed by an admin or mapped wrongly',
    },
    {
      id: 'adobe-commerce.stock',
      doc: `${SRC}: app/code/Magento/CatalogInventory / InventorySales ("The requested qty is not available", "Product that you are trying to add is not available.", "Not enough items for sale")`,
      message:
        /the requested qty is not available|product that you are trying to add is not available|not enough items for sale/i,
      category: 'value_format',
      why: 'the ordered quantity is more than the salable stock (or the product is out of stock)',
    },
    {
      id: 'adobe-commerce.required_option',
      doc: `${SRC}: app/code/Magento/Catalog/Model/Product/Type/AbstractType.php ("The product's required option(s) weren't entered. Make sure the options are entered and try again.")`,
      message: /product's required option\(s\) weren't entered/i,
      category: 'missing_required_value',
      why: 'a configurable or custom option the product requires was not given',
    },
    {
      id: 'adobe-commerce.order_state',
      doc: `${SRC}: app/code/Magento/Sales (InvoiceService / Order validators: "The order does not allow an invoice to be created.", "The order does not allow a shipment to be created."; Order::hold: "A hold action is not available.")`,
      message:
        /the order does not allow an? (invoice|shipment|creditmemo|credit memo) to be created|an? (hold|unhold) action is not available/i,
      category: 'approval_required',
      why: "the order's state does not allow the action (already invoiced, shipped, on hold or closed)",
    },
    {
      id: 'adobe-commerce.deadlock',
      doc: `${SRC}: lib/internal/Magento/Framework/DB/Adapter/Pdo/Mysql.php (retries MySQL 1213 "Deadlock found when trying to get lock" and 1205 "Lock wait timeout exceeded")`,
      message: /deadlock found when trying to get lock|lock wait timeout exceeded/i,
      category: 'concurrency',
      why: 'another process held the same rows; MySQL gave up on the lock',
    },
    {
      id: 'adobe-commerce.internal',
      doc: `${SRC}: lib/internal/Magento/Framework/Webapi/ErrorProcessor.php ("Internal Error. Details are available in Magento log file. Report ID: %1")`,
      message: /internal error\. details are available in magento log file/i,
      category: 'upstream_5xx',
      why: 'Magento failed on its side; the report id points to the server log',
    },
  ],
};
