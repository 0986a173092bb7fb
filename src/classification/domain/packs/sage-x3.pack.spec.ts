import { describePackTable, type PackRow } from './pack-table.test-support';
import { sageX3Pack } from './sage-x3.pack';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['x3.unknown_field', '', 'Cannot query field "x3Customers" on type "sageQuery". Did you mean "x3CommonData"?'],
  ['x3.unauthorised', '', 'Unauthorised'],
  ['x3.internal', 'InternalServerError', ''],
  ['x3.app_disabled', '', 'The application registered on Sage Business Cloud is disabled'],
  ['x3.pairing', '', 'The pairing request has not been accepted.'],
  ['x3.token_request', '', 'Invalid grant type'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['x3.unknown_field', '', 'Missing required request parameters'],
  ['x3.unauthorised', '', 'The application registered on Sage Business Cloud is disabled'],
  ['x3.internal', 'BadRequest', 'Cannot query field "x3Foo" on type "sageQuery"'],
  ['x3.app_disabled', '', 'The pairing request has not been accepted.'],
  ['x3.pairing', '', 'Invalid grant type'],
  ['x3.token_request', '', 'The request has expired.'],
];

describePackTable(sageX3Pack, positives, nearMisses);
