import type { KnowledgePack } from './pack.types';

// Business Central API error codes (Microsoft Learn, "API v1.0/v2.0 error codes") and the
// AL runtime's dialog and validation messages.
export const businessCentralPack: KnowledgePack = {
  system: 'Business Central',
  aliases: ['business-central', 'businesscentral', 'dynamics-bc', 'bc-', 'navision', 'nav'],
  families: [
    { id: 'bc.table_relation', codes: /^internal_invalidtablerelation$/i, message: /cannot be found in the related table/i, either: true, category: 'invalid_reference', why: 'BC table relation: the value is not in the related table' },
    { id: 'bc.record_not_found', codes: /^internal_recordnotfound$/i, message: /does not exist\. identification fields/i, either: true, category: 'invalid_reference', why: 'BC could not find the referenced record' },
    { id: 'bc.same_key', codes: /^internal_entitywithsamekeyexists$/i, message: /already exists\. identification fields/i, either: true, category: 'duplicate_record', why: 'a record with the same key already exists in BC' },
    { id: 'bc.entity_changed', codes: /^(request_entitychanged|internal_entitychanged)$/i, message: /another user has already changed the record|we just updated this page/i, either: true, category: 'concurrency', why: 'BC optimistic concurrency: the record changed between read and write' },
    { id: 'bc.company_not_found', codes: /^internal_companynotfound$/i, message: /default company cannot be found/i, either: true, category: 'auth_config', why: 'the connection has no company configured: integration configuration' },
    { id: 'bc.no_property', message: /could not find a property named/i, category: 'malformed_request', why: 'the request names a property the API entity does not have' },
    { id: 'bc.segment', codes: /^badrequest_notfound$/i, message: /resource not found for the segment/i, either: true, category: 'malformed_request', why: 'the integration called an endpoint or segment that does not exist' },
    { id: 'bc.system_field', message: /cannot change the value of the \w+ field|systemid/i, category: 'code_exception', why: 'the integration tried to write a system field' },
    { id: 'bc.blank', codes: /^badrequest_requiredparamnotprovided$/i, message: /must not be blank or empty/i, either: true, category: 'missing_required_value', lean: { defect: 0.45, bad_source_data: 0.45 }, why: 'a required field arrived blank' },
    { id: 'bc.blocked', message: /is blocked( with type| for)/i, category: 'inactive_reference', lean: { process_change: 0.7 }, why: 'the customer/vendor/item is blocked in BC: a business decision' },
    { id: 'bc.approval', message: /approval process|pending approval|approval is required/i, category: 'approval_required', why: 'the document is held by an approval workflow' },
    { id: 'bc.status_must_be', codes: /^application_fieldvalidationexception$/i, message: /status must be equal to/i, category: 'approval_required', lean: { process_change: 0.7, defect: 0.25 }, why: 'the document status does not allow the change (released, approved)' },
    { id: 'bc.permission', message: /permissions prevented the action|you do not have the following permissions/i, category: 'permission_changed', lean: { defect: 0.55, process_change: 0.45 }, why: 'the integration user lacks a BC permission set' },
    { id: 'bc.posting_date', message: /not within (your|the) range of allowed posting dates|posting date is not within/i, category: 'period_locked', why: 'BC allowed posting dates exclude this date' },
    { id: 'bc.dialog', codes: /^application_dialogexception$/i, category: 'value_format', lean: { bad_source_data: 0.6, process_change: 0.3, defect: 0.1 }, fallback: true, why: 'BC business logic refused the record (dialog exception)' },
  ],
};
