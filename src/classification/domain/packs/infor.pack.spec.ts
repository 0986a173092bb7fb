import { inforPack } from './infor.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['infor.credit_limit', '', 'Credit Limit Exceeded'],
  ['infor.master_not_found', '', 'Invalid Customer'],
  ['infor.master_not_found', '', 'Customer Contract Does Not Exist'],
  ['infor.code_not_set_up', '', 'Invalid Ship-Via'],
  ['infor.code_not_set_up', '', 'Invalid Unit of Measure'],
  ['infor.order_type', '', 'Invalid Order Type'],
  ['infor.unit_price', '', 'Invalid Unit Price'],
  ['infor.no_price', '', 'Not One Item Price Exists'],
  ['infor.po_blank', '', 'Cust-PO is Blank'],
  ['infor.item_obsolete', '', 'Item Is Obsolete and Cannot Be Posted to an Order'],
  ['infor.order_exists', '', 'Order Already Exists'],
  ['infor.bod_duplicate', '102', 'BOD already exists.'],
  ['infor.bod_blank_variation', '104', 'Variation ID does not exist.'],
  ['infor.bod_registration', '103', 'BOD mapping does not exist.'],
  ['infor.bod_registration', '105', 'Unable to find BOD XSD.'],
  ['infor.lsp_translation', '', 'Tax code translation is not available'],
  ['infor.lsp_translation', '', 'Payment method cannot be NULL'],
  ['infor.lsp_customer_scheme', '', 'Customer Scheme Identifier cannot be NULL'],
  ['infor.gateway_not_exposed', '403', 'Business object method not exposed as XML Gateway method'],
  ['infor.gateway_access', '408', 'Access to requested object or method not allowed'],
  ['infor.gateway_request', '401', 'Illegal request XML'],
  ['infor.gateway_request', '410', 'Login failed'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['infor.credit_limit', '', 'Credit limit must be greater than zero'],
  // a customer named inside a longer sentence is not the EDI posting error
  ['infor.master_not_found', '', 'Invalid customer PO number format for customer 1042'],
  ['infor.code_not_set_up', '', 'Invalid Unit Price'],
  ['infor.order_type', '', 'Invalid Price Code'],
  ['infor.unit_price', '', 'Not One Item Price Exists'],
  ['infor.no_price', '', 'Invalid Unit Price'],
  ['infor.po_blank', '', 'Cust-PO 4500012 already used on order CO-1001'],
  ['infor.item_obsolete', '', 'Invalid Item'],
  ['infor.order_exists', '', 'Order Already Exists for line 3 of blanket order B-77: release date overlaps'],
  ['infor.bod_duplicate', '', 'Variation ID does not exist.'],
  ['infor.bod_blank_variation', '', 'BOD already exists.'],
  ['infor.bod_registration', '', 'BOD already exists.'],
  ['infor.lsp_translation', '', 'Customer Scheme Identifier cannot be NULL'],
  ['infor.lsp_customer_scheme', '', 'Payment method cannot be NULL'],
  ['infor.gateway_not_exposed', '', 'Access to requested object or method not allowed'],
  ['infor.gateway_access', '', 'Business object not exposed for XML Gateway'],
  ['infor.gateway_request', '', 'Login failed for user ION_SVC: password expired'],
];

describePackTable(inforPack, positives, nearMisses);
