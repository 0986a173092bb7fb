import type { KnowledgePack } from './pack.types';

// Infor publishes no single error catalogue for its ERPs; what it documents verbatim is spread over a few
// tables on docs.infor.com, each for one product or layer. Only message texts are taken: the HTTP-status tables
// of the ION API Gateway and the LN REST services say what a bare status means, which the status signal
// already reads.
const SYTELINE_EDI =
  'Infor CloudSuite Industrial (SyteLine) help, "Errors That Stop Demand EDI CO Transaction Posting" (docs.infor.com/csi/9.01.x/en-us/csbiolh/lsm1454144076645.html)';
const SYTELINE_EDI_OLDER =
  'the same SyteLine help topic, older release, "SyteLine posting errors" (Infor help text as installed at erp.smcusa.com/SyteLine/Language/en-US/mergedProjects/sl_custvend/other/process/symedi_to_syteline_posting_errors.htm)';
const IGFC =
  'Infor Global Financial Close administration guide, runtime errors of the BOD poller (docs.infor.com/igfc/2022.06/en-us/igfcag/udx1508932232039.html)';
const LSP =
  'Infor SunSystems Cloud, Infor LSP e-invoicing "Troubleshooting" (docs.infor.com/sunsystems/2026.x/en-us/ssolh/lspig/ato1771596079885.html)';
const M3_GATEWAY =
  'Infor M3 e-Sales / e-Commerce XML Gateway, "Gateway error messages" (docs.infor.com/m3esls/14.x/en-us/useradminlib_on-premises/iecdsug/ezs1592322791380.html)';

