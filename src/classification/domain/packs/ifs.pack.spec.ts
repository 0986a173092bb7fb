import { ifsPack } from './ifs.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['ifs.not_exist', '', 'ORA-20111: CustomerInfo.NOTEXIST: The Customer "C1044" does not exist.'],
  ['ifs.not_exist', 'ORA-20111', 'The Inventory Part does not exist.'],
  ['ifs.exists', '', 'ORA-20112: CustomerOrder.FND_RECORD_EXIST: The Customer Order already exists.'],
  ['ifs.rowkey_exists', 'ORA-20160', ''],
  ['ifs.locked_or_changed', '', 'ORA-20113: PayStatus.LOCKED: The Pay Status "10" is locked by another user.'],
  ['ifs.locked_or_changed', '', 'ORA-20114: Project.FND_MODIFIED: The Project record has already been changed.'],
  ['ifs.removed', '', 'ORA-20115: SupplierInfo.REMOVED: The Supplier "S12" has been removed by another user.'],
  ['ifs.in_use', 'ORA-20116', ''],
  [
    'ifs.too_many_rows',
    '',
    'ORA-20117: SalesPart.TOO_MANY_ROWS: The method "Get" in Sales Part returns more than one row.',
  ],
  ['ifs.blocked', '', 'ORA-20118: Company.ACCESSBLOCKED: Company is blocked for use.'],
  [
    'ifs.no_privilege',
    '',
    'ORA-20106: CustomerOrder.NOACCESS: You do not have privileges to use the "New__" operation for "Customer Order".',
  ],
  ['ifs.arguments_refused', 'ORA-20181', 'Arguments used to execute current operation are not allowed.'],
  [
    'ifs.field_not_settable',
    '',
    'ORA-20121: CustomerOrder.INSERT: Field [ORDER_NO] in Customer Order may not be specified for new objects.',
  ],
  [
    'ifs.value_format',
    '',
    'ORA-20124: CustomerOrder.FORMAT2: Field [WANTED_DELIVERY_DATE] in Customer Order has an invalid value format.',
  ],
  [
    'ifs.mandatory',
    '',
    'ORA-20124: CustomerOrder.NULLVALUE: Field [CUSTOMER_NO] is mandatory for Customer Order and requires a value.',
  ],
  [
    'ifs.key_characters',
    '',
    'ORA-20124: InventoryPart.INVALIDKEYVALUE3: Trailing spaces are not allowed in key value [PART_NO].',
  ],
  ['ifs.unknown_field', '', 'ORA-20125: CustomerOrder.ITEMNOTEXIST: Field [REGION] is not a part of Customer Order.'],
  ['ifs.too_long', 'ORA-20126', 'The length exceeds the maximum length for the database. (NAME)'],
  ['ifs.unknown_state', '', 'ORA-20131: CustomerOrder.NOTEVENT: State "Shipped" is not valid for Customer Order.'],
  [
    'ifs.state_refuses',
    '',
    'ORA-20132: CustomerOrder.NOTHANDLED: The operation "Release" is not allowed for Customer Order "CO-88" which is in state "Closed".',
  ],
  ['ifs.component_missing', 'ORA-20141', 'Component [PCM] is not available.'],
  ['ifs.projection', '', 'The projection [CustomerOrderHandling] is not accessible through this endpoint.'],
  ['ifs.metadata_outdated', 'MI_MODIFIED_ERROR', 'Cached Service metadata is outdated. Please try again.'],
  ['ifs.odata_request', 'ODP_DESERIALIZATION_ERROR', 'Error while de-serializing contents.'],
  [
    'ifs.unit_not_enabled',
    'ORA-20111',
    'ORA-20111: IsoUnit.NOTEXIST: Unit code pcs does not exist or is not enabled for use in the application.',
  ],
  [
    'ifs.year_missing',
    '',
    'ORA-20111: AccountingYear.YEARNOTEXIST: Accounting year "2027" does not exist in company "10"',
  ],
  [
    'ifs.order_attributes',
    '',
    'ORA-20111: CustOrdAddress.ORDERADDRATTR: Order attributes are missing for customer 1044 address number 2',
  ],
  ['ifs.credit_blocked', '', 'Customer is Credit blocked.'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['ifs.not_exist', '', 'ORA-20112: CustomerInfo.EXIST: The Customer "C1044" already exists.'],
  // a unit not enabled is the unit set-up, not a missing record
  [
    'ifs.not_exist',
    'ORA-20111',
    'ORA-20111: IsoUnit.NOTEXIST: Unit code pcs does not exist or is not enabled for use in the application.',
  ],
  ['ifs.exists', '', 'ORA-20111: CustomerInfo.NOTEXIST: The Customer "C1044" does not exist.'],
  ['ifs.rowkey_exists', '', 'ORA-20112: CustomerOrder.EXIST: The Customer Order "CO-1" already exists.'],
  [
    'ifs.locked_or_changed',
    '',
    'ORA-20115: SupplierInfo.REMOVED: The Supplier "S12" has been removed by another user.',
  ],
  ['ifs.removed', '', 'ORA-20114: Project.MODIFIED: The Project "P1" has been modified by another user.'],
  ['ifs.in_use', '', 'ORA-20117: SalesPart.TOO_MANY_ROWS: The method "Get" in Sales Part returns more than one row.'],
  ['ifs.too_many_rows', 'ORA-20116', ''],
  [
    'ifs.blocked',
    '',
    'ORA-20106: Company.NOACCESS: You do not have privileges to use the "Modify__" operation for "Company".',
  ],
  ['ifs.no_privilege', 'ORA-20181', ''],
  ['ifs.arguments_refused', 'ORA-20106', ''],
  [
    'ifs.field_not_settable',
    '',
    'ORA-20124: CustomerOrder.NULLVALUE: Field [CUSTOMER_NO] is mandatory for Customer Order and requires a value.',
  ],
  ['ifs.value_format', '', 'ORA-20124: InventoryPart.INVALIDKEYVALUE: Illegal character in key value [PART/NO].'],
  [
    'ifs.mandatory',
    '',
    'ORA-20124: CustomerOrder.NOTNULLVALUE: Field [ROWKEY] is a system generated value  for Customer Order and cannot be set to value X.',
  ],
  [
    'ifs.key_characters',
    '',
    'ORA-20124: CustomerOrder.FORMAT: Assignment of an invalid value or value type has occurred in Customer Order.',
  ],
  ['ifs.unknown_field', '', 'ORA-20111: CustomerInfo.NOTEXIST: The Customer "C1" does not exist.'],
  ['ifs.too_long', 'ORA-20125', ''],
  [
    'ifs.unknown_state',
    '',
    'ORA-20132: CustomerOrder.NOTHANDLED: The operation "Release" is not allowed for Customer Order objects in state "Closed".',
  ],
  ['ifs.state_refuses', '', 'ORA-20131: CustomerOrder.NOTEVENT: State "Shipped" is not valid for Customer Order.'],
  ['ifs.component_missing', '', 'ORA-20171: The projection [Foo] does not exist.'],
  ['ifs.projection', '', 'Component [PCM] is not available.'],
  ['ifs.metadata_outdated', '', 'Metadata for projection [CustomerOrderHandling] has been modified.'],
  ['ifs.odata_request', '', 'Cached Service metadata is outdated. Please try again.'],
  ['ifs.unit_not_enabled', '', 'ORA-20111: CustomerInfo.NOTEXIST: The Customer "pcs" does not exist.'],
  ['ifs.year_missing', '', 'ORA-20111: AccountingPeriod.NOTEXIST: The Accounting Period "2027-01" does not exist.'],
  ['ifs.order_attributes', '', 'ORA-20111: CustOrdAddress.NOTEXIST: The Customer Address "1044, 2" does not exist.'],
  ['ifs.credit_blocked', '', 'Customer is blocked for use.'],
];

describePackTable(ifsPack, positives, nearMisses);
