import { describePackTable, type PackRow } from './pack-table.test-support';
import { exactOnlinePack } from './exact-online.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['exact.minutely_limit', '429', 'Too Many Requests'],
  ['exact.daily_limit', '429', 'Daily limit reached: your app can make 5,000 API calls, per company, per day'],
  ['exact.error_block', '', 'Your API key has been temporarily blocked: too many errors on this endpoint'],
  ['exact.token_too_often', '', 'You must not request new access token more than once every 10 minutes.'],
  ['exact.unauthorized', '401', 'The remote server returned an error: (401) Unauthorized.'],
  ['exact.unauthorized', '', 'Not authorized to use Exact Online API.'],
  ['exact.forbidden', 'ForbiddenException', 'The remote server returned an error: (403) Forbidden.'],
  ['exact.not_found', '404', 'The remote server returned an error: (404) Not Found.'],
  ['exact.bad_request', '400', 'The remote server returned an error: (400) Bad Request.'],
  ['exact.server_error', '500', 'The remote server returned an error: (500) Internal Server Error.'],
  [
    'exact.incorrect_json',
    'IncorrectJsonException',
    "Unexpected character encountered while parsing value: <. Path '', line 0",
  ],
  ['exact.mandatory_filter', '400', 'The $filter parameter is mandatory for this endpoint'],
  ['exact.request_too_large', '413', 'Request Entity Too Large'],
  [
    'exact.entity_operation',
    '',
    'Cannot create entity. Entity does not support creation. Please see the Reference Documentation.',
  ],
  ['exact.bad_guid', '', "Bad Guid: Guid cannot contain '}' or '{'"],
  ['exact.division', '', 'Cannot get division. Please specify division explicitly via the constructor.'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['exact.minutely_limit', '429', 'Daily limit reached: your app can make 5,000 API calls, per company, per day'],
  ['exact.daily_limit', '429', 'Too Many Requests'],
  ['exact.error_block', '400', 'The remote server returned an error: (400) Bad Request.'],
  ['exact.token_too_often', '401', 'The remote server returned an error: (401) Unauthorized.'],
  ['exact.unauthorized', '403', 'The remote server returned an error: (403) Forbidden.'],
  ['exact.forbidden', '401', 'Not authorized to use Exact Online API.'],
  ['exact.not_found', '400', 'The remote server returned an error: (400) Bad Request.'],
  ['exact.bad_request', '400', 'The $filter parameter is mandatory for this endpoint'],
  ['exact.server_error', '503', 'Service Unavailable'],
  ['exact.incorrect_json', '400', 'The remote server returned an error: (400) Bad Request.'],
  ['exact.mandatory_filter', '400', 'The remote server returned an error: (400) Bad Request.'],
  ['exact.request_too_large', '429', 'Too Many Requests'],
  ['exact.entity_operation', '', 'This entity already exists'],
  ['exact.bad_guid', '404', 'The remote server returned an error: (404) Not Found.'],
  ['exact.division', '403', 'The remote server returned an error: (403) Forbidden.'],
];

describePackTable(exactOnlinePack, positives, nearMisses);
