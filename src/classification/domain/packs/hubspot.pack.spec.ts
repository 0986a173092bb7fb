import { hubspotPack } from './hubspot.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

const propertyError = (code: string, message: string) =>
  `Property values were not valid: [{"isValid":false,"message":"${message}","error":"${code}","name":"tier"}]`;

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  [
    'hubspot.invalid_option',
    '',
    propertyError('INVALID_OPTION', 'Silver was not one of the allowed options: [Gold, Bronze]'),
  ],
  ['hubspot.invalid_option', 'INVALID_OPTION', 'Silver was not one of the allowed options'],
  [
    'hubspot.property_doesnt_exist',
    '',
    propertyError('PROPERTY_DOESNT_EXIST', 'Property \\"region__c\\" does not exist'),
  ],
  ['hubspot.invalid_email', 'INVALID_EMAIL', 'Email address jane@@example.com is invalid'],
  ['hubspot.invalid_date', '', propertyError('INVALID_DATE', '1700000000123 is at 10:13:20.123 UTC, not midnight!')],
  ['hubspot.validation_rule', '', propertyError('INVALID_ALPHA', 'Enter only letters')],
  [
    'hubspot.whitespace',
    '',
    propertyError('LEADING_TRAILING_WHITESPACE', '\\"Gold \\" includes leading or trailing whitespace.'),
  ],
  ['hubspot.validation', 'VALIDATION_ERROR', propertyError('INVALID_LONG', 'abc is not a number')],
  ['hubspot.object_not_found', 'OBJECT_NOT_FOUND', 'resource not found'],
  ['hubspot.conflict', 'CONFLICT', 'Contact already exists. Existing ID: 5101'],
  ['hubspot.rate_limits', 'RATE_LIMITS', 'You have reached your secondly limit.'],
  [
    'hubspot.expired_authentication',
    'EXPIRED_AUTHENTICATION',
    'The OAuth token used to make this call expired 7 second(s) ago.',
  ],
  ['hubspot.invalid_authentication', 'INVALID_AUTHENTICATION', 'Authentication credentials not found.'],
  ['hubspot.missing_scopes', 'MISSING_SCOPES', "This app hasn't been granted all required scopes to make this call."],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['hubspot.invalid_option', '', propertyError('INVALID_EMAIL', 'Email address jane@@example.com is invalid')],
  ['hubspot.property_doesnt_exist', '', propertyError('INVALID_OPTION', 'Silver was not one of the allowed options')],
  ['hubspot.invalid_email', '', propertyError('INVALID_ALPHA', 'Enter only letters')],
  ['hubspot.invalid_date', '', propertyError('INVALID_OPTION', 'Silver was not one of the allowed options')],
  [
    'hubspot.validation_rule',
    '',
    propertyError('LEADING_TRAILING_WHITESPACE', '\\"Gold \\" includes leading or trailing whitespace.'),
  ],
  ['hubspot.whitespace', '', propertyError('INVALID_ALPHA', 'Enter only letters')],
  [
    'hubspot.validation',
    'VALIDATION_ERROR',
    propertyError('INVALID_OPTION', 'Silver was not one of the allowed options'),
  ],
  ['hubspot.object_not_found', 'CONFLICT', 'Contact already exists. Existing ID: 5101'],
  ['hubspot.conflict', 'OBJECT_NOT_FOUND', 'resource not found'],
  ['hubspot.rate_limits', 'EXPIRED_AUTHENTICATION', 'The OAuth token used to make this call expired 7 second(s) ago.'],
  ['hubspot.expired_authentication', 'INVALID_AUTHENTICATION', 'Authentication credentials not found.'],
  [
    'hubspot.invalid_authentication',
    'EXPIRED_AUTHENTICATION',
    'The OAuth token used to make this call expired 7 second(s) ago.',
  ],
  ['hubspot.missing_scopes', 'INVALID_AUTHENTICATION', 'Authentication credentials not found.'],
];

describePackTable(hubspotPack, positives, nearMisses);
