import { ipaasPack } from './ipaas.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// One row per documented family: the documented error type with a description filled in.
const positives: PackRow[] = [
  ['mule.timeout', 'HTTP:TIMEOUT', "HTTP POST on resource 'https://erp.example.com/orders' failed: Timeout exceeded."],
  ['mule.timeout', 'SALESFORCE:TIMEOUT', 'Read timed out'],
  [
    'mule.connectivity',
    'HTTP:CONNECTIVITY',
    "HTTP POST on resource 'https://erp.example.com/orders' failed: Connection refused.",
  ],
  ['mule.connectivity', 'SALESFORCE:RETRY_EXHAUSTED', 'Failed establishing connection with salesforce'],
  [
    'mule.target_5xx',
    'HTTP:SERVICE_UNAVAILABLE',
    "HTTP GET on resource 'https://erp.example.com' failed: service unavailable (503).",
  ],
  ['mule.throttled', 'SALESFORCE:LIMIT_EXCEEDED', 'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.'],
  [
    'mule.client_security',
    'HTTP:UNAUTHORIZED',
    "HTTP GET on resource 'http://localhost:36682/testPath' failed: unauthorized (401).",
  ],
  ['mule.forbidden', 'HTTP:FORBIDDEN', "HTTP GET on resource 'https://erp.example.com' failed: forbidden (403)."],
  [
    'mule.request_shape',
    'HTTP:UNSUPPORTED_MEDIA_TYPE',
    "HTTP POST on resource 'https://erp.example.com' failed: unsupported media type (415).",
  ],
  ['mule.transformation', 'MULE:EXPRESSION', 'Cannot coerce String (abc) to Number'],
  [
    'mule.target_status',
    'HTTP:BAD_REQUEST',
    "HTTP POST on resource 'https://erp.example.com/orders' failed: bad request (400).",
  ],
];

// One near miss per family: a similar-looking error type of another meaning.
const nearMisses: PackRow[] = [
  ['mule.timeout', 'HTTP:CONNECTIVITY', 'Connection refused'],
  ['mule.connectivity', 'HTTP:TIMEOUT', 'Timeout exceeded'],
  ['mule.target_5xx', 'HTTP:BAD_REQUEST', 'bad request (400)'],
  ['mule.throttled', 'SALESFORCE:INVALID_INPUT', 'FIELD_CUSTOM_VALIDATION_EXCEPTION: Close date cannot be in the past'],
  ['mule.client_security', 'HTTP:FORBIDDEN', 'forbidden (403)'],
  ['mule.forbidden', 'HTTP:UNAUTHORIZED', 'unauthorized (401)'],
  ['mule.request_shape', 'HTTP:BAD_REQUEST', 'bad request (400)'],
  ['mule.transformation', 'HTTP:PARSING', 'Unable to parse the response'],
  ['mule.target_status', 'HTTP:SERVICE_UNAVAILABLE', 'service unavailable (503)'],
];

describePackTable(ipaasPack, positives, nearMisses);
