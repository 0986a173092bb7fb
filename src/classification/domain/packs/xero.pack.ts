import type { KnowledgePack } from './pack.types';

// Xero Accounting API. The documents the families come from:
const HTTP_CODES =
  'Xero Developer, "HTTP Response Codes & Errors" (developer.xero.com/documentation/api/http-response-codes)';
const OAUTH = 'Xero Developer, "OAuth 2.0 troubleshooting" (developer.xero.com/documentation/oauth2/troubleshooting)';
const LIMITS =
  'Xero Developer, "OAuth 2.0 API limits" (developer.xero.com/documentation/guides/oauth2/limits): per tenant 5 concurrent calls, 60 a minute, 5,000 a day; 10,000 a minute per app';
const LOCK_DATES =
  'Xero Central, "Set up or remove lock dates": users cannot add or edit transactions dated on or before the lock date (period lock date; end of year lock date for all users)';
const INVOICES =
  'Xero Accounting API reference, "Invoices": invoice status rules (DRAFT and SUBMITTED invoices can be edited; AUTHORISED ones only while no payment or credit note is allocated; PAID and VOIDED ones cannot)';
const REFERENCE =
  'Xero Accounting API reference: field definitions with their maximum lengths (e.g. Accounts Code max length 10, Name max length 150) and the ValidationErrors list of an HTTP 400 ValidationException';

export const xeroPack: KnowledgePack = {
  system: 'Xero',
  aliases: ['xero'],
  families: [
    {
      id: 'xero.validation',
      doc: `${HTTP_CODES}, 400 Bad Request: ApiException ErrorNumber 10, Type ValidationException, "A validation exception occurred"`,
      codes: /^(validationexception|10)$/i,
      message: /a validation exception (has )?occurr?ed/i,
      either: true,
      category: 'value_format',
      fallback: true,
      why: 'Xero refused a value; the ValidationErrors messages say which',
    },
    {
      id: 'xero.email_invalid',
      doc: `${HTTP_CODES}, 400 example ValidationError "Email address must be valid."`,
      message: /email address must be valid/i,
      category: 'value_format',
      why: "Xero: the contact's email address is not valid",
    },
    {
      id: 'xero.required',
      doc: REFERENCE,
      message: /\b(cannot be empty|must be specified|is required)\b/i,
      category: 'missing_required_value',
      why: 'Xero requires this element',
    },
    {
      id: 'xero.too_long',
      doc: REFERENCE,
      message:
        /\bis too long\b|(cannot|must not) (be longer than|exceed) \d{1,5} characters|maximum (length )?of \d{1,5} characters/i,
      category: 'value_too_long',
      why: 'Xero field length limit',
    },
    {
      id: 'xero.invalid_status',
      doc: INVOICES,
      message: /not of valid status for modification/i,
      category: 'approval_required',
      why: "Xero: the document's status (authorised with a payment, paid, voided) no longer allows this change",
    },
    {
      id: 'xero.lock_date',
      doc: LOCK_DATES,
      message: /(period|end of year) lock date|before the lock date/i,
      category: 'period_locked',
      why: 'a Xero lock date excludes this transaction date',
    },
    {
      id: 'xero.invalid_grant',
      doc: `${OAUTH}, access token request errors: "invalid_grant" (the code or refresh token is incorrect, expired or already used; the user must re-authorize)`,
      codes: /^invalid_grant$/i,
      message: /\binvalid_grant\b/,
      either: true,
      category: 'auth_config',
      why: 'the Xero grant or refresh token can no longer be used: re-authorize the connection',
    },
    {
      id: 'xero.invalid_client',
      doc: `${OAUTH}, access token request errors: "invalid_client" (client_id or client_secret incorrect) and "unsupported_grant_type"`,
      codes: /^(invalid_client|unsupported_grant_type)$/i,
      message: /\b(invalid_client|unsupported_grant_type)\b/,
      either: true,
      category: 'auth_config',
      lean: { defect: 1 },
      why: "the integration's own Xero app credentials or token request are wrong",
    },
    {
      id: 'xero.token_expired',
      doc: `${HTTP_CODES}, 401 Unauthorized: invalid authorization credentials (an expired access token)`,
      codes: /^(tokenexpired|invalid_token)$/i,
      message: /\bTokenExpired\b|access token (has )?expired/i,
      either: true,
      category: 'auth_config',
      why: 'the Xero access token expired: the integration must refresh it',
    },
    {
      id: 'xero.authentication_unsuccessful',
      doc: `${OAUTH}, "Authentication Unsuccessful" (403): the Xero-tenant-id is missing or not authorized for this token because the user revoked access, the user's permissions changed, or the organisation is no longer active`,
      codes: /^auth(entication|orization)unsuccessful$/i,
      message: /\bAuth(entication|orization)Unsuccessful\b/,
      either: true,
      category: 'permission_changed',
      why: 'the Xero connection lost access to the organisation (revoked, role changed or organisation inactive)',
    },
    {
      id: 'xero.not_found',
      doc: `${HTTP_CODES}, 404 Not Found: "The resource you have specified cannot be found"`,
      message: /resource you have specified cannot be found/i,
      category: 'invalid_reference',
      why: 'Xero could not find the resource the request names',
    },
    {
      id: 'xero.precondition_failed',
      doc: `${HTTP_CODES}, 412 Precondition Failed: conditions in the request header fields were invalid (also returned for TLS 1.0)`,
      message: /precondition failed/i,
      category: 'malformed_request',
      why: 'Xero refused the request headers or TLS version the integration sent',
    },
    {
      id: 'xero.rate_limit',
      doc: `${LIMITS}; ${HTTP_CODES}, 503 Rate Limit Exceeded`,
      message: /rate limit exceeded|x-rate-limit-problem/i,
      category: 'rate_limited',
      why: 'Xero rate limit for this organisation and app',
    },
    {
      id: 'xero.not_available',
      doc: `${HTTP_CODES}, 503 Not Available (scheduled outage) and 503 Organisation offline (the organisation temporarily cannot be connected to)`,
      message: /organisation (is )?offline|\bNotAvailable\b|api is currently unavailable/i,
      category: 'upstream_5xx',
      why: 'Xero or the organisation is temporarily unavailable',
    },
    {
      id: 'xero.internal_error',
      doc: `${HTTP_CODES}, 500 Internal Error: an unhandled error with the Xero API`,
      message: /unhandled error with the xero api/i,
      category: 'upstream_5xx',
      why: 'Xero reported an unhandled internal error',
    },
  ],
};
