import { epicorPack } from './epicor.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['epicor.roe_not_found', 'Prd NF', ''],
  ['epicor.roe_not_found', '', 'Customer not found.'],
  ['epicor.roe_availability', 'BkOrd', ''],
  ['epicor.roe_availability', '', 'One or more items on the order is not available.'],
  ['epicor.roe_pricing', 'Price', 'Pricing error, such as expired pricing.'],
  ['epicor.p21_required', '', 'Transaction 1:: customer_id is required'],
  ['epicor.p21_required', '', 'This column is required.'],
  ['epicor.p21_invalid_value', '', "Transaction 1:: Invalid value for price_page_type_cd: 'Tiered'"],
  ['epicor.p21_payload_shape', '', 'Transaction 1:: company_id must be set before product_group_id'],
  ['epicor.p21_payload_shape', '', 'Sequence contains no matching element'],
  ['epicor.p21_payload_shape', '', "Field 'ship_to_nm' not found in datawindow 'd_form'"],
  ['epicor.p21_session', '', 'Session not found or expired'],
  [
    'epicor.p21_response_window',
    '',
    'Unexpected response window: Email Purchase Order(s). Window class: w_email_response',
  ],
  ['epicor.p21_token', 'invalid_grant', 'The user name or password is incorrect.'],
  ['epicor.p21_udt', '4001', 'Invalid UDT table'],
  ['epicor.p21_change_refused', '', "PUT /change failed for field 'ship_to_name'"],
  ['epicor.p21_query', '', "Invalid filter expression: 'vendor eq 10050'"],
  [
    'epicor.kinetic_internal',
    '',
    'We apologize, but an unexpected internal problem occurred. Please provide your System Admin or Technical Support this Correlation ID for further details. Correlation ID: 0d6f2a1e-5b7c-4e3a-9f10-2c4b8a7d6e55',
  ],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['epicor.roe_not_found', '', 'Customer not found for ship-to 12: the ship-to belongs to another customer'],
  ['epicor.roe_availability', '', 'An item on the order has no price.'],
  ['epicor.roe_pricing', 'Price', 'Unit price cannot be zero.'],
  ['epicor.p21_required', '', 'Transaction 1:: Invalid value for customer_id: 10050'],
  ['epicor.p21_invalid_value', '', 'Transaction 1:: customer_id is required'],
  ['epicor.p21_payload_shape', '', 'Transaction 1:: customer_id is required'],
  ['epicor.p21_session', '', 'Unexpected response window: Credit Limit Exceeded. Window class: w_response'],
  ['epicor.p21_response_window', '', 'Session not found or expired'],
  ['epicor.p21_token', '', 'Customer authentication code on the order is invalid'],
  ['epicor.p21_udt', '', 'Invalid column name: row_uid'],
  ['epicor.p21_change_refused', '', "Field 'external_po_no' not found in datawindow 'd_form'"],
  ['epicor.p21_query', '', 'Resource not found: customer 10050'],
  ['epicor.kinetic_internal', '', 'We apologize for the delay: the nightly MRP run is still in progress'],
];

describePackTable(epicorPack, positives, nearMisses);
