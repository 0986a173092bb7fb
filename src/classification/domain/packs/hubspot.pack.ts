import type { KnowledgePack } from './pack.types';

// HubSpot CRM API error categories (VALIDATION_ERROR subcategories, RATE_LIMITS, CONFLICT, auth).
export const hubspotPack: KnowledgePack = {
  system: 'HubSpot',
  aliases: ['hubspot'],
  families: [
    { id: 'hubspot.invalid_email', codes: /^invalid_email$/i, message: /email address .{0,200} is invalid/i, either: true, category: 'value_format', why: 'HubSpot rejected the email address' },
    { id: 'hubspot.invalid_option', codes: /^invalid_option$/i, message: /was not one of the allowed options/i, either: true, category: 'unmapped_value', why: 'the value is not one of the property\'s options: usually a new value the business uses' },
    { id: 'hubspot.invalid_date', codes: /^invalid_date$/i, message: /not midnight/i, either: true, category: 'malformed_request', why: 'HubSpot date properties need midnight UTC: the integration serialised the date wrongly' },
    { id: 'hubspot.rate', codes: /^rate_limits?$/i, message: /secondly limit|daily limit|RATE_LIMIT/i, either: true, category: 'rate_limited', why: 'HubSpot rate limit' },
    { id: 'hubspot.conflict', codes: /^conflict$/i, message: /already exists\. existing id/i, either: true, category: 'duplicate_record', lean: { defect: 0.6, bad_source_data: 0.35 }, why: 'HubSpot names the existing object: the integration created where it should have upserted' },
    { id: 'hubspot.auth', codes: /^(expired_authentication|invalid_authentication)$/i, message: /oauth token used to make this call expired/i, either: true, category: 'auth_config', why: 'the HubSpot OAuth token expired or is invalid' },
    { id: 'hubspot.scope', codes: /^missing_scopes$/i, category: 'permission_changed', why: 'the HubSpot app lacks a scope' },
  ],
};
