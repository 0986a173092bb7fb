import type { KnowledgePack } from './pack.types';

// HubSpot CRM API. The documents the families come from:
const ERRORS =
  'HubSpot Developers, "Error handling" (developers.hubspot.com/docs/api-reference/error-handling): common error responses and the error body (status, message, category, errors[].code and context)';
const VALIDATION =
  'HubSpot developer changelog, "Property Validations Rules will be enforced for APIs and Integrations" (2023): 400 VALIDATION_ERROR "Property values were not valid: [{...\\"error\\":\\"INVALID_ALPHA\\",\\"name\\":...}]"';
const WHITESPACE =
  'HubSpot developer changelog, "Breaking Change: Enhanced Validations for Non-String Properties" (2025): LEADING_TRAILING_WHITESPACE';
const PROPERTIES =
  'HubSpot CRM Properties API: an option\'s value is "the internal value of the option, which must be used when setting the property value through the API"; date properties take midnight UTC';
const LIMITS = 'HubSpot Developers, "API usage guidelines and limits": 429 with policyName SECONDLY or DAILY';

// A property error names its code both as errors[].code and inside the message ("error":"INVALID_OPTION").
export const hubspotPack: KnowledgePack = {
  system: 'HubSpot',
  aliases: ['hubspot'],
  families: [
    {
      id: 'hubspot.invalid_option',
      doc: `${PROPERTIES}; ${VALIDATION}`,
      codes: /^invalid_option$/i,
      message: /was not one of the allowed options|\bINVALID_OPTION\b/,
      either: true,
      category: 'unmapped_value',
      why: "the value is not one of the property's options: usually a value the business added at the source but not in HubSpot",
    },
    {
      id: 'hubspot.property_doesnt_exist',
      doc: `${ERRORS} (errors[].code for properties not in the account); ${VALIDATION}`,
      codes: /^property_doesnt_exist$/i,
      message: /\bPROPERTY_DOESNT_EXIST\b|property .{0,100} does not exist/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.55, defect: 0.4, bad_source_data: 0.05 },
      why: 'HubSpot has no property of this name: a custom property was deleted or renamed, or the integration names it wrongly',
    },
    {
      id: 'hubspot.invalid_email',
      doc: VALIDATION,
      codes: /^invalid_email$/i,
      message: /\bINVALID_EMAIL\b|email address .{0,200} is invalid/i,
      either: true,
      category: 'value_format',
      why: 'HubSpot rejected the email address',
    },
    {
      id: 'hubspot.invalid_date',
      doc: `${PROPERTIES}; ${VALIDATION}`,
      codes: /^invalid_date$/i,
      message: /\bINVALID_DATE\b|not midnight/i,
      either: true,
      category: 'malformed_request',
      why: 'HubSpot date properties take midnight UTC: the integration serialised the date wrongly',
    },
    {
      id: 'hubspot.validation_rule',
      doc: VALIDATION,
      codes: /^invalid_alpha$/i,
      message: /\bINVALID_ALPHA\b/,
      either: true,
      category: 'value_format',
      lean: { process_change: 0.5, bad_source_data: 0.45, defect: 0.05 },
      why: 'a property validation rule an admin set in HubSpot refused the value',
    },
    {
      id: 'hubspot.whitespace',
      doc: WHITESPACE,
      codes: /^leading_trailing_whitespace$/i,
      message: /\bLEADING_TRAILING_WHITESPACE\b|includes leading or trailing whitespace/i,
      either: true,
      category: 'value_format',
      lean: { defect: 0.55, bad_source_data: 0.4, process_change: 0.05 },
      why: "HubSpot refuses leading or trailing whitespace in non-string values: trimming is the integration's job",
    },
    {
      id: 'hubspot.validation',
      doc: `${ERRORS}, category VALIDATION_ERROR`,
      codes: /^validation_error$/i,
      message: /property values were not valid/i,
      either: true,
      category: 'value_format',
      fallback: true,
      why: 'HubSpot refused a property value',
    },
    {
      id: 'hubspot.object_not_found',
      doc: `${ERRORS}, category OBJECT_NOT_FOUND (404)`,
      codes: /^object_not_found$/i,
      category: 'invalid_reference',
      why: 'the HubSpot record the request names does not exist',
    },
    {
      id: 'hubspot.conflict',
      doc: `${ERRORS}, 409 Conflict (category CONFLICT): the object already exists; the message names the existing id`,
      codes: /^conflict$/i,
      message: /already exists\. existing id/i,
      either: true,
      category: 'duplicate_record',
      lean: { defect: 0.6, bad_source_data: 0.35, process_change: 0.05 },
      why: 'HubSpot names the existing object: the integration created where it should have updated or upserted',
    },
    {
      id: 'hubspot.rate_limits',
      doc: `${LIMITS}; ${ERRORS}, 429 (category RATE_LIMITS)`,
      codes: /^rate_limits?$/i,
      message: /(secondly|daily) limit|\bRATE_LIMITS?\b/,
      either: true,
      category: 'rate_limited',
      why: 'HubSpot rate limit',
    },
    {
      id: 'hubspot.expired_authentication',
      doc: `${ERRORS}, 401 (category EXPIRED_AUTHENTICATION): "The OAuth token used to make this call expired"`,
      codes: /^expired_authentication$/i,
      message: /oauth token used to make this call expired/i,
      either: true,
      category: 'auth_config',
      why: 'the HubSpot OAuth access token expired: the integration must refresh it',
    },
    {
      id: 'hubspot.invalid_authentication',
      doc: `${ERRORS}, 401 Unauthorized (category INVALID_AUTHENTICATION): the authentication provided is invalid`,
      codes: /^invalid_authentication$/i,
      message: /authentication credentials not found/i,
      either: true,
      category: 'auth_config',
      why: "HubSpot rejected or did not receive the integration's credentials",
    },
    {
      id: 'hubspot.missing_scopes',
      doc: `${ERRORS}, 403 Forbidden (category MISSING_SCOPES): the token lacks the scope the endpoint needs`,
      codes: /^missing_scopes$/i,
      message: /\bMISSING_SCOPES\b/,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.6, process_change: 0.4 },
      why: 'the HubSpot app lacks a scope: the integration must request it and the account re-consent',
    },
  ],
};
