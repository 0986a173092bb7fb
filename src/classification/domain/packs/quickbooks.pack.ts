import type { KnowledgePack } from './pack.types';

// QuickBooks Online API error codes (Intuit developer docs, "Error codes"): 2xxx request and
// reference errors, 3xxx auth, 5010 stale object, 6xxx business validation.
export const quickbooksPack: KnowledgePack = {
  system: 'QuickBooks Online',
  aliases: ['quickbooks', 'qbo', 'intuit'],
  families: [
    { id: 'qbo.invalid_reference', codes: /^2500$/, message: /invalid reference id/i, either: true, category: 'invalid_reference', why: 'QBO 2500: the referenced object does not exist or cannot be used' },
    { id: 'qbo.category_ref', message: /categories cannot be used in transactions/i, category: 'mapping_error', supersedes: ['qbo.invalid_reference'], why: 'the integration mapped to a category item, which QBO transactions cannot use' },
    { id: 'qbo.required_param', codes: /^20[12]0$/, message: /required parameter .{0,200} is missing in the request/i, either: true, category: 'malformed_request', why: 'QBO 2020: the request lacks a parameter the integration should always send' },
    { id: 'qbo.auth', codes: /^(3200|3100|3202)$/, message: /authenticationfailed|malformed bearer token/i, either: true, category: 'auth_config', why: 'QBO rejected the OAuth token' },
    { id: 'qbo.subscription', codes: /^(120|3001)$/, message: /authorizationfailure|do not have access to use quickbooks/i, either: true, category: 'permission_changed', why: 'the QBO subscription or user access changed' },
    { id: 'qbo.stale', codes: /^5010$/, message: /stale object/i, either: true, category: 'concurrency', why: 'QBO 5010 stale object: a concurrent edit' },
    { id: 'qbo.duplicate_doc', codes: /^6140$/, message: /duplicate document number/i, either: true, category: 'duplicate_record', why: 'QBO 6140: document number already used' },
    { id: 'qbo.period_closed', codes: /^6210$/, message: /account period closed|books cannot be updated/i, either: true, category: 'period_locked', why: 'QBO closing date: the books are closed' },
    { id: 'qbo.vat', message: /have a (vat|tax) rate|tax code is required/i, category: 'setup_missing', lean: { process_change: 0.75, bad_source_data: 0.15 }, why: 'tax settings (VAT/GST) now require a rate: a company setting change' },
    { id: 'qbo.internal', message: /unexpected internal error/i, category: 'upstream_5xx', why: 'QBO reported an internal error' },
    { id: 'qbo.business_validation', codes: /^6000$/, category: 'value_format', fallback: true, why: 'QBO business validation refused the transaction' },
    { id: 'qbo.query', codes: /^4000|4001|4002$/, category: 'value_format', fallback: true, why: 'QBO could not process the query' },
  ],
};
