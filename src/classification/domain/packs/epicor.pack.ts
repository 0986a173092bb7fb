import type { KnowledgePack } from './pack.types';

// Epicor's own error references (Kinetic application help, EpicCare) sit behind customer logins; what is
// public is the Eclipse help that every Eclipse server serves, and, for Prophet 21, a community reference
// that quotes the P21 middleware's responses word for word with the causes its author measured. Kinetic's
// generic server text is quoted by its users' forum. Each family says which of these it rests on.
const ECLIPSE_ROE =
  'Epicor Eclipse online help, "Remote Order Entry error codes" (Eclipse-Help/Solar/Content/ROE/ROE_CLS_RemoteOrderEntryErrorCodes.htm, as served by Eclipse servers)';
const P21 =
  'Prophet 21 API community reference (unofficial, quoting the server), mrwuss/p21-api-documentation docs/06-Error-Handling.md @0299d21c';
const P21_SESSIONS =
  'Prophet 21 API community reference, mrwuss/p21-api-documentation docs/07-Session-Pool-Troubleshooting.md @0bacc66b';
const KINETIC_FORUM =
  'Epicor User Help Forum, "How do we even function" (epiusers.help/t/how-do-we-even-function/126314): Kinetic returns this 500 when a function or business object throws anything but a BLException';

export const epicorPack: KnowledgePack = {
  system: 'Epicor',
  aliases: ['epicor', 'prophet-21', 'prophet 21', 'p21', 'kinetic', 'eclipse-erp'],
  families: [
    {
      id: 'epicor.roe_not_found',
      doc: `${ECLIPSE_ROE}: "Prd NF" (Product not found.) and "Cus NF" (Customer not found.): specify the correct product or customer on the order`,
      codes: /^(prd|cus) ?nf$/i,
      message: /^\W{0,4}(product|customer) not found\W{0,4}$/i,
      either: true,
      category: 'invalid_reference',
      why: 'the remote order names a product or customer Eclipse does not have',
    },
    {
      id: 'epicor.roe_availability',
      doc: `${ECLIPSE_ROE}: "BkOrd" (An item on the order is back-ordered.), "Avail" (One or more items on the order is not available.)`,
      codes: /^(bkord|avail)$/i,
      message: /\bitem on the order is back-?ordered\b|\bitems? on the order (is|are) not available\b/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.6, process_change: 0.35, defect: 0.05 },
      why: 'stock for a line of the order is back-ordered or unavailable',
    },
    {
      id: 'epicor.roe_pricing',
      doc: `${ECLIPSE_ROE}: "Price" (Pricing error, such as expired pricing.)`,
      message: /\bpricing error, such as expired pricing\b/i,
      category: 'inactive_reference',
      why: "the order's pricing could not be validated, for example an expired price",
    },
    {
      id: 'epicor.p21_required',
      doc: `${P21}: Transaction API "Transaction 1:: customer_id is required" and "This column is required." (a required field is missing from the payload; check the service definition)`,
      message: /\btransaction \d{1,6}:: ?\w{1,60} is required\b|^\W{0,4}this column is required\b/i,
      category: 'missing_required_value',
      lean: { defect: 0.6, bad_source_data: 0.35, process_change: 0.05 },
      why: "the transaction's payload lacks a required field of the P21 service definition",
    },
    {
      id: 'epicor.p21_invalid_value',
      doc: `${P21}: "Transaction 1:: Invalid value for price_page_type_cd: 'InvalidType'" (not one of the field's ValidValues, which the service definition lists)`,
      message: /\btransaction \d{1,6}:: ?invalid value for \w{1,60}/i,
      category: 'unmapped_value',
      lean: { defect: 0.6, bad_source_data: 0.3, process_change: 0.1 },
      why: "a field's value is not one of the P21 service definition's valid values",
    },
    {
      id: 'epicor.p21_payload_shape',
      doc: `${P21}: "Transaction 1:: company_id must be set before product_group_id" (field order), "Sequence contains no matching element" (a key named in a list's Keys is missing from the row's Edits), "Invalid column name: {name}", "Field 'invalid_field' not found in datawindow 'd_form'", "Window not found", "Window ID was not provided"`,
      message:
        /\b\w{1,60} must be set before \w{1,60}|\bsequence contains no matching element\b|\binvalid column name\b|\bfield '[^']{1,80}' not found in datawindow\b|^\W{0,4}window not found\b|\bwindow id was not provided\b/i,
      category: 'malformed_request',
      why: 'the request names, orders or keys the P21 fields and windows wrongly: the integration builds it',
    },
    {
      id: 'epicor.p21_session',
      doc: `${P21}: Interactive API "Session not found or expired" (the session timed out: start a new one), "Session already exists." (a half-created session after a request without Accept: application/json)`,
      message: /\bsession not found or expired\b|^\W{0,4}session already exists\b/i,
      category: 'auth_config',
      why: "the integration's interactive session expired or was left half-open",
    },
    {
      id: 'epicor.p21_response_window',
      doc: `${P21_SESSIONS}: P21.UI.Common.UiServerException "Unexpected response window: …" (intermittent: a pooled session kept a dialog open from an earlier request; retry)`,
      message: /\bunexpected response window\b/i,
      category: 'concurrency',
      why: 'a pooled P21 session still had a dialog open from an earlier request: intermittent, cleared by a retry',
    },
    {
      id: 'epicor.p21_token',
      doc: `${P21}: token endpoint invalid_grant "The user name or password is incorrect.", invalid_client "Client authentication failed.", insufficient_scope "Consumer key does not have access to this API."`,
      message:
        /\bthe user name or password is incorrect\b|\bclient authentication failed\b|\bconsumer key does not have access to this api\b/i,
      category: 'auth_config',
      why: "P21 rejected the integration's credentials, consumer key or its scope",
    },
    {
      id: 'epicor.p21_udt',
      doc: `${P21}: user-defined-table service "Invalid Row Uid!", "Conditions cannot be blank or none!", errorNo 4001 "Invalid UDT table", "Incompatible table for bulk insert: …"`,
      message:
        /\binvalid row uid\b|\bconditions cannot be blank or none\b|\binvalid udt table\b|\bincompatible table for bulk insert\b/i,
      category: 'malformed_request',
      why: "the call to P21's user-defined-table service is built wrongly",
    },
    {
      id: 'epicor.p21_change_refused',
      doc: `${P21}: Interactive API "PUT /change failed for field 'external_po_no'" (the value is longer than the field allows; the API does not expose field lengths)`,
      message: /\bput \/change failed for field\b/i,
      category: 'value_too_long',
      why: 'P21 refused the value of a field, most often because it is longer than the field allows',
    },
    {
      id: 'epicor.p21_query',
      doc: `${P21}: OData "Invalid filter expression: …", "Query is too complex", "Resource not found: table/…"`,
      message: /\binvalid filter expression\b|^\W{0,4}query is too complex\b|\bresource not found: table\//i,
      category: 'malformed_request',
      why: "the integration's OData query is malformed, too complex or names a table P21 does not have",
    },
    {
      id: 'epicor.kinetic_internal',
      doc: `${KINETIC_FORUM}: "We apologize, but an unexpected internal problem occurred. Please provide your System Admin or Technical Support this Correlation ID for further details."`,
      message: /\bwe apologize, but an unexpected internal problem occurred\b/i,
      category: 'code_exception',
      why: 'Kinetic hit an unhandled exception in a function or business object (not a business-rule refusal)',
    },
  ],
};
