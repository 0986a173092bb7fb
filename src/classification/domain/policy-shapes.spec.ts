import { describe, expect, it } from 'vitest';
import { POLICY_SHAPES, policyShapesOf } from './policy-shapes';

const primary = (message: string): number | undefined => policyShapesOf(message)[0]?.row;

// Per shape a positive line written from LABELING.md's typical wording, and a near miss: a line that
// shares the shape's words but whose primary shape is another one (or none), so row order is tested too.
describe('policyShapesOf: the primary shape of the policy’s typical wording', () => {
  it.each([
    // 1 required business value, and the configured-mandatory near miss (row 2 comes first)
    ['Required fields are missing: [LastName]', 1],
    ['Required fields are missing: [Region__c]', 2],
    ['Customer is required', 1],
    ['Item Number may not be blank', 1],
    ['The document DueDate field must be specified.', 1],
    ['The amount field is required', 1],
    // 2 required by the target's configuration
    ['Please enter value(s) for: Department, Location, Class', 2],
    ['Field Business Area is a required field for G/L account 1000 800000', 2],
    ['Make sure all your transactions have a VAT rate before you save.', 2],
    ['ForeignCurrency is required', 2],
    ['The department 022 is inactive', 11],
    // 3 reference not found, and the sentinel that must win over it
    ["The Item does not exist. No.='M99-9999'", 3],
    ['Invalid customer reference key 99999.', 3],
    ['Customer Card not found', 3],
    ["The Employee does not exist. Identification fields and values: No.=''", 17],
    // 4 option list
    ['Recurring Type: bad value for restricted picklist field: Fixed', 4],
    ["Warning: The value 'N45' in field 'Terms of payment' is not found in the related table 'Terms of payment'.", 4],
    ['Invalid shipmethod reference key 4115 for entity 33676.', 4],
    // 5 not extended to an organisational unit
    ['Invalid item reference key 1009 for subsidiary 1.', 5],
    ['Customer 1000123 is not created in sales area 1010 10 00', 5],
    ['Material 4711 not maintained in plant 1000', 5],
    // 6 duplicate, and a concurrency near miss sharing "has been"
    ['Duplicate Document Number Error', 6],
    ['The contact name must be unique across all active contacts', 6],
    ['Record has been changed', 23],
    // 7 too long, and a response that is too large (an API usage problem)
    ['STRING_TOO_LONG: Billing City: data value too large (max length=40)', 7],
    ['The length of the string is 57, but it must be less than or equal to 50 characters.', 7],
    ['The response from the service is too large', 27],
    // 8 malformed business value
    ['Email address must be valid', 8],
    ['Invalid value for eu_vat.', 8],
    ['Email is required', 1],
    // 9 date or number format, and a date that falls in a locked period
    ['Could not convert string to DateTime', 9],
    ['Invalid date value (must be M/D/YYYY)', 9],
    ['The document date cannot be before the period lock date of 30 June 2024', 13],
    // 10 amount, quantity or date-order rule
    ['Amount must be at least 50 cents', 10],
    ['M7/021: Deficit of SL Unrestricted-use 10 KG : RM-1001', 10],
    ['Term_Out_Of_Range', 10],
    // 11 inactive or blocked, and deletion (11.5)
    ['Customer 123 is inactive', 11],
    ["Blocked must be equal to 'No'  in Item: No.=1896-S.", 11],
    ['ENTITY_IS_DELETED: entity is deleted', 11.5],
    ['This account has been disabled', 11],
    // 12 credit hold, before "blocked" and before a rate limit's "limit exceeded"
    ['Order receipt/delivery not possible, credit customer blocked', 12],
    ['Credit Limit Exceeded', 12],
    ['Dimension Value DEPARTMENT - SALES is blocked.', 11],
    // 13 closed period
    ['Posting period 006 2024 is not open', 13],
    ['You may not record transactions before the lock date', 13],
    ['Posting Date is required', 1],
    // 14 workflow or status lock, and lock contention
    ['This record has been locked by a user defined workflow.', 14],
    ['This document can only be released when the approval process is complete.', 14],
    ['Invoice not of valid status for modification', 14],
    ['The document is locked and cannot be modified.', 14],
    ['UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record', 23],
    // 15 validation rule, and a rate limit sharing "too many"
    ['FIELD_CUSTOM_VALIDATION_EXCEPTION, Too many active contacts', 15],
    ['Too many requests', 22],
    // 16 field does not exist, and a record that does not exist
    ["No such column 'Region__c' on entity 'Account'", 16],
    ['Property "partner_tier" does not exist', 16],
    ['No such customer: cus_123', 3],
    // 17 sentinel or garbage value, and the same template with a real value
    ['You have entered an Invalid Field Value {text=null, value=59757} for the following field: custrecord_gift', 17],
    ['Error converting value "" to type \'System.Guid\'.', 17],
    ['You have entered an Invalid Field Value 53384 for the following field: customer', 3],
    // 18 permission, 18.5 read-only field, 19 scope
    ['Your current role does not have permission to access this record.', 18],
    ['Permission Violation: The restrictions on your role deny you access to this record.', 18],
    ["Control 'Last Date Modified' is read-only", 18.5],
    ['The API key provided does not have write permissions.', 19],
    ['This action requires merchant approval for read_orders scope.', 19],
    ['Access denied', 18],
    // 20 token or session, 21 credentials, 21.5 access revoked
    ['Session expired or invalid', 20],
    ['The SAML2 token is not valid because its validity period has ended.', 20],
    ['Invalid token', 20],
    ['Invalid login attempt', 21],
    ['Invalid API key or access token (unrecognized login or wrong password)', 21],
    ['AuthorizationUnsuccessful', 21.5],
    // 22 rate limit
    ['REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.', 22],
    ['You have reached your secondly limit.', 22],
    // 23 optimistic concurrency
    ['Stale Object Error', 23],
    ['Another user has already changed the record.', 23],
    // 24 timeout or 5xx, and a session that timed out
    ['HTTP Error 502: Bad Gateway', 24],
    ['An unexpected error has occurred. Error ID: lwq8x2b31vh7k9c0zqm4t', 24],
    ['Session has timed out', 20],
    // 25 subscription or feature
    ['Subscription period has ended or been canceled', 25],
    ['API_DISABLED_FOR_ORG: The REST API is not enabled for this Organization.', 25],
    ['Your storage is full', 25],
    // 26 currency or numbering set-up
    ['Organisation is not subscribed to currency EUR', 26],
    ['You may not enter numbers manually.', 26],
    // 27 wrong API usage
    ["Resource not found for the segment 'APISP3'.", 27],
    ['Cannot process the request because the default company cannot be found.', 27],
    // 28 opaque, code-only
    ['[4223] DateOccurred:(SaleEvent)', 28],
    ['Line_JobHeaderNotAllowed', 28],
  ])('%j → row %s', (message, row) => {
    expect(primary(message)).toBe(row);
  });

  it('recognises no shape in a line that names none', () => {
    expect(policyShapesOf('Sync completed for order 1042')).toEqual([]);
  });
});

