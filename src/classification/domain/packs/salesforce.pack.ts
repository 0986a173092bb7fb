import type { KnowledgePack } from './pack.types';

// Salesforce API StatusCode values (SOAP/REST API Developer Guide, "Core Data Types: StatusCode")
// and the Bulk API's batch errors.
export const salesforcePack: KnowledgePack = {
  system: 'Salesforce',
  aliases: ['salesforce', 'sfdc', 'force.com'],
  families: [
    { id: 'sf.duplicate_value', codes: /^(duplicate_value|duplicates_detected|duplicate_external_id)$/i, message: /duplicate value found|DUPLICATES_DETECTED|duplicate record/i, either: true, category: 'duplicate_record', why: 'Salesforce duplicate rule or unique field matched an existing record' },
    { id: 'sf.field_integrity', codes: /^field_integrity_exception$/i, message: /FIELD_INTEGRITY_EXCEPTION/, either: true, category: 'value_format', why: 'the value breaks a field integrity rule (e.g. a country/state picklist pairing)' },
    { id: 'sf.entity_deleted', codes: /^entity_is_deleted$/i, message: /entity is deleted/i, either: true, category: 'inactive_reference', lean: { bad_source_data: 0.6, defect: 0.3, process_change: 0.1 }, why: 'the referenced Salesforce record was deleted' },
    { id: 'sf.delete_again', message: /delete failed.{0,200}entity_is_deleted/i, category: 'concurrency', supersedes: ['sf.entity_deleted'], why: 'the integration deleted a record that was already deleted: it does not track deletions' },
    { id: 'sf.request_limit', codes: /^(request_limit_exceeded|api_currently_disabled|concurrent_requests_limit_exceeded)$/i, message: /REQUEST_LIMIT_EXCEEDED|TotalRequests Limit/i, either: true, category: 'rate_limited', why: 'Salesforce API request limits reached' },
    { id: 'sf.session', codes: /^(invalid_session_id|invalidsessionid|invalid_auth_header)$/i, message: /invalid session id|session not found|session expired/i, either: true, category: 'auth_config', why: 'the integration session is invalid or expired' },
    { id: 'sf.string_too_long', codes: /^string_too_long$/i, message: /data value too large/i, either: true, category: 'value_too_long', why: 'the value exceeds the Salesforce field length' },
    { id: 'sf.invalid_field', codes: /^(invalid_field|invalidbatch|invalid_type|no_such_column)$/i, message: /no such column|field name not found|invalid field/i, either: true, category: 'mapping_error', lean: { process_change: 0.45, defect: 0.5, bad_source_data: 0.05 }, why: 'the integration names a field the org does not have: a mapping or an org change' },
    { id: 'sf.custom_validation', codes: /^field_custom_validation_exception$/i, message: /FIELD_CUSTOM_VALIDATION_EXCEPTION/, either: true, category: 'approval_required', lean: { process_change: 0.75, bad_source_data: 0.2 }, why: 'an admin-defined validation rule refused the record: a business rule' },
    { id: 'sf.reparent_inactive_owner', codes: /^(cannot_reparent_record|inactive_owner_or_user)$/i, message: /owner is inactive|inactive user/i, either: true, category: 'inactive_reference', why: 'the record owner is inactive' },
    { id: 'sf.record_type', codes: /^cannot_insert_update_activate_entity$/i, message: /record type missing|trigger|flow/i, either: true, category: 'setup_missing', lean: { process_change: 0.6, defect: 0.35 }, why: 'a record type, trigger or flow in the org refused the write' },
    { id: 'sf.access', codes: /^(insufficient_access(_or_readonly)?|invalid_field_for_insert_update|insufficient_access_on_cross_reference_entity)$/i, message: /INSUFFICIENT_ACCESS|security settings of this field|read\/write for your profile/i, either: true, category: 'permission_changed', why: 'the integration profile lacks access: usually a profile or permission-set change' },
    { id: 'sf.apex_exception', message: /System\.(?!DmlException)\w+Exception|Apex (CPU|heap)|UNABLE_TO_LOCK_ROW/, category: 'code_exception', lean: { defect: 0.9, bad_source_data: 0.1 }, why: 'an Apex exception or lock in Salesforce code' },
  ],
};
