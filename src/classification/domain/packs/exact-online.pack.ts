import type { KnowledgePack } from './pack.types';

// Exact Online REST API. The documents the families come from:
const LIMITS =
  'Exact Online developer docs, "API limits" (support.exactonline.com knowledge base: minutely and daily rate limits, token and error limits, mandatory filtering, request size limit)';
const SDK =
  'Exact Online official .NET client (exactonline/exactonline-api-dotnet-client) src/ExactOnline.Client.Sdk: Exceptions/*.cs and Helpers/ApiConnector.cs ThrowSpecificException (400/405 BadRequestException, 401 UnauthorizedException, 403 ForbiddenException, 404 NotFoundException, 429 TooManyRequestsException, 500 InternalServerErrorException)';
const CONTROLLER = 'exactonline/exactonline-api-dotnet-client src/ExactOnline.Client.Sdk/Controllers/Controller.cs';

export const exactOnlinePack: KnowledgePack = {
  system: 'Exact Online',
  aliases: ['exact-online', 'exact online'],
  families: [
    {
      id: 'exact.minutely_limit',
      doc: `${LIMITS}: "Minutely limit - your app can make 60 API calls, per company, per minute"; "Unpermitted requests will be rejected with an HTTP 429 (Too Many Requests) response" (headers X-RateLimit-Minutely-Limit / -Remaining); ${SDK}`,
      codes: /^(429|TooManyRequests|TooManyRequestsException)$/i,
      message: /too many requests|minutely (rate )?limit/i,
      either: true,
      category: 'rate_limited',
      why: 'the integration exceeded the per-company call limit of Exact Online',
    },
    {
      id: 'exact.daily_limit',
      doc: `${LIMITS}: "Daily limit - your app can make 5,000 API calls, per company, per day"; further calls for that company get HTTP 429 until the window resets; users can upgrade to an Exact Online Premium licence (30,000 calls per day)`,
      message: /daily (rate )?limit|calls?,? per company,? per day|x-ratelimit-remaining:? ?0\b/i,
      category: 'rate_limited',
      lean: { defect: 0.6, process_change: 0.4 },
      supersedes: ['exact.minutely_limit'],
      why: "the company's daily API quota for the app is used up: the integration must call less, or the customer buys a Premium licence",
    },
    {
      id: 'exact.error_block',
      doc: `${LIMITS}: "No more than 10 errors per API key, per user, per company, per endpoint, and per hour. When you exceed this limit, your API key will be temporarily blocked" (400, 401, 403 and 404 count as errors)`,
      message: /(api key|app) (is|has been|will be) (temporarily )?blocked|too many (errors|failed requests)/i,
      category: 'rate_limited',
      why: 'the integration kept repeating failing requests and Exact Online blocked its API key for an hour',
    },
    {
      id: 'exact.token_too_often',
      doc: `${LIMITS}: "You must not request new access token more than once every 10 minutes. You can only request for a new access token after 570 seconds"; maximum of token endpoint calls per app, user and day`,
      message: /access token.{0,60}(once every 10 minutes|570 seconds)|token endpoint.{0,40}(limit|too many)/i,
      category: 'auth_config',
      why: 'the integration refreshes its OAuth access token more often than Exact Online allows',
    },
    {
      id: 'exact.unauthorized',
      doc: `${SDK}: 401 -> UnauthorizedException; exactonline/exactonline-api-dotnet-client src/ExactOnline.Client.OAuth/OAuthClient.cs: "Not authorized to use Exact Online API."; ${LIMITS}: access tokens are valid for 10 minutes`,
      codes: /^(401|Unauthorized|UnauthorizedException)$/i,
      message: /not authori[sz]ed to use exact online api/i,
      either: true,
      category: 'auth_config',
      why: 'the access token the integration sent is missing, expired or revoked',
    },
    {
      id: 'exact.forbidden',
      doc: `${SDK}: 403 -> ForbiddenException (the user of the token has no right to this endpoint or company)`,
      codes: /^(403|Forbidden|ForbiddenException)$/i,
      category: 'permission_changed',
      why: 'the Exact Online user behind the token lacks the right or subscription for this endpoint or division',
    },
    {
      id: 'exact.not_found',
      doc: `${SDK}: 404 -> NotFoundException (no entity with this key, or no such endpoint)`,
      codes: /^(404|NotFound|NotFoundException)$/i,
      category: 'invalid_reference',
      lean: { defect: 0.5, bad_source_data: 0.4, process_change: 0.1 },
      why: 'Exact Online has no entity with the id, or no endpoint at the URL, the integration used',
    },
    {
      id: 'exact.bad_request',
      doc: `${SDK}: 400 and 405 -> BadRequestException; ${LIMITS}: 400 responses count towards the hourly error limit`,
      codes: /^(400|405|BadRequest|BadRequestException)$/i,
      category: 'malformed_request',
      lean: { defect: 0.55, bad_source_data: 0.4, process_change: 0.05 },
      fallback: true,
      why: 'Exact Online refused the request; the message names the field or rule',
    },
    {
      id: 'exact.server_error',
      doc: `${SDK}: 500 -> InternalServerErrorException carrying the server's message`,
      codes: /^(500|InternalServerError|InternalServerErrorException)$/i,
      category: 'upstream_5xx',
      fallback: true,
      why: 'Exact Online failed with an internal server error',
    },
    {
      id: 'exact.incorrect_json',
      doc: 'exactonline/exactonline-api-dotnet-client src/ExactOnline.Client.Sdk/Exceptions/IncorrectJsonException.cs, thrown by Helpers/ApiResponseCleaner.cs when a response cannot be parsed',
      codes: /^IncorrectJsonException$/i,
      category: 'code_exception',
      why: "the client could not parse Exact Online's JSON response",
    },
    {
      id: 'exact.mandatory_filter',
      doc: `${LIMITS}, "Mandatory filtering": "Some properties within several endpoints require mandatory filtering. If you do not add the required $filter parameter in your request, an error message will return"`,
      message: /(mandatory|required) (\$)?filter|\$filter.{0,60}(is )?(mandatory|required)/i,
      category: 'malformed_request',
      supersedes: ['exact.bad_request'],
      why: 'the integration queried an endpoint with mandatory filtering without the required $filter',
    },
    {
      id: 'exact.request_too_large',
      doc: `${LIMITS}, "Request size limit": "A single HTTP POST request to the Exact Online API has a size limit of 10.0 MB"`,
      codes: /^413$/i,
      message: /request (entity )?too large|exceed(s|ed)? .{0,30}10(\.0)? ?mb/i,
      either: true,
      category: 'value_too_long',
      lean: { defect: 0.55, bad_source_data: 0.4, process_change: 0.05 },
      why: 'the POST body (often an attachment) is larger than the 10 MB Exact Online accepts',
    },
    {
      id: 'exact.entity_operation',
      doc: `${CONTROLLER}: "Cannot create entity. Entity does not support creation. Please see the Reference Documentation.", "Cannot update entity. Entity is not updateable.", "Cannot delete entity. Entity does not support deleting."`,
      message: /entity does not support (creation|deleting)|entity is not updateable/i,
      category: 'malformed_request',
      why: 'the integration called an operation the Exact Online endpoint does not support',
    },
    {
      id: 'exact.bad_guid',
      doc: `${CONTROLLER}: "Bad Guid: Guid cannot contain '}' or '{'"`,
      message: /bad guid: guid cannot contain/i,
      category: 'value_format',
      lean: { defect: 0.85, bad_source_data: 0.15 },
      why: 'the integration serialised an Exact Online id with braces',
    },
    {
      id: 'exact.division',
      doc: 'exactonline/exactonline-api-dotnet-client src/ExactOnline.Client.Sdk/Controllers/ExactOnlineClient.cs: "Cannot get division. Please specify division explicitly via the constructor."',
      message: /cannot get division/i,
      category: 'malformed_request',
      lean: { defect: 0.8, process_change: 0.2 },
      why: 'the integration did not name the Exact Online division (company) and none could be read from the user',
    },
  ],
};
