import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import { salesforcePack } from './salesforce.pack';

const counted = (code: string, message: string): string[] =>
  countedFamilies(salesforcePack, code, message).map((family) => family.id);

// [family, code, message]: the documented code or wording, values filled in
const positives: Array<[string, string, string]> = [
  [
    'sf.duplicate_value',
    'DUPLICATE_VALUE',
    'duplicate value found: Account_Number__c duplicates value on record with id: 0015g00000AbCdE',
  ],
  ['sf.duplicates_detected', 'DUPLICATES_DETECTED', 'Use one of these records?'],
  [
    'sf.duplicate_external_id',
    'DUPLICATE_EXTERNAL_ID',
    'Erp_Id__c: more than one record found for external id field: [a0B5g000001, a0B5g000002]',
  ],
  [
    'sf.field_integrity',
    'FIELD_INTEGRITY_EXCEPTION',
    'There is a problem with this country, even though it may appear correct.',
  ],
  ['sf.entity_deleted', 'ENTITY_IS_DELETED', 'entity is deleted'],
  ['sf.request_limit', 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'],
  [
    'sf.api_unavailable',
    'INSERT_UPDATE_DELETE_NOT_ALLOWED_DURING_MAINTENANCE',
    'Updates cannot be made during the release upgrade.',
  ],
  ['sf.api_disabled_for_org', 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner'],
  ['sf.storage_limit', 'STORAGE_LIMIT_EXCEEDED', 'storage limit exceeded'],
  ['sf.session', 'INVALID_SESSION_ID', 'Session expired or invalid'],
  ['sf.login', 'INVALID_LOGIN', 'Invalid username, password, security token; or user locked out.'],
  [
    'sf.string_too_long',
    'STRING_TOO_LONG',
    'Billing City: data value too large: SOUTH SAN FRANCISCO INDUSTRIAL (max length=20)',
  ],
  ['sf.invalid_field', 'INVALID_FIELD', "No such column 'Region__c' on entity 'Account'."],
  ['sf.required_field_missing', 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [LastName]'],
  ['sf.required_custom_field', 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [Sales_Region__c]'],
  ['sf.invalid_cross_reference_key', 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'],
  ['sf.malformed_id', 'MALFORMED_ID', 'Account ID: id value of incorrect type: 12345'],
  ['sf.invalid_id_field', 'INVALID_ID_FIELD', 'invalid record id'],
  [
    'sf.restricted_picklist',
    'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
    'Industry: bad value for restricted picklist field: Aerospace',
  ],
  ['sf.invalid_email', 'INVALID_EMAIL_ADDRESS', 'Email: invalid email address: jane@@example.com'],
  [
    'sf.number_outside_range',
    'NUMBER_OUTSIDE_VALID_RANGE',
    'Discount: value outside of valid range on numeric field: 250',
  ],
  ['sf.invalid_type_on_field', 'INVALID_TYPE_ON_FIELD_IN_RECORD', 'Close Date: value not of required type: 03/31/2026'],
  ['sf.custom_validation', 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Closed deals need a signed contract attached'],
  ['sf.lookup_filter', 'FIELD_FILTER_VALIDATION_EXCEPTION', 'Value does not exist or does not match filter criteria.'],
  [
    'sf.reparent_inactive_owner',
    'INACTIVE_OWNER_OR_USER',
    'operation performed with inactive user [0055g000003XyZ] as owner of task',
  ],
  ['sf.cannot_reparent', 'CANNOT_REPARENT_RECORD', 'cannot reparent record'],
  ['sf.record_type', 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', 'OrderTrigger: execution of AfterInsert'],
  [
    'sf.flow_trigger',
    'CANNOT_EXECUTE_FLOW_TRIGGER',
    'We can\'t save this record because the "Update Account Tier" process failed.',
  ],
  [
    'sf.apex_exception',
    'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
    'OrderTrigger: execution of AfterInsert caused by: System.NullPointerException: Attempt to de-reference a null object',
  ],
  [
    'sf.unable_to_lock_row',
    'UNABLE_TO_LOCK_ROW',
    'unable to obtain exclusive access to this record or 1 records: 0015g00000AbCdE',
  ],
  [
    'sf.access',
    'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
    'insufficient access rights on cross-reference id: 0015g00000AbCdE',
  ],
  ['sf.entity_locked', 'ENTITY_IS_LOCKED', 'the entity is locked for editing'],
  ['sf.converted_lead', 'CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead'],
  ['sf.etag', 'MATCH_PRECONDITION_FAILED', 'The If-Match header did not match the record version.'],
  ['sf.query_timeout', 'QUERY_TIMEOUT', 'Your query request was running for too long.'],
  [
    'sf.unknown_exception',
    'UNKNOWN_EXCEPTION',
    'An unexpected error occurred. Please include this ErrorId if you contact support: 1234-5678',
  ],
  ['sf.api_version', 'UNSUPPORTED_API_VERSION', 'Version 20.0 is no longer supported.'],
  ['sf.functionality_not_enabled', 'FUNCTIONALITY_NOT_ENABLED', 'Multi-currency is not enabled for this organization.'],
];

// [family, code, message]: a similar-looking error of another meaning the family must not claim
const nearMisses: Array<[string, string, string]> = [
  ['sf.duplicate_value', 'DUPLICATES_DETECTED', 'Use one of these records?'],
  [
    'sf.duplicates_detected',
    'DUPLICATE_VALUE',
    'duplicate value found: Email duplicates value on record with id: 0035g00000XyZ',
  ],
  [
    'sf.duplicate_external_id',
    'DUPLICATE_VALUE',
    'duplicate value found: Erp_Id__c duplicates value on record with id: a0B5g000001',
  ],
  ['sf.field_integrity', 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'The discount cannot exceed 20%'],
  ['sf.entity_deleted', 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'],
  ['sf.request_limit', 'QUERY_TIMEOUT', 'Your query request was running for too long.'],
  ['sf.api_unavailable', 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner'],
  ['sf.api_disabled_for_org', 'API_CURRENTLY_DISABLED', 'API is temporarily unavailable'],
  ['sf.storage_limit', 'STRING_TOO_LONG', 'Description: data value too large'],
  ['sf.session', 'INVALID_LOGIN', 'Invalid username, password, security token; or user locked out.'],
  ['sf.login', 'INVALID_SESSION_ID', 'Session expired or invalid'],
  ['sf.string_too_long', 'NUMBER_OUTSIDE_VALID_RANGE', 'Discount: value outside of valid range on numeric field: 250'],
  ['sf.invalid_field', 'INVALID_FIELD_FOR_INSERT_UPDATE', 'Unable to create/update fields: RecordTypeId.'],
  ['sf.required_field_missing', 'MISSING_ARGUMENT', 'externalIdFieldName not specified'],
  ['sf.required_custom_field', 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [LastName]'],
  ['sf.invalid_cross_reference_key', 'INVALID_ID_FIELD', 'invalid record id'],
  ['sf.malformed_id', 'INVALID_ID_FIELD', 'invalid record id'],
  ['sf.invalid_id_field', 'MALFORMED_ID', 'Account ID: id value of incorrect type: 12345'],
  ['sf.restricted_picklist', 'INVALID_TYPE_ON_FIELD_IN_RECORD', 'Amount: value not of required type: ten'],
  ['sf.invalid_email', 'INVALID_EMAIL_ADDRESS_FORMAT_IN_TEMPLATE', 'The template has an invalid merge field.'],
  ['sf.number_outside_range', 'STRING_TOO_LONG', 'Name: data value too large'],
  ['sf.invalid_type_on_field', 'INVALID_TYPE', "sObject type 'Acount' is not supported."],
  [
    'sf.custom_validation',
    'FIELD_INTEGRITY_EXCEPTION',
    'There is a problem with this country, even though it may appear correct.',
  ],
  ['sf.lookup_filter', 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'The discount cannot exceed 20%'],
  ['sf.reparent_inactive_owner', 'INVALID_USERID', 'The specified user is not an active member of this org.'],
  ['sf.cannot_reparent', 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'],
  ['sf.record_type', 'INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'],
  ['sf.flow_trigger', 'FLOW_EXCEPTION', 'The flow could not be saved.'],
  [
    'sf.apex_exception',
    'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
    'OrderTrigger: execution of AfterInsert caused by: System.DmlException: Insert failed.',
  ],
  ['sf.unable_to_lock_row', 'ENTITY_IS_LOCKED', 'the entity is locked for editing'],
  ['sf.access', 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', 'OrderTrigger: execution of AfterInsert'],
  ['sf.entity_locked', 'UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record'],
  ['sf.converted_lead', 'CANNOT_UPDATE_CONVERTED_LEAD_STATUS', 'The lead status picklist has no converted value.'],
  ['sf.etag', 'UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record'],
  ['sf.query_timeout', 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'],
  ['sf.unknown_exception', 'UNKNOWN_EXCEPTION_FIELD', 'Custom field named UNKNOWN_EXCEPTION_FIELD is not valid.'],
  ['sf.api_version', 'INVALID_TYPE', "sObject type 'Acount' is not supported."],
  ['sf.functionality_not_enabled', 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner'],
];

describe('Salesforce pack', () => {
  it.each(positives)('%s recognises %s: %s', (id, code, message) => {
    expect(counted(code, message)).toContain(id);
  });

  it.each(nearMisses)('%s does not claim %s: %s', (id, code, message) => {
    expect(counted(code, message)).not.toContain(id);
  });

  it('names a vendor document for every family, and tests each with a positive row and a near miss', () => {
    for (const family of salesforcePack.families) {
      expect(family.doc?.trim(), family.id).toBeTruthy();
      expect(
        positives.some(([id]) => id === family.id),
        `${family.id} positive`,
      ).toBe(true);
      expect(
        nearMisses.some(([id]) => id === family.id),
        `${family.id} near miss`,
      ).toBe(true);
    }
  });
});
