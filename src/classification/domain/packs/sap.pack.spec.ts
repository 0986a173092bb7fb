import { describePackTable, type PackRow } from './pack-table.test-support';
import { sapPack } from './sap.pack';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['sap.gateway_backend', '/IWFND/CM_MGW254', 'Calling the backend systems S4HCLNT100 triggered an error.'],
  ['sap.precondition', '/IWBEP/CM_MGW_RT194', 'Precondition required'],
  ['sap.etag_changed', '/IWBEP/CM_MGW_RT190', 'State of the resource (entity) was already changed (If-Match)'],
  ['sap.period', 'F5201', 'Posting period 004 2026 is not open'],
  ['sap.period', 'M7 053', 'Posting only possible in periods 2026/05 and 2026/04 in company code 1010'],
  ['sap.stock_deficit', 'M7021', 'Deficit of SL Unrestricted-use 12 PC : TG11 1010 0001'],
  ['sap.co_object', 'KI235', 'Account 61003000 requires an assignment to a CO object'],
  ['sap.co_object_company_code', 'KI100', 'The CO account assignment object belongs to company code 1710, not 1010'],
  ['sap.cost_center_blocked', 'KI260', 'Cost center A000/10101101 blocked against direct postings on 12.05.2026'],
  ['sap.cost_center_blocked', 'KI262', 'Cost center A000/10101101 is blocked against indirect postings on 12.05.2026'],
  ['sap.customer_master', 'VP196', 'Payer 17100002 not maintained for sales area 1710 10 00'],
  ['sap.credit_block', 'V1154', 'Order receipt/delivery not possible, credit customer blocked'],
  ['sap.gl_field_required', 'F5808', 'Field Business Area is a required field for G/L account 1010 41000000'],
  ['sap.document_unbalanced', 'F5702', 'Balance in transaction currency'],
  ['sap.document_unbalanced', 'RW022', 'FI/CO interface: Balance in transaction currency'],
  ['sap.gl_account_not_in_company_code', 'FZ314', 'G/L account 41000000 does not exist in company code 1010'],
  ['sap.external_number_taken', '06016', 'External document number 4500001234 already assigned'],
  ['sap.vendor_purch_org', '06027', 'Vendor 17300001 has not been created for purch. organization 1710'],
  ['sap.po_code_list', 'MMPUR_INTEGRATION_PO017', 'Invalid document type ZNB1'],
  ['sap.locked', 'MMPUR_INTEGRATION_PO002', 'Purchase Order 4500001234 is locked in another session'],
  ['sap.locked', '06001', 'Table EKKO record 4500001234 blocked by another user'],
  ['sap.item_already_invoiced', 'VL444', 'Item 000010: The original order item has already been invoiced'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['sap.gateway_backend', '/IWFND/CM_MGW087', 'Metadata Routing is based on IWF customizing (GSDO Group based)'],
  ['sap.precondition', '/IWBEP/CM_MGW_RT190', 'State of the resource (entity) was already changed (If-Match)'],
  ['sap.etag_changed', '/IWBEP/CM_MGW_RT194', 'Precondition required'],
  ['sap.period', 'M7021', 'Deficit of SL Unrestricted-use 12 PC : TG11 1010 0001'],
  ['sap.stock_deficit', 'F5201', 'Posting period 004 2026 is not open'],
  ['sap.co_object', 'KI100', 'The CO account assignment object belongs to company code 1710, not 1010'],
  ['sap.co_object_company_code', 'KI235', 'Account 61003000 requires an assignment to a CO object'],
  ['sap.cost_center_blocked', 'KI235', 'Account 61003000 requires an assignment to a CO object'],
  ['sap.customer_master', 'V1154', 'Order receipt/delivery not possible, credit customer blocked'],
  ['sap.credit_block', 'VP196', 'Payer 17100002 not maintained for sales area 1710 10 00'],
  ['sap.gl_field_required', 'FZ314', 'G/L account 41000000 does not exist in company code 1010'],
  ['sap.document_unbalanced', '', 'Balance in transaction currency 0.02 EUR is too large'],
  [
    'sap.gl_account_not_in_company_code',
    'F5808',
    'Field Business Area is a required field for G/L account 1010 41000000',
  ],
  ['sap.external_number_taken', '06027', 'Vendor 17300001 has not been created for purch. organization 1710'],
  ['sap.vendor_purch_org', '06016', 'External document number 4500001234 already assigned'],
  ['sap.po_code_list', 'MMPUR_INTEGRATION_PO002', 'Purchase Order 4500001234 is locked in another session'],
  ['sap.locked', 'MMPUR_INTEGRATION_PO003', 'Purchase Order 4500001234 is not found'],
  ['sap.item_already_invoiced', 'VP196', 'Payer 17100002 not maintained for sales area 1710 10 00'],
];

describePackTable(sapPack, positives, nearMisses);
