import type { KnowledgePack } from './pack.types';

const ERRORS = 'Zoho Books API v3/v4, "Errors" (zoho.com/books/api/v4/errors/)';

// Zoho Books API: HTTP status plus a body {code, message}; code 0 is success. The Errors page lists the
// statuses and shows the body codes 1002 ("Invoice does not exist.") and 1000 ("Internal error").
export const zohoBooksPack: KnowledgePack = {
  system: 'Zoho Books',
  aliases: ['zoho-books', 'zoho books', 'zohobooks'],
  families: [
    {
      id: 'zoho-books.does_not_exist',
      doc: `${ERRORS}: body {"code": 1002, "message": "Invoice does not exist."}`,
      codes: /^1002$/,
      message: /^[a-z][a-z ]{1,40} does not exist\.?$/i,
      either: true,
      category: 'invalid_reference',
      why: 'the invoice, contact or item id the integration referenced does not exist in the organisation',
    },
    {
      id: 'zoho-books.internal_error',
      doc: `${ERRORS}: body {"code": 1000, "message": "Internal error"}; 500 Internal Error`,
      codes: /^(1000|500)$/,
      category: 'upstream_5xx',
      why: 'Zoho Books failed on its side',
    },
    {
      id: 'zoho-books.unauthorized',
      doc: `${ERRORS}: 401 Unauthorized (Invalid AuthToken)`,
      codes: /^401$/,
      message: /invalid (oauth ?|auth ?)token/i,
      either: true,
      category: 'auth_config',
      why: 'the OAuth token the integration sent is invalid or expired',
    },
    {
      id: 'zoho-books.forbidden',
      doc: 'Zoho Invoice / Zoho Billing API "Errors" (same Zoho Finance API platform): 403 Forbidden "The user does not have enough permission or possibly not an user of the respective organization to access the resource"',
      codes: /^403$/,
      message: /does not have enough permission|not an user of the respective organi[sz]ation/i,
      either: true,
      category: 'permission_changed',
      why: "the connected Zoho user lacks the role's permission or is not a user of this organisation",
    },
    {
      id: 'zoho-books.endpoint',
      doc: `${ERRORS}: 404 URL Not Found; 405 Method Not Allowed (method you have called is not supported for the invoked API)`,
      codes: /^(404|405)$/,
      message: /url not found|method not allowed/i,
      either: true,
      category: 'malformed_request',
      why: 'the integration called a URL or HTTP method the Zoho Books API does not have',
    },
    {
      id: 'zoho-books.rate_limit',
      doc: `${ERRORS}: 429 Rate Limit Exceeded (API usage limit exceeded)`,
      codes: /^429$/,
      message: /rate limit exceeded|api usage limit exceeded/i,
      either: true,
      category: 'rate_limited',
      why: 'the organisation exceeded its API call limit',
    },
  ],
};
