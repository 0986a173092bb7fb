import type { KnowledgePack } from './pack.types';

// What an iPaaS layer's own error types mean: a transport, connection or transformation failure of the
// layer. A type that only restates the target's HTTP status (HTTP:BAD_REQUEST, HTTP:NOT_FOUND,
// SALESFORCE:INVALID_INPUT) says nothing of its own: the target's body inside is read by the other packs,
// so those families carry no vote. The documents the families come from:
const MULE_ERRORS =
  'MuleSoft docs, "Mule Errors" (docs.mulesoft.com/mule-runtime/latest/mule-error-concept) and "Introduction to Mule 4: Error Handlers" (core types in the implicit MULE namespace: EXPRESSION, TRANSFORMATION, CONNECTIVITY, RETRY_EXHAUSTED, TIMEOUT, SECURITY, CLIENT_SECURITY; HTTP:UNAUTHORIZED is a MULE:CLIENT_SECURITY)';
const MULE_HTTP =
  'MuleSoft docs, "HTTP Connector Reference", Request operation errors (HTTP:BAD_GATEWAY, BAD_REQUEST, CLIENT_SECURITY, CONNECTIVITY, FORBIDDEN, INTERNAL_SERVER_ERROR, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, NOT_FOUND, PARSING, RETRY_EXHAUSTED, SECURITY, SERVICE_UNAVAILABLE, TIMEOUT, TOO_MANY_REQUESTS, UNAUTHORIZED, UNSUPPORTED_MEDIA_TYPE)';
const MULE_SALESFORCE =
  'MuleSoft docs, "Salesforce Connector Reference", error types (SALESFORCE:CONNECTIVITY, INVALID_INPUT, INVALID_RESPONSE, LIMIT_EXCEEDED, MUTUAL_AUTHENTICATION_FAILED, NOT_FOUND, RETRY_EXHAUSTED, TIMEOUT)';

export const ipaasPack: KnowledgePack = {
  system: 'iPaaS connectors',
  aliases: ['*'],
  families: [
    {
      id: 'mule.timeout',
      doc: `${MULE_ERRORS}; ${MULE_HTTP}, HTTP:TIMEOUT; ${MULE_SALESFORCE}, SALESFORCE:TIMEOUT`,
      codes: /^((mule|http|sockets|salesforce):)?timeout$/i,
      category: 'timeout',
      why: "MuleSoft: the connector's call timed out",
    },
    {
      id: 'mule.connectivity',
      doc: `${MULE_ERRORS}, CONNECTIVITY and RETRY_EXHAUSTED; ${MULE_HTTP}; ${MULE_SALESFORCE}`,
      codes: /^((mule|http|sockets|salesforce):)?(connectivity|retry_exhausted)$/i,
      category: 'upstream_5xx',
      why: 'MuleSoft: the connector could not reach the target (or ran out of reconnection attempts)',
    },
    {
      id: 'mule.target_5xx',
      doc: `${MULE_HTTP}, HTTP:INTERNAL_SERVER_ERROR, HTTP:SERVICE_UNAVAILABLE, HTTP:BAD_GATEWAY`,
      codes: /^http:(internal_server_error|service_unavailable|bad_gateway)$/i,
      category: 'upstream_5xx',
      why: 'MuleSoft: the target answered with a server error',
    },
    {
      id: 'mule.throttled',
      doc: `${MULE_HTTP}, HTTP:TOO_MANY_REQUESTS; ${MULE_SALESFORCE}, SALESFORCE:LIMIT_EXCEEDED`,
      codes: /^(http:too_many_requests|salesforce:limit_exceeded)$/i,
      category: 'rate_limited',
      why: 'MuleSoft: the target throttled the connector or its API limit is used up',
    },
    {
      id: 'mule.client_security',
      doc: `${MULE_ERRORS}, CLIENT_SECURITY; ${MULE_HTTP}, HTTP:UNAUTHORIZED and HTTP:CLIENT_SECURITY; ${MULE_SALESFORCE}, SALESFORCE:MUTUAL_AUTHENTICATION_FAILED`,
      codes: /^((mule|http):(unauthorized|client_security)|salesforce:mutual_authentication_failed)$/i,
      category: 'auth_config',
      why: "MuleSoft: the connector's credentials were refused",
    },
    {
      id: 'mule.forbidden',
      doc: `${MULE_HTTP}, HTTP:FORBIDDEN`,
      codes: /^http:forbidden$/i,
      category: 'permission_changed',
      why: "MuleSoft: the target refused the connector's user (403)",
    },
    {
      id: 'mule.request_shape',
      doc: `${MULE_HTTP}, HTTP:METHOD_NOT_ALLOWED, HTTP:NOT_ACCEPTABLE, HTTP:UNSUPPORTED_MEDIA_TYPE, HTTP:PARSING; ${MULE_SALESFORCE}, SALESFORCE:INVALID_RESPONSE`,
      codes: /^(http:(method_not_allowed|not_acceptable|unsupported_media_type|parsing)|salesforce:invalid_response)$/i,
      category: 'malformed_request',
      why: 'MuleSoft: the flow used the wrong method or media type, or could not parse the message',
    },
    {
      id: 'mule.transformation',
      doc: `${MULE_ERRORS}, EXPRESSION and TRANSFORMATION (DataWeave expression and transformation failures)`,
      codes: /^(mule:)?(expression|transformation)$/i,
      category: 'mapping_error',
      why: 'MuleSoft: a DataWeave expression or transformation failed in the flow',
    },
    {
      id: 'mule.target_status',
      doc: `${MULE_HTTP}, HTTP:BAD_REQUEST and HTTP:NOT_FOUND; ${MULE_SALESFORCE}, SALESFORCE:INVALID_INPUT and SALESFORCE:NOT_FOUND: they restate the target's answer`,
      codes: /^(http:(bad_request|not_found)|salesforce:(invalid_input|not_found))$/i,
      category: 'unknown',
      why: "MuleSoft passed on the target's refusal: the target's own message says why",
    },
  ],
};
