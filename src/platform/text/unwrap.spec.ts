import { describe, expect, it } from 'vitest';
import { unwrapMessage } from './unwrap';

// Wrapper shapes as the layers document or print them; the inner texts are written for these tests.
describe('unwrapMessage: the target system’s own words inside the integration layer’s report', () => {
  it.each<[string, string, string, string | undefined]>([
    ['a plain message stays as it is', 'The posting period is closed.', 'The posting period is closed.', undefined],
    [
      'a Java exception class name',
      'org.mule.runtime.api.exception.MuleRuntimeException: Customer 44 is inactive',
      'Customer 44 is inactive',
      undefined,
    ],
    [
      'a .NET exception class name',
      'System.Net.WebException: The remote server returned an error: (503) Server Unavailable.',
      '(503) Server Unavailable.',
      undefined,
    ],
    [
      'MuleSoft’s HTTP requester with a JSON body',
      `HTTP POST on resource 'https://erp.example.com/api/v2/invoices' failed: bad request (400). {"error":{"code":"BadRequest_InvalidToken","message":"The date 31/13/2026 is not valid."}}`,
      'The date 31/13/2026 is not valid.',
      'BadRequest_InvalidToken',
    ],
    [
      'an iPaaS step prefix',
      'Step 4 (upsert invoice) failed: Vendor V-9 does not exist',
      'Vendor V-9 does not exist',
      undefined,
    ],
    [
      'a "failed to add" prefix',
      'Failed to add Shopify Order #1045. Item SKU-77 is not set up in location WH2',
      'Item SKU-77 is not set up in location WH2',
      undefined,
    ],
    [
      'a quoted OData error body',
      'Error response: {"odata.error":{"code":"","message":{"lang":"en-US","value":"Status must be equal to \'Open\'"}}}',
      "Status must be equal to 'Open'",
      undefined,
    ],
    [
      'a SOAP fault',
      '<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>Session timed out</faultstring></soapenv:Fault>',
      'Session timed out',
      undefined,
    ],
    [
      'a list of errors keeps each message',
      '{"errors":[{"message":"Email is invalid"},{"message":"Name is too long"}]}',
      'Email is invalid Name is too long',
      undefined,
    ],
  ])('%s', (_name, message, inner, code) => {
    const unwrapped = unwrapMessage(message);
    expect(unwrapped.message).toBe(inner);
    expect(unwrapped.code).toBe(code);
    if (inner !== message) expect(unwrapped.wrapper).toBe(message);
    else expect(unwrapped.wrapper).toBeUndefined();
  });

  it('keeps a bare runtime error name: it is the failure, not a wrapper', () => {
    expect(unwrapMessage('ReferenceError: lineTotal is not defined').message).toBe(
      'ReferenceError: lineTotal is not defined',
    );
  });

  it('never strips a message down to nothing', () => {
    expect(unwrapMessage('Job failed: timeout').message).toBe('Job failed: timeout');
  });

  it('leaves text that only looks like JSON alone', () => {
    expect(unwrapMessage('Value {abc is not valid').message).toBe('Value {abc is not valid');
    expect(unwrapMessage('Required fields are missing: [LastName]').message).toBe(
      'Required fields are missing: [LastName]',
    );
  });

  it('finds a body however far its first key is indented', () => {
    const body = `Error response: {${' '.repeat(60)}\n"message": "Customer C-9 is blocked"}`;
    expect(unwrapMessage(body).message).toBe('Customer C-9 is blocked');
    expect(unwrapMessage(`Error response: [\n\t{"message": "Item is inactive"}]`).message).toBe('Item is inactive');
  });
});
