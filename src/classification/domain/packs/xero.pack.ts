import type { KnowledgePack } from './pack.types';

// Xero Accounting API: ValidationException messages, OAuth 2.0 errors and HTTP statuses.
export const xeroPack: KnowledgePack = {
  system: 'Xero',
  aliases: ['xero'],
  families: [
    { id: 'xero.too_long', message: /is too long|maximum of \d+ characters/i, category: 'value_too_long', why: 'Xero field length limit' },
    { id: 'xero.must_be_specified', message: /must be specified|is required|cannot be empty/i, category: 'missing_required_value', why: 'Xero requires this value' },
    { id: 'xero.tax_type', message: /taxtype code .{0,200} is not valid|account code .{0,200} is not a valid code/i, category: 'mapping_error', why: 'the integration sent a tax or account name where Xero wants its code' },
    { id: 'xero.invalid_status', message: /not of valid status for modification/i, category: 'concurrency', lean: { defect: 0.6, bad_source_data: 0.35 }, why: 'the integration modifies a document whose status no longer allows it' },
    { id: 'xero.lock_date', message: /period lock date|end of year lock date/i, category: 'period_locked', why: 'Xero lock date excludes this date' },
    { id: 'xero.token', codes: /^(invalid_grant|tokenexpired|invalid_client|unauthorized_client)$/i, message: /invalid_grant|tokenexpired|token expired/i, either: true, category: 'auth_config', why: 'the Xero OAuth token or grant is no longer valid' },
    { id: 'xero.authorization', codes: /^authorizationunsuccessful$/i, message: /AuthorizationUnsuccessful/, either: true, category: 'permission_changed', lean: { process_change: 0.7, defect: 0.3 }, why: 'the Xero connection lost authorisation (tenant disconnected or scope removed)' },
    { id: 'xero.post_data', message: /json for post data was invalid|could not convert string to/i, category: 'malformed_request', why: 'the request body does not parse: the integration serialised a value wrongly' },
    { id: 'xero.gateway', codes: /^gatewaytimeout$/i, message: /gatewaytimeout/i, either: true, category: 'timeout', why: 'Xero gateway timeout' },
    { id: 'xero.validation', codes: /^validationexception$/i, message: /a validation exception occurred/i, category: 'value_format', fallback: true, why: 'Xero validation refused a value' },
  ],
};
