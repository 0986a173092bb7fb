import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { sapPack } from './sap.pack';

type Row = [familyId: string, code: string, message: string, matches: boolean];

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const rows: Row[] = [
  ['sap.gateway_backend', '/IWFND/CM_MGW254', 'Calling the backend systems S4HCLNT100 triggered an error.', true],
  ['sap.gateway_backend', '/IWFND/CM_MGW087', 'Metadata Routing is based on IWF customizing (GSDO Group based)', false],
  ['sap.precondition', '/IWBEP/CM_MGW_RT194', 'Precondition required', true],
  ['sap.precondition', '/IWBEP/CM_MGW_RT190', 'State of the resource (entity) was already changed (If-Match)', false],
  ['sap.etag_changed', '/IWBEP/CM_MGW_RT190', 'State of the resource (entity) was already changed (If-Match)', true],
  ['sap.etag_changed', '/IWBEP/CM_MGW_RT194', 'Precondition required', false],
  ['sap.period', 'F5201', 'Posting period 004 2026 is not open', true],
  ['sap.period', 'M7 053', 'Posting only possible in periods 2026/05 and 2026/04 in company code 1010', true],
  ['sap.period', 'M7021', 'Deficit of SL Unrestricted-use 12 PC : TG11 1010 0001', false],
  ['sap.stock_deficit', 'M7021', 'Deficit of SL Unrestricted-use 12 PC : TG11 1010 0001', true],
  ['sap.stock_deficit', 'F5201', 'Posting period 004 2026 is not open', false],
  ['sap.co_object', 'KI235', 'Account 61003000 requires an assignment to a CO object', true],
  ['sap.co_object', 'KI100', 'The CO account assignment object belongs to company code 1710, not 1010', false],
  [
    'sap.co_object_company_code',
    'KI100',
    'The CO account assignment object belongs to company code 1710, not 1010',
    true,
  ],
  ['sap.co_object_company_code', 'KI235', 'Account 61003000 requires an assignment to a CO object', false],
  ['sap.cost_center_blocked', 'KI260', 'Cost center A000/10101101 blocked against direct postings on 12.05.2026', true],
  [
    'sap.cost_center_blocked',
    'KI262',
    'Cost center A000/10101101 is blocked against indirect postings on 12.05.2026',
    true,
  ],
  ['sap.cost_center_blocked', 'KI235', 'Account 61003000 requires an assignment to a CO object', false],
  ['sap.customer_master', 'VP196', 'Payer 17100002 not maintained for sales area 1710 10 00', true],
  ['sap.customer_master', 'V1154', 'Order receipt/delivery not possible, credit customer blocked', false],
  ['sap.credit_block', 'V1154', 'Order receipt/delivery not possible, credit customer blocked', true],
  ['sap.credit_block', 'VP196', 'Payer 17100002 not maintained for sales area 1710 10 00', false],
  ['sap.gl_field_required', 'F5808', 'Field Business Area is a required field for G/L account 1010 41000000', true],
  ['sap.gl_field_required', 'FZ314', 'G/L account 41000000 does not exist in company code 1010', false],
  ['sap.document_unbalanced', 'F5702', 'Balance in transaction currency', true],
  ['sap.document_unbalanced', 'RW022', 'FI/CO interface: Balance in transaction currency', true],
  ['sap.document_unbalanced', '', 'Balance in transaction currency 0.02 EUR is too large', false],
  ['sap.gl_account_not_in_company_code', 'FZ314', 'G/L account 41000000 does not exist in company code 1010', true],
  [
    'sap.gl_account_not_in_company_code',
    'F5808',
    'Field Business Area is a required field for G/L account 1010 41000000',
    false,
  ],
  ['sap.external_number_taken', '06016', 'External document number 4500001234 already assigned', true],
  ['sap.external_number_taken', '06027', 'Vendor 17300001 has not been created for purch. organization 1710', false],
  ['sap.vendor_purch_org', '06027', 'Vendor 17300001 has not been created for purch. organization 1710', true],
  ['sap.vendor_purch_org', '06016', 'External document number 4500001234 already assigned', false],
  ['sap.po_code_list', 'MMPUR_INTEGRATION_PO017', 'Invalid document type ZNB1', true],
  ['sap.po_code_list', 'MMPUR_INTEGRATION_PO002', 'Purchase Order 4500001234 is locked in another session', false],
  ['sap.locked', 'MMPUR_INTEGRATION_PO002', 'Purchase Order 4500001234 is locked in another session', true],
  ['sap.locked', '06001', 'Table EKKO record 4500001234 blocked by another user', true],
  ['sap.locked', 'MMPUR_INTEGRATION_PO003', 'Purchase Order 4500001234 is not found', false],
  ['sap.item_already_invoiced', 'VL444', 'Item 000010: The original order item has already been invoiced', true],
  ['sap.item_already_invoiced', 'VP196', 'Payer 17100002 not maintained for sales area 1710 10 00', false],
];

describe('sapPack families', () => {
  it.each(rows)('%s on %j / %j → matches: %s', (familyId, code, message, matches) => {
    const ids = countedFamilies(sapPack, code, message).map((family) => family.id);
    if (matches) expect(ids).toContain(familyId);
    else expect(ids).not.toContain(familyId);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of sapPack.families) {
      expect(family.doc, family.id).toBeTruthy();
      expect(
        rows.some(([id, , , matches]) => id === family.id && matches),
        `${family.id} positive row`,
      ).toBe(true);
      expect(
        rows.some(([id, , , matches]) => id === family.id && !matches),
        `${family.id} negative row`,
      ).toBe(true);
    }
    for (const [id] of rows)
      expect(
        sapPack.families.some((family) => family.id === id),
        `row for unknown family ${id}`,
      ).toBe(true);
  });
});
