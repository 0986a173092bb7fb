import { odooPack } from './odoo.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

const positives: PackRow[] = [
  [
    'odoo.lock_date',
    'odoo.exceptions.UserError',
    'You cannot add/modify entries prior to and inclusive of the lock date 12/31/2025.',
  ],
  [
    'odoo.lock_date',
    '',
    'The operation is refused as it would impact an already issued tax statement. Please change the journal entry date or the tax lock date set in the settings (03/31/2026) to proceed.',
  ],
  [
    'odoo.access_error',
    'odoo.exceptions.AccessError',
    "You are not allowed to modify 'Journal Entry' (account.move) records.",
  ],
  [
    'odoo.access_error',
    '',
    "Due to security restrictions, you are not allowed to access 'Contact' (res.partner) records.",
  ],
  ['odoo.access_denied', 'odoo.exceptions.AccessDenied', 'Access Denied'],
  ['odoo.session_expired', '', 'Odoo Session Expired'],
  [
    'odoo.missing_record',
    'odoo.exceptions.MissingError',
    'Record does not exist or has been deleted.\n(Record: sale.order(4512,), User: 7)',
  ],
  [
    'odoo.mandatory_field',
    'odoo.exceptions.ValidationError',
    'The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another model requires the record being deleted. If possible, archive it instead.\n\nModel: Contact (res.partner)\nField: Name (name)',
  ],
  [
    'odoo.record_in_use',
    'odoo.exceptions.ValidationError',
    'The operation cannot be completed: another model requires the record being deleted. If possible, archive it instead.\n\nModel: Product (product.product)\nConstraint: sale_order_line_product_id_fkey',
  ],
  [
    'odoo.unique',
    'odoo.exceptions.ValidationError',
    'The operation cannot be completed: Another entry with the same name already exists.',
  ],
  [
    'odoo.unique',
    '',
    'The operation cannot be completed: duplicate key value violates unique constraint "res_partner_ref_uniq"',
  ],
  [
    'odoo.serial_unique',
    'odoo.exceptions.ValidationError',
    'The operation cannot be completed: The combination of serial number and product must be unique across a company.',
  ],
  ['odoo.invalid_field', 'builtins.ValueError', "Invalid field 'delivery_note' on model 'sale.order'"],
  ['odoo.invalid_custom_field', 'builtins.ValueError', "Invalid field 'x_studio_region' on model 'res.partner'"],
  ['odoo.wrong_selection', 'builtins.ValueError', "Wrong value for account.move.move_type: 'invoice'"],
  ['odoo.model_missing', 'odoo.exceptions.UserError', "Object mrp.production doesn't exist"],
  ['odoo.posted_entry', 'odoo.exceptions.UserError', 'The entry INV/2026/00042 (id 981) is already posted.'],
  ['odoo.posted_entry', '', 'You cannot delete an entry which has been posted once.'],
  [
    'odoo.nothing_to_pay',
    'odoo.exceptions.UserError',
    "You can't register a payment because there is nothing left to pay on the selected journal items.",
  ],
  [
    'odoo.unbalanced',
    'odoo.exceptions.UserError',
    'Cannot create unbalanced journal entry. Ids: [981]\nDifferences debit - credit: [0.01]',
  ],
  [
    'odoo.journal_missing',
    'odoo.exceptions.UserError',
    'No journal could be found in company My Company (San Francisco) for any of those types: sale',
  ],
  ['odoo.journal_missing', '', 'Please define an accounting sales journal for the company My Company (1).'],
  [
    'odoo.partner_required',
    'odoo.exceptions.UserError',
    "The field 'Customer' is required, please complete it to validate the Customer Invoice.",
  ],
  ['odoo.no_lines', 'odoo.exceptions.UserError', 'You need to add a line before posting.'],
  [
    'odoo.order_state',
    'odoo.exceptions.UserError',
    'It is not allowed to confirm an order in the following states: cancel, sale',
  ],
  ['odoo.order_state', '', 'Unable to cancel this purchase order. You must first cancel the related vendor bills.'],
  [
    'odoo.nothing_to_invoice',
    'odoo.exceptions.UserError',
    'There is no invoiceable line. If a product has a Delivered quantities invoicing policy, please make sure that a quantity has been delivered.',
  ],
  [
    'odoo.reserve_more',
    'odoo.exceptions.UserError',
    'It is not possible to reserve more products of [FURN_7800] Desk Combination than you have in stock.',
  ],
  [
    'odoo.lot_required',
    'odoo.exceptions.UserError',
    'You need to supply a Lot/Serial number for product:\n- [E-COM11] Cabinet with Doors',
  ],
  ['odoo.concurrency', 'psycopg2.errors.SerializationFailure', 'could not serialize access due to concurrent update'],
];

