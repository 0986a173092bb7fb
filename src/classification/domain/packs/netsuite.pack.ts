import type { KnowledgePack } from './pack.types';

// NetSuite SuiteTalk / REST error codes (Help Center "SOAP Web Services Error Status Codes") and
// the phrasings connectors (Celigo, Shopify connectors) wrap around them.
export const netsuitePack: KnowledgePack = {
  system: 'NetSuite',
  aliases: ['netsuite', 'suitetalk', 'ns-'],
  families: [
    { id: 'ns.invalid_key_or_ref', codes: /^invalid_key_or_ref$/i, message: /invalid .{0,200}reference key/i, either: true, category: 'invalid_reference', why: 'NetSuite INVALID_KEY_OR_REF: the referenced internal id does not exist (or not for this subsidiary)' },
    { id: 'ns.ref_of_transaction', message: /reference key of (order|invoice|sales ?order|payment|deposit|transaction)/i, category: 'mapping_error', lean: { defect: 0.6, process_change: 0.3, bad_source_data: 0.1 }, supersedes: ['ns.invalid_key_or_ref'], why: 'NetSuite could not find a transaction the integration itself created earlier: a sequencing or mapping fault' },
    { id: 'ns.subsidiary', message: /for subsidiary \d+/i, category: 'invalid_reference', lean: { process_change: 0.35 }, why: 'the reference is not available to this subsidiary: often a subsidiary set-up change' },
    { id: 'ns.dup_rcrd', codes: /^dup_(rcrd|entity|item).*$/i, message: /this record already exists|duplicate (record|entity)/i, either: true, category: 'duplicate_record', why: 'NetSuite DUP_RCRD: a record with this key already exists' },
    { id: 'ns.invalid_fld_value', codes: /^invalid_fld_value$/i, message: /invalid field value .{0,200} for the following field/i, either: true, category: 'unmapped_value', lean: { defect: 0.35, process_change: 0.35, bad_source_data: 0.3 }, why: 'NetSuite INVALID_FLD_VALUE: the value is not one the field accepts' },
    { id: 'ns.date_format', message: /invalid date value \(must be/i, category: 'malformed_request', supersedes: ['ns.invalid_fld_value'], why: 'the date was serialised in a format NetSuite does not accept: the integration formats dates' },
    { id: 'ns.max_length', message: /contained more than the maximum number/i, category: 'value_too_long', why: 'NetSuite field length limit exceeded' },
    { id: 'ns.required', message: /please enter value\(s\) for/i, category: 'missing_required_value', lean: { process_change: 0.55, defect: 0.3, bad_source_data: 0.15 }, why: 'NetSuite "Please enter value(s) for": a mandatory field, often newly made mandatory by a form or preference change' },
    { id: 'ns.search_timeout', codes: /^abort_search_exceeded_max_time$/i, message: /search has timed out/i, either: true, category: 'timeout', why: 'NetSuite aborted a search that ran too long' },
    { id: 'ns.concurrency_limit', codes: /^(ns0593|exceeded_concurrent_request_limit|exceeded_request_limit|ws_concur_sessn_disallwd)$/i, message: /too many open connections|concurrent request limit/i, either: true, category: 'rate_limited', why: 'NetSuite concurrency governance refused the call' },
    { id: 'ns.login', codes: /^(invalid_login(_attempt|_credentials)?|invalid_login|user_disabled|invalid_account|invalid_role)$/i, message: /invalid login attempt/i, either: true, category: 'auth_config', why: 'NetSuite rejected the integration credentials' },
    { id: 'ns.permission', codes: /^(insufficient_permission|permission_violation)$/i, message: /permission violation|do not have permissions? to|role does not have permission|restrictions on your role/i, either: true, category: 'permission_changed', lean: { process_change: 0.7, defect: 0.3 }, why: 'the integration role lacks a permission: usually a role or restriction someone changed' },
    { id: 'ns.locked_by_workflow', codes: /^rcrd_locked_by_wf$/i, message: /locked by a user defined workflow/i, either: true, category: 'approval_required', why: 'a NetSuite workflow locks the record: a business process, not the integration' },
    { id: 'ns.accounting_period', codes: /^(acctng_prd_reqd|acct_period_closed|period_closed)$/i, message: /accounting period|period is (closed|locked)/i, either: true, category: 'period_locked', why: 'the accounting period is closed, locked or missing' },
    { id: 'ns.sublist', codes: /^sss_invalid_sublist_operation$/i, message: /invalid sublist or line item operation/i, either: true, category: 'malformed_request', why: 'the integration addressed a sublist line that does not exist: a request-building fault' },
    { id: 'ns.maintenance', message: /scheduled maintenance|currently unavailable/i, category: 'upstream_5xx', why: 'NetSuite is in maintenance or unavailable' },
    { id: 'ns.unexpected', codes: /^(unexpected_error|sss_.*_error)$/i, category: 'code_exception', why: 'NetSuite or a SuiteScript raised an unexpected error' },
    { id: 'ns.not_mapped', message: /not mapped to/i, category: 'mapping_error', why: 'a value has no mapping configured in the connector' },
    { id: 'ns.expense_category', codes: /^ns0045$/i, message: /not categori[sz]ed/i, either: true, category: 'missing_required_value', why: 'the expense arrived without a category the account mapping needs' },
  ],
};
