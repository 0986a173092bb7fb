import { describe, expect, it } from 'vitest';
import { avalaraPack } from './avalara.pack';
import { countedFamilies } from './family-match';

type Row = [family: string, code: string, message: string];

const ids = (code: string, message: string): string[] =>
  countedFamilies(avalaraPack, code, message).map((family) => family.id);

const positives: Row[] = [
  ['avalara.address', 'InvalidAddress', 'The address is not deliverable.'],
  ['avalara.address', '', 'Address is incomplete. The address value was incomplete.'],
  ['avalara.address', 'JurisdictionNotFoundError', 'Unable to determine the taxing jurisdictions.'],
  ['avalara.missing_address', 'MissingAddress', 'An address is missing.'],
  ['avalara.missing_lines', 'MissingLine', 'Document must have at least one line.'],
  ['avalara.value_required', 'ValueRequiredError', "Field 'customerCode' is required."],
  ['avalara.malformed', 'JsonFormatError', 'Unable to parse the JSON body.'],
  ['avalara.company', 'CompanyInvalidException', "Company 'ACME-US' not found."],
  ['avalara.not_found', 'EntityNotFoundError', 'Document with code INV-1001 not found.'],
  ['avalara.deleted', 'CannotModifyDeletedObjects', 'Cannot modify deleted objects.'],
  ['avalara.document_code_conflict', 'DocumentCodeConflict', 'Please specify DocumentType parameter'],
  ['avalara.duplicate', 'DuplicateEntry', 'Duplicate entry.'],
  ['avalara.locked', 'CannotModifyLockedTransaction', 'Modifying a locked document is not allowed.'],
  ['avalara.locked', '', 'Document INV-1001 is locked. Modification is not allowed.'],
  ['avalara.committed', 'TransactionIsCommitted', 'Committed transactions cannot be modified by this API.'],
  ['avalara.permission', 'PermissionRequired', 'Permission AccountSvc.CompanySave not available for role CompanyUser'],
  ['avalara.authentication', 'AuthenticationException', 'Authentication failed.'],
  ['avalara.account_state', 'SubscriptionRequired', 'This API requires the AvaTaxPro subscription.'],
  ['avalara.company_setup', 'TaxpayerNumberRequired', 'The company must have a taxpayer ID number.'],
  ['avalara.too_long', 'StringLengthError', "Field 'description' has an invalid length."],
  ['avalara.range', 'RangeError', "Field 'quantity' must be between 0 and 9999999."],
  ['avalara.format', 'EmailValidationError', "Field 'emailAddress' must be a valid email address."],
  ['avalara.too_many', 'EntityLimitExceeded', 'You may not submit more than 1000 objects in one request.'],
  ['avalara.rate_limit', 'RequestLimitExceeded', 'Too many requests submitted.'],
  ['avalara.timeout', 'ServiceTimeout', 'The service timed out.'],
  ['avalara.server', 'ServerUnreachable', 'One of the servers in the AvaTax API cluster is unreachable.'],
];

// near misses: an error of another meaning that looks alike
const negatives: Row[] = [
  ['avalara.address', 'MissingAddress', 'An address is missing.'],
  ['avalara.missing_address', 'InvalidAddress', 'The address is not deliverable.'],
  ['avalara.missing_lines', 'LineDoesNotExist', 'Line 3 does not exist.'],
  ['avalara.value_required', 'RequiredParametersNotFound', 'Required parameters not found.'],
  ['avalara.malformed', 'ValueRequiredError', "Field 'customerCode' is required."],
  ['avalara.company', 'EntityNotFoundError', 'Document with code INV-1001 not found.'],
  ['avalara.not_found', 'CompanyInvalidException', "Company 'ACME-US' not found."],
  ['avalara.deleted', 'EntityNotFoundError', 'Customer not found.'],
  ['avalara.document_code_conflict', 'DuplicateEntry', 'Duplicate entry.'],
  ['avalara.duplicate', 'DocumentCodeConflict', 'Please specify DocumentType parameter'],
  ['avalara.locked', 'TransactionIsCommitted', 'Committed transactions cannot be modified by this API.'],
  ['avalara.committed', 'CannotModifyLockedTransaction', 'Modifying a locked document is not allowed.'],
  ['avalara.permission', 'AuthenticationException', 'Authentication failed.'],
  ['avalara.authentication', 'PermissionRequired', 'Not permitted'],
  ['avalara.account_state', 'AccountInvalidException', 'Account 123 does not exist.'],
  ['avalara.company_setup', 'TINFormatError', 'The TIN is not in the right format.'],
  ['avalara.too_long', 'RangeError', "Field 'quantity' must be between 0 and 9999999."],
  ['avalara.range', 'StringLengthError', "Field 'description' has an invalid length."],
  ['avalara.format', 'InvalidAddress', 'The address is not deliverable.'],
  ['avalara.too_many', 'RequestLimitExceeded', 'Too many requests submitted.'],
  ['avalara.rate_limit', 'EntityLimitExceeded', 'You may not submit more than 1000 objects in one request.'],
  ['avalara.timeout', 'ServerUnreachable', 'One of the servers in the AvaTax API cluster is unreachable.'],
  ['avalara.server', 'ServiceTimeout', 'The service timed out.'],
];

describe('Avalara pack', () => {
  it.each(positives)('%s recognises [%s] %s', (family, code, message) => {
    expect(ids(code, message)).toContain(family);
  });

  it.each(negatives)('%s leaves alone [%s] %s', (family, code, message) => {
    expect(ids(code, message)).not.toContain(family);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of avalaraPack.families) {
      expect(family.doc?.trim(), family.id).toBeTruthy();
      expect(
        positives.some(([id]) => id === family.id),
        `${family.id} positive`,
      ).toBe(true);
      expect(
        negatives.some(([id]) => id === family.id),
        `${family.id} negative`,
      ).toBe(true);
    }
  });
});
