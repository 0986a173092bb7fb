import type { KnowledgePack } from './pack.types';

// Zoho CRM's REST API answers {"data":[{"code","details":{"api_name","json_path"},"message","status":"error"}]} per
// record (207 when a batch partly succeeds). Its OpenAPI description lists the codes and messages but does not pair
// them; Zoho's own pages pair a few codes with their cause and status, and the families below rest on those pairs and
// on messages whose own words say what must change.
const OAS =
  'Zoho CRM OpenAPI description, zoho/crm-oas v8.0/record.json API_Exception (code and message enums) @45dff2c';
const KAIZEN_25 =
  'Zoho CRM developer community, Kaizen #25 "Common Errors and Error Handling" (help.zoho.com/portal/en/community/topic/kaizen-25-zoho-crm-api-common-errors-and-error-handling)';
const KAIZEN_177 =
  'Zoho CRM developer community, Kaizen #177 "Duplicate Check Preferences API vs. Upsert API" (help.zoho.com/portal/en/community/topic/kaizen-177-duplicate-check-preferences-api-vs-upsert-api)';
const INSERT = 'Zoho CRM API v8, "Insert Records" (zoho.com/crm/developer/docs/api/v8/insert-records.html)';

export const zohoCrmPack: KnowledgePack = {
  system: 'Zoho CRM',
  aliases: ['zoho-crm', 'zoho crm', 'zohocrm'],
  families: [
    {
      id: 'zohocrm.mandatory',
      doc: `${KAIZEN_25}: 400 MANDATORY_NOT_FOUND; ${OAS}: "required field not found"`,
      codes: /^MANDATORY_NOT_FOUND$/i,
      message: /^\W{0,4}required field not found\b/i,
      either: true,
      category: 'missing_required_value',
      why: 'a field the module requires has no value (details.api_name names it)',
    },
    {
      id: 'zohocrm.duplicate',
      doc: `${KAIZEN_25}: 400 DUPLICATE_DATA; ${KAIZEN_177}: raised when a record matches the configured duplicate-check criteria (unique fields such as Email or Phone)`,
      codes: /^DUPLICATE_DATA$/i,
      message: /^\W{0,4}duplicate data\b/i,
      either: true,
      category: 'duplicate_record',
      lean: { bad_source_data: 0.65, process_change: 0.25, defect: 0.1 },
      why: "a record with the same unique field already exists under the CRM's duplicate-check rules",
    },
    {
      id: 'zohocrm.invalid_data',
      doc: `${KAIZEN_25}: 400 INVALID_DATA; ${INSERT}: "The 'INVALID_DATA' error is thrown if the field value length is more than the maximum length defined for that field"; ${OAS}: "invalid data"`,
      codes: /^INVALID_DATA$/i,
      message: /^\W{0,4}invalid data\W{0,4}$/i,
      either: true,
      fallback: true,
      category: 'value_format',
      why: "a field's value is too long or of the wrong type for the field (details.api_name names it)",
    },
    {
      id: 'zohocrm.pattern',
      doc: `${KAIZEN_25}: 400 PATTERN_NOT_MATCHED`,
      codes: /^PATTERN_NOT_MATCHED$/i,
      category: 'value_format',
      why: "a value does not match the field's pattern (an email, a phone number, a URL)",
    },
    {
      id: 'zohocrm.permission',
      doc: `${KAIZEN_25}: 403 NO_PERMISSION; ${OAS}: "permission denied", "no permission to perform an action on this record", "Field Edit Permission not given"`,
      codes: /^NO_PERMISSION$/i,
      message:
        /^\W{0,4}permission denied\W{0,4}$|\bno permission to perform an action on this record\b|\bfield edit permission not given\b/i,
      either: true,
      category: 'permission_changed',
      why: "the integration user's profile, role or field permissions do not allow the change",
    },
    {
      id: 'zohocrm.edition',
      doc: `${KAIZEN_25}: 400 LICENSE_LIMIT_EXCEEDED, 403 FEATURE_NOT_SUPPORTED; ${OAS}: "Record insertion limit has been exceeded.", "Multi currency is not enabled", "Request exceeds your license limit"`,
      codes: /^(LICENSE_LIMIT_EXCEEDED|FEATURE_NOT_SUPPORTED|LIMIT_EXCEEDED)$/i,
      message:
        /\brecord insertion limit has been exceeded\b|\bmulti currency is not enabled\b|\brequest exceeds your license limit\b/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.85, defect: 0.15 },
      why: "the CRM's edition, licences or settings do not include what the request needs",
    },
    {
      id: 'zohocrm.record_state',
      doc: `${OAS}: "The record is in blue print", "The record is not approved", "can't update the converted record", "Field cannot be updated as it is associated with a validation rule."`,
      message:
        /\bthe record is in blue ?print\b|\b(the )?record (is )?not approved\b|\bcan'?t update the converted record\b|\bfield cannot be updated as it is associated with a validation rule\b/i,
      category: 'approval_required',
      lean: { process_change: 0.65, defect: 0.3, bad_source_data: 0.05 },
      why: 'the record sits in a Blueprint, an approval, a validation rule or was converted: its state refuses the change',
    },
    {
      id: 'zohocrm.token',
      doc: `${KAIZEN_25}: 401 INVALID_TOKEN, AUTHENTICATION_FAILED; ${OAS}: "invalid oauth token"`,
      codes: /^(INVALID_TOKEN|AUTHENTICATION_FAILED)$/i,
      message: /\binvalid oauth token\b/i,
      either: true,
      category: 'auth_config',
      why: "the integration's OAuth token is expired, revoked or malformed",
    },
    {
      id: 'zohocrm.scope',
      doc: `${KAIZEN_25}: 401 OAUTH_SCOPE_MISMATCH; ${INSERT} (scope ZohoCRM.modules.ALL or ZohoCRM.modules.{module}.{operation})`,
      codes: /^OAUTH_SCOPE_MISMATCH$/i,
      category: 'auth_config',
      lean: { defect: 0.7, process_change: 0.3 },
      why: "the integration's token lacks the scope for the module or operation",
    },
    {
      id: 'zohocrm.request',
      doc: `${KAIZEN_25}: 400 INVALID_MODULE, INVALID_REQUEST_METHOD, REQUIRED_PARAM_MISSING; ${OAS}: "The module name given seems to be invalid"`,
      codes: /^(INVALID_MODULE|INVALID_REQUEST_METHOD|REQUIRED_PARAM_MISSING)$/i,
      message: /\bthe module name given seems to be invalid\b/i,
      either: true,
      category: 'malformed_request',
      why: 'the request names a module, method or parameter the API does not take',
    },
  ],
};
