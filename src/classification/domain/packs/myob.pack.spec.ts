import { myobPack } from './myob.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['myob.gateway_timeout', 'GatewayTimeout', 'Connection to the API has timed out'],
  ['myob.rate_limit', 'RateLimitError', 'API key has exceeded the per-second rate limit'],
  ['myob.developer_inactive', 'DeveloperInactive', 'API key is missing or inactive'],
  ['myob.access_denied', 'AccessDenied', 'Access denied: check the x-myobapi-cftoken header'],
  [
    'myob.serialization',
    '50',
    "Error converting value \"\" to type 'System.Guid'. Path 'Lines[0].Account.UID', line 1, position 312.",
  ],
  ['myob.required', 'Required', 'Customer is required'],
  ['myob.required', '', 'ValidationError: Amount is required (AdditionalDetails: Amount:(Line))'],
  ['myob.foreign_currency_required', '', 'ForeignCurrency is required'],
  ['myob.not_found', 'NotFound', 'The Customer could not be found'],
  ['myob.row_version', 'IncorrectRowVersionSupplied', 'The RowVersion supplied does not match the current record'],
  ['myob.must_be_reversed', '25003', 'Transactions cannot be deleted and must be reversed'],
  ['myob.before_financial_year', '25008', 'Date cannot be prior to beginning of financial year'],
  ['myob.account_not_valid', '29001', 'Account must be bank or credit card type'],
  ['myob.lock_period', '', 'BusinessEvent_DateOccured_InLockPeriod'],
  ['myob.lock_period', '', '[4223] DateOccurred:(SaleEvent)'],
  ['myob.credit_hold', '', 'SaleEvent_CreditOnHold'],
  ['myob.credit_hold', '', '[4231] CardId:(SalesEvent)'],
  ['myob.category_required', '', '[4227] CategoryId:(SaleEvent)'],
  ['myob.job_required', '', '[4245] JobId:(SaleEventLine)'],
  ['myob.header_not_allowed', '', 'Line_JobHeaderNotAllowed'],
  ['myob.term_out_of_range', '', 'Term_Out_Of_Range'],
  ['myob.converted_to_bill', '', 'Cannot update or delete order converted to Bill'],
  ['myob.validation_rule', '', '[4211] Number:(SaleEvent)'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['myob.gateway_timeout', 'RateLimitError', 'API key has exceeded the daily rate limit'],
  ['myob.rate_limit', 'DeveloperInactive', 'API key is missing or inactive'],
  ['myob.developer_inactive', 'RateLimitError', 'API key has exceeded the daily rate limit'],
  ['myob.access_denied', 'DeveloperInactive', 'API key is missing or inactive'],
  ['myob.serialization', '100', 'Customer is required'],
  ['myob.required', '', 'ForeignCurrency is required'],
  ['myob.foreign_currency_required', '', 'Customer is required'],
  ['myob.not_found', 'IncorrectRowVersionSupplied', 'The RowVersion supplied does not match the current record'],
  ['myob.row_version', 'NotFound', 'The Customer could not be found'],
  ['myob.must_be_reversed', '25008', 'Date cannot be prior to beginning of financial year'],
  ['myob.before_financial_year', '', 'BusinessEvent_DateOccured_InLockPeriod'],
  ['myob.account_not_valid', 'NotFound', 'The Account could not be found'],
  ['myob.lock_period', '25008', 'Date cannot be prior to beginning of financial year'],
  ['myob.credit_hold', '', '[4227] CategoryId:(SaleEvent)'],
  ['myob.category_required', '', '[4245] JobId:(SaleEventLine)'],
  ['myob.job_required', '', 'Line_JobHeaderNotAllowed'],
  ['myob.header_not_allowed', '', '[4245] JobId:(SaleEventLine)'],
  ['myob.term_out_of_range', '', 'BusinessEvent_DateOccured_InLockPeriod'],
  ['myob.converted_to_bill', '', 'Transactions cannot be deleted and must be reversed'],
  ['myob.validation_rule', '', '[4245] JobId:(SaleEventLine)'],
];

describePackTable(myobPack, positives, nearMisses);
