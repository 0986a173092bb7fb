import type { KnowledgePack } from './pack.types';

// Sage X3 (Sage Business Cloud Enterprise Management) API: the GraphQL API and the authorisation/token
// endpoints, from Sage's published tables "API Error Codes" (developer.sage.com/x3/graphql/guides/api-error-codes)
// and "Response Codes" (developer.sage.com/x3/authorization-token-endpoints/api-error-codes).
const X3_DOC =
  'Sage X3 developer docs, "API Error Codes" (GraphQL) and "Response Codes" (authorize/token endpoints), developer.sage.com/x3';

export const sageX3Pack: KnowledgePack = {
  system: 'Sage X3',
  aliases: ['sage-x3', 'sage x3', 'sagex3', 'sage enterprise management'],
  families: [
    {
      id: 'x3.unknown_field',
      doc: `${X3_DOC}: 400 "Cannot query field \\"x3XXXX\\" on type \\"sageQuery\\". Did you mean …" (a requested object is missing in the schema)`,
      message: /cannot query field .{1,120} on type/i,
      category: 'malformed_request',
      why: 'the GraphQL query names a field the X3 schema does not have',
    },
    {
      id: 'x3.unauthorised',
      doc: `${X3_DOC}: 401 {"message": "Unauthorised"} when the access token is missing or expired`,
      message: /^\W{0,4}unauthori[sz]ed\W{0,4}$/i,
      category: 'auth_config',
      why: 'the access token is missing or expired',
    },
    {
      id: 'x3.internal',
      doc: `${X3_DOC}: 500 {"$severity":"error","$dataCode":"InternalServerError","$source":"Gateway"} (unknown error)`,
      codes: /^internalservererror$/i,
      category: 'upstream_5xx',
      why: 'the X3 gateway reported an unknown internal error',
    },
    {
      id: 'x3.app_disabled',
      doc: `${X3_DOC}: 403 "The application registered on Sage Business Cloud is disabled"`,
      message: /application registered on sage business cloud is disabled/i,
      category: 'permission_changed',
      lean: { process_change: 0.6, defect: 0.4 },
      why: "the integration's application registration has been disabled",
    },
    {
      id: 'x3.pairing',
      doc: `${X3_DOC}: 403 "The pairing request has not been accepted." / "The request has expired." / "Pairing request not found"`,
      message: /pairing request has not been accepted|pairing request not found|^\W{0,4}the request has expired/i,
      category: 'auth_config',
      lean: { defect: 0.55, process_change: 0.45 },
      why: "the customer has not approved the integration's pairing (authorisation) request, or it expired",
    },
    {
      id: 'x3.token_request',
      doc: `${X3_DOC}: 400 "Missing required request parameters" / "Invalid grant type" (token endpoint)`,
      message: /missing required request parameters|invalid grant type/i,
      category: 'malformed_request',
      why: "the integration's token request is malformed",
    },
  ],
};