export const inforPack: KnowledgePack = {
  system: 'Infor',
  aliases: ['infor', 'syteline', 'cloudsuite', 'sunsystems', 'baan'],
  families: [
    {
      id: 'infor.credit_limit',
      doc: `${SYTELINE_EDI}: "Credit Limit Exceeded" (the order is over the customer's credit limit; raised when Validate Credit Limit is set on the customer profile, else the order goes on credit hold)`,
      message: /\bcredit limit exceeded\b/i,
      category: 'approval_required',
      lean: { process_change: 0.9, bad_source_data: 0.05, defect: 0.05 },
      why: "the order is over the customer's credit limit: a credit decision in the ERP",
    },
    {
      id: 'infor.master_not_found',
      doc: `${SYTELINE_EDI}: "Invalid Customer" (the customer is not a valid customer), "Invalid Item" (not a valid CloudSuite Industrial item), "Customer Contract Does Not Exist" (no contract for the customer, item and customer item)`,
      message: /^\W{0,4}invalid (customer|item)\W{0,4}$|\bcustomer contract does not exist\b/i,
      category: 'invalid_reference',
      why: 'the customer, item or customer contract the order names does not exist in the ERP',
    },
    {
      id: 'infor.code_not_set_up',
      doc: `${SYTELINE_EDI}: "Invalid Price Code", "Invalid Ship-Via" (the ship via code is invalid), "Invalid Unit of Measure" (not a valid unit of measure)`,
      message: /\binvalid (price code|ship[- ]via|unit of measure)\b/i,
      category: 'unmapped_value',
      why: 'a price code, ship via or unit of measure the ERP has not set up (or a code the integration maps wrongly)',
    },
    {
      id: 'infor.order_type',
      doc: `${SYTELINE_EDI}: "Invalid Order Type" (the order type is not Regular or Blanket: a list fixed by the product)`,
      message: /\binvalid order type\b/i,
      category: 'unmapped_value',
      lean: { defect: 0.6, bad_source_data: 0.3, process_change: 0.1 },
      why: "the order type is not one of the product's fixed types: the integration's mapping",
    },
    {
      id: 'infor.unit_price',
      doc: `${SYTELINE_EDI}: "Invalid Unit Price" (the imported price does not match the price the ERP calculates: verify which is right)`,
      message: /\binvalid unit price\b/i,
      category: 'value_format',
      lean: { bad_source_data: 0.6, process_change: 0.3, defect: 0.1 },
      why: "the order's price differs from the price the ERP calculates",
    },
    {
      id: 'infor.no_price',
      doc: `${SYTELINE_EDI_OLDER}: "Not One Item Price Exists" (no pricing is set up for the item: add an item price or a customer-item price)`,
      message: /\bnot one item price exists\b/i,
      category: 'setup_missing',
      lean: { bad_source_data: 0.5, process_change: 0.4, defect: 0.1 },
      why: 'the item has no price set up in the ERP',
    },
    {
      id: 'infor.po_blank',
      doc: `${SYTELINE_EDI}: "Cust-PO is Blank" (the order has no customer PO number when one was expected)`,
      message: /\bcust(omer)?[- ]po (number )?is blank\b/i,
      category: 'missing_required_value',
      lean: { bad_source_data: 0.7, defect: 0.25, process_change: 0.05 },
      why: 'the order carries no customer PO number',
    },
    {
      id: 'infor.item_obsolete',
      doc: `${SYTELINE_EDI}: "Item Is Obsolete and Cannot Be Posted to an Order"`,
      message: /\bitem is obsolete\b/i,
      category: 'inactive_reference',
      why: 'the item is obsolete in the ERP',
    },
    {
      id: 'infor.order_exists',
      doc: `${SYTELINE_EDI_OLDER}: "Order Already Exists" (an order that is not an EDI order already exists for the incoming order)`,
      message: /^\W{0,4}order already exists\W{0,4}$/i,
      category: 'duplicate_record',
      why: 'the ERP already has an order for this incoming order',
    },
    {
      id: 'infor.bod_duplicate',
      doc: `${IGFC}: 102 "BOD already exists." (a document with the same BODID, made of Document, DocumentID, VariationID, AccountingEntity and Location, was already processed)`,
      message: /\bBOD already exists\b/i,
      category: 'duplicate_record',
      lean: { defect: 0.7, bad_source_data: 0.25, process_change: 0.05 },
      why: "the business document's id, which the sending integration builds, was already processed: a re-send",
    },
    {
      id: 'infor.bod_blank_variation',
      doc: `${IGFC}: 104 "Variation ID does not exist." (the document's variationID attribute is blank; it must be a number)`,
      message: /\bvariation ?id does not exist\b/i,
      category: 'mapping_error',
      why: "the business document's variationID, which the sender fills in, is blank",
    },
    {
      id: 'infor.bod_registration',
      doc: `${IGFC}: 101 "BOD TenantID is not registered in GFC.", 103 "BOD mapping does not exist.", 105 "Unable to find BOD XSD.", 106 "Unable to find class file." (the document type, its attribute mapping or its master-data class is not registered on the BOD Registration page)`,
      message: /\bBOD (TenantID is not registered|mapping does not exist)\b|\bunable to find (BOD XSD|class file)\b/i,
      category: 'setup_missing',
      lean: { process_change: 0.6, defect: 0.35, bad_source_data: 0.05 },
      why: 'the receiving application has not registered this business document or its mapping',
    },
    {
      id: 'infor.lsp_translation',
      doc: `${LSP}: "Tax code translation is not available", "Unit Code Translation is not available", "Payment method cannot be NULL" (not defined, or defined wrongly, in Invoice Translation Maintenance)`,
      message: /\b(tax|unit) code translation is not available\b|\bpayment method cannot be null\b/i,
      category: 'setup_missing',
      lean: { process_change: 0.7, defect: 0.25, bad_source_data: 0.05 },
      why: 'a tax code, unit or payment method has no translation set up for e-invoicing',
    },
    {
      id: 'infor.lsp_customer_scheme',
      doc: `${LSP}: "Customer Scheme Identifier cannot be NULL" (the customer's e-invoice tax scheme and tax id are not filled in on the customer)`,
      message: /\bcustomer scheme identifier cannot be null\b/i,
      category: 'missing_required_value',
      lean: { bad_source_data: 0.7, process_change: 0.25, defect: 0.05 },
      why: 'the customer record lacks its e-invoicing tax scheme and tax id',
    },
    {
      id: 'infor.gateway_not_exposed',
      doc: `${M3_GATEWAY}: 403 "Business object method not exposed as XML Gateway method", 412 "Business object not exposed for XML Gateway" (to resolve: mark the method Gateway-enabled in the Development Studio)`,
      message: /\bbusiness object (method )?not exposed (as|for) XML gateway\b/i,
      category: 'setup_missing',
      lean: { defect: 0.6, process_change: 0.35, bad_source_data: 0.05 },
      why: 'the business object or method the integration calls is not enabled for the XML gateway',
    },
    {
      id: 'infor.gateway_access',
      doc: `${M3_GATEWAY}: 408 "Access to requested object or method not allowed" (to resolve: enable the method for the Gateway_All segment)`,
      message: /\baccess to requested object or method not allowed\b/i,
      category: 'permission_changed',
      why: 'the gateway segment does not allow the object or method the integration calls',
    },
    {
      id: 'infor.gateway_request',
      doc: `${M3_GATEWAY}: 401 "Illegal request XML" (a permanent error: the request cannot be accepted as it is), 410 "Login failed" (check the user name and password in the request header)`,
      message: /\billegal request XML\b|^\W{0,4}login failed\W{0,4}$/i,
      category: 'malformed_request',
      why: "the gateway refused the integration's request document or its login",
    },
  ],
};