// near misses: an Odoo error of another meaning that looks alike
const nearMisses: PackRow[] = [
  ['odoo.lock_date', 'odoo.exceptions.UserError', 'The entry INV/2026/00042 (id 981) is already posted.'],
  ['odoo.access_error', 'odoo.exceptions.AccessDenied', 'Access Denied'],
  [
    'odoo.access_denied',
    'odoo.exceptions.AccessError',
    "You are not allowed to access 'Contact' (res.partner) records.",
  ],
  ['odoo.session_expired', 'odoo.exceptions.AccessDenied', 'Access Denied'],
  ['odoo.missing_record', 'odoo.exceptions.UserError', "Object mrp.production doesn't exist"],
  [
    'odoo.mandatory_field',
    'odoo.exceptions.UserError',
    "The field 'Customer' is required, please complete it to validate the Customer Invoice.",
  ],
  [
    'odoo.record_in_use',
    'odoo.exceptions.ValidationError',
    'The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another model requires the record being deleted. If possible, archive it instead.',
  ],
  [
    'odoo.unique',
    'odoo.exceptions.ValidationError',
    'The operation cannot be completed: another model requires the record being deleted. If possible, archive it instead.',
  ],
  // a bare PostgreSQL text is not Odoo's: Odoo's RPC layer always wraps it in "The operation cannot be completed"
  ['odoo.unique', 'psycopg2.errors.UniqueViolation', 'duplicate key value violates unique constraint "orders_pkey"'],
  [
    'odoo.serial_unique',
    'odoo.exceptions.UserError',
    'You need to supply a Lot/Serial number for product:\n- [E-COM11] Cabinet with Doors',
  ],
  ['odoo.invalid_field', 'builtins.ValueError', "Invalid field 'x_studio_region' on model 'res.partner'"],
  ['odoo.invalid_custom_field', 'builtins.ValueError', "Invalid field 'delivery_note' on model 'sale.order'"],
  ['odoo.wrong_selection', 'builtins.ValueError', "Invalid field 'move_type' on model 'account.journal'"],
  ['odoo.model_missing', 'odoo.exceptions.MissingError', 'Record does not exist or has been deleted.'],
  [
    'odoo.posted_entry',
    'odoo.exceptions.UserError',
    'You cannot add/modify entries prior to and inclusive of the lock date 12/31/2025.',
  ],
  ['odoo.nothing_to_pay', 'odoo.exceptions.UserError', 'There is no invoiceable line.'],
  ['odoo.unbalanced', 'odoo.exceptions.UserError', 'You need to add a line before posting.'],
  ['odoo.journal_missing', 'odoo.exceptions.UserError', "Object account.journal doesn't exist"],
  [
    'odoo.partner_required',
    'odoo.exceptions.ValidationError',
    'The operation cannot be completed:\n- Create/update: a mandatory field is not set.',
  ],
  ['odoo.no_lines', 'odoo.exceptions.UserError', 'There is no invoiceable line.'],
  ['odoo.order_state', 'odoo.exceptions.UserError', 'The entry INV/2026/00042 (id 981) is already posted.'],
  [
    'odoo.nothing_to_invoice',
    'odoo.exceptions.UserError',
    "You can't register a payment because there is nothing left to pay on the selected journal items.",
  ],
  [
    'odoo.reserve_more',
    'odoo.exceptions.UserError',
    'You need to supply a Lot/Serial number for product: [E-COM11] Cabinet with Doors',
  ],
  [
    'odoo.lot_required',
    'odoo.exceptions.UserError',
    'It is not possible to reserve more products of [FURN_7800] Desk Combination than you have in stock.',
  ],
  [
    'odoo.concurrency',
    'odoo.exceptions.ValidationError',
    'duplicate key value violates unique constraint "res_partner_ref_uniq"',
  ],
];

describePackTable(odooPack, positives, nearMisses);
