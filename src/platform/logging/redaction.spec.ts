import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from './redaction';

const KEY = 'seam_3q2-7xYbK9v0aP1LmN4oR5sT6uV7wX8yZ9aB0cD1eF2';

describe('Redactor.text', () => {
  const cases: Array<[string, string, string[]]> = [
    // [what, input, substrings that must be gone]
    ['an API key in a message', `key ${KEY} revoked`, [KEY]],
    ['a bearer token', 'authorization: Bearer abc.def.ghi', ['abc.def.ghi']],
    [
      'a signature header',
      'x-seam-signature: t=1764000000,v1=5f1d3c0a9b8e7d6c5f4e3d2c1b0a99887766554433221100ffeeddccbbaa9988',
      ['5f1d3c0a9b8e7d6c5f4e3d2c1b0a9988'],
    ],
    ['a password in a database URL', 'cannot reach postgres://seam:hunter2pass@db:5432/seam', ['hunter2pass']],
    ['a password in an SMTP URL', 'smtp://mailer:s3cr3t-Pw@mail.example.com:587', ['s3cr3t-Pw']],
    [
      'a Slack webhook',
      'POST https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX failed',
      ['T000/B000/XXXXXXXXXXXX'],
    ],
    ['a Teams webhook', 'https://contoso.webhook.office.com/webhookb2/abc-123 answered 500', ['webhookb2/abc-123']],
    ['a JSON secret field', '{"integration":"shop","secret":"whsec_live_123456"}', ['whsec_live_123456']],
    ['signing secrets in a list', 'signingSecrets: ["old-secret-1", "new-secret-2"]', ['old-secret-1', 'new-secret-2']],
    ['secret=value', 'retry with secret=abcdefgh1234 to the integration', ['abcdefgh1234']],
    ['a password field', 'password: correct-horse', ['correct-horse']],
  ];
  it.each(cases)('removes %s', (_what, input, gone) => {
    const output = new Redactor().text(input);
    for (const secret of gone) expect(output).not.toContain(secret);
    expect(output).toContain(REDACTED);
  });

  it('leaves ordinary lines alone', () => {
    const line = 'event 42 processed: issue 7 opened for netsuite salesOrder (bad_source_data)';
    expect(new Redactor().text(line)).toBe(line);
  });

  it('removes a remembered secret wherever it appears, and ignores ones too short to be secrets', () => {
    const redactor = new Redactor();
    redactor.remember('my-integration-signing-secret');
    redactor.remember('abc');
    const output = redactor.text('signature mismatch for my-integration-signing-secret (abc)');
    expect(output).not.toContain('my-integration-signing-secret');
    expect(output).toContain('(abc)');
  });
});
