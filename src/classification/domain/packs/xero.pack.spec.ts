import { describePackTable, type PackRow } from './pack-table.test-support';
import { xeroPack } from './xero.pack';

// One row per documented family: the documented wording with values filled in.
const positives: PackRow[] = [
  ['xero.validation', 'ValidationException', 'A validation exception occurred'],
  ['xero.email_invalid', 'ValidationException', 'Email address must be valid.'],
  ['xero.required', '', 'Contact cannot be empty.'],
  ['xero.too_long', '', 'Description is too long'],
  ['xero.invalid_status', '', 'Invoice not of valid status for modification'],
  ['xero.lock_date', '', 'The document date cannot be before the end of year lock date, currently set at 30-Sep-2021'],
  ['xero.invalid_grant', 'invalid_grant', ''],
  ['xero.invalid_client', '', '{"error":"invalid_client"}'],
  ['xero.token_expired', '', 'TokenExpired: token expired at 01/15/2024 10:30:00'],
  ['xero.authentication_unsuccessful', '', '{"title":"Forbidden","status":403,"detail":"AuthenticationUnsuccessful"}'],
  ['xero.not_found', '', 'The resource you have specified cannot be found'],
  ['xero.precondition_failed', '', 'Precondition Failed: TLS 1.0 is not supported'],
  ['xero.rate_limit', '', 'Rate Limit Exceeded (X-Rate-Limit-Problem: minute)'],
  ['xero.not_available', '', 'The organisation is offline'],
  ['xero.internal_error', '', 'An unhandled error with the Xero API. Contact the Xero API team if problems persist'],
];

// One near miss per family: a similar-looking error of another meaning.
const nearMisses: PackRow[] = [
  ['xero.validation', 'ValidationException', 'Email address must be valid.'],
  ['xero.email_invalid', '', 'Email address is required'],
  ['xero.required', '', 'Email address must be valid.'],
  ['xero.too_long', '', 'Description cannot be empty.'],
  ['xero.invalid_status', '', 'The document date cannot be before the period lock date'],
  ['xero.lock_date', '', 'Invoice not of valid status for modification'],
  ['xero.invalid_grant', 'invalid_client', ''],
  ['xero.invalid_client', 'invalid_grant', ''],
  ['xero.token_expired', '', '{"title":"Forbidden","status":403,"detail":"AuthenticationUnsuccessful"}'],
  ['xero.authentication_unsuccessful', '', 'TokenExpired: token expired at 01/15/2024 10:30:00'],
  ['xero.not_found', '', 'Account code "999" is not a valid code for this document.'],
  ['xero.precondition_failed', '', 'A validation exception occurred'],
  ['xero.rate_limit', '', 'API is currently unavailable'],
  ['xero.not_available', '', 'Rate Limit Exceeded'],
  ['xero.internal_error', '', 'The organisation is offline'],
];

describePackTable(xeroPack, positives, nearMisses);
