import { describe, expect, it } from 'vitest';
import { parseSignature, sign, verifySignature } from './signature';

const body = '{"eventId":"e-1","integration":"portal-netsuite"}';
const now = 1_800_000_000;
const header = (secret: string, t = now, raw = body) => `t=${t},v1=${sign(secret, t, raw)}`;

describe('webhook signatures', () => {
  it.each<[string, string[], string | undefined, string, boolean, RegExp?]>([
    ['signed with the secret', ['s3cret-one'], header('s3cret-one'), body, true],
    ['signed with the new secret during rotation', ['s3cret-one', 's3cret-two'], header('s3cret-two'), body, true],
    ['signed with the old secret during rotation', ['s3cret-one', 's3cret-two'], header('s3cret-one'), body, true],
    ['signed with a removed secret', ['s3cret-two'], header('s3cret-one'), body, false, /does not match/],
    [
      'body changed after signing',
      ['s3cret-one'],
      header('s3cret-one'),
      body.replace('e-1', 'e-2'),
      false,
      /does not match/,
    ],
    ['missing', ['s3cret-one'], undefined, body, false, /missing/],
    ['malformed', ['s3cret-one'], 'v1=abc', body, false, /missing or not/],
    ['six minutes old: a replay', ['s3cret-one'], header('s3cret-one', now - 360), body, false, /more than 300 s/],
    ['four minutes old', ['s3cret-one'], header('s3cret-one', now - 240), body, true],
    [
      'from the future beyond the window',
      ['s3cret-one'],
      header('s3cret-one', now + 400),
      body,
      false,
      /more than 300 s/,
    ],
  ])('%s', (_name, secrets, signature, raw, ok, reason) => {
    const result = verifySignature(secrets, signature, raw, now);
    expect(result.ok).toBe(ok);
    if (!result.ok && reason) expect(result.reason).toMatch(reason);
  });

  it('parses several v1 values (a sender signing with old and new secret while rotating)', () => {
    expect(parseSignature(`t=5,v1=${'a'.repeat(64)}, v1=${'B'.repeat(64)}`)).toEqual({
      t: 5,
      v1: ['a'.repeat(64), 'b'.repeat(64)],
    });
  });
});