describe('POLICY_SHAPES patterns are safe on untrusted text', () => {
  const phrases = POLICY_SHAPES.flatMap((shape) => shape.phrases.map((phrase) => ({ row: shape.row, source: phrase.source })));

  it.each(phrases)('row $row /$source/ has only bounded quantifiers and none on a group', ({ source }) => {
    const unescaped = source.replace(/\\./g, 'x');
    // every repeat is bounded ({m,n}, ?): no *, +, or open {m,}
    expect(unescaped).not.toMatch(/[*+]|\{\d+,\}/);
    // a group may be optional, never repeated: no nested repetition
    expect(unescaped).not.toMatch(/\)\{/);
  });

  it('each shape’s pattern is exactly the union of its phrases', () => {
    for (const shape of POLICY_SHAPES) {
      expect(shape.pattern.source).toBe(shape.phrases.map((p) => p.source).join('|'));
      expect(shape.pattern.flags).toBe('i');
    }
  });

  it('reads 8 KiB of hostile text quickly', () => {
    const hostile = [
      'a '.repeat(4096), "'".repeat(8192), '='.repeat(8192), 'period '.repeat(1170), 'currency '.repeat(910),
      'required '.repeat(910), '[' + 'x,'.repeat(4000), '{'.repeat(8192), 'dimension '.repeat(819), ' '.repeat(8192),
    ];
    const started = performance.now();
    for (const text of hostile) policyShapesOf(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
