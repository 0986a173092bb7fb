import { describe, expect, it } from 'vitest';
import { CHANNEL_KINDS } from '../../core/seam-config.types';
import {
  checkVerificationCode,
  hashVerificationCode,
  MAX_VERIFICATION_FAILURES,
  refusalLine,
  verificationMessage,
  type CodeCheck,
  type PendingVerification,
} from './channel-verification';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const TARGET = 'https://hooks.example/lin';
const pending = (change: Partial<PendingVerification> = {}): PendingVerification => ({
  codeHash: hashVerificationCode('lin-teams', '12345678'),
  target: TARGET,
  expiresAt: new Date(NOW.getTime() + 60_000),
  failedAttempts: 0,
  ...change,
});
const given = (code: string, target = TARGET) => ({ codeHash: hashVerificationCode('lin-teams', code), target });

describe('checkVerificationCode', () => {
  it.each<[string, PendingVerification | undefined, ReturnType<typeof given>, CodeCheck]>([
    ['the right code in time', pending(), given('12345678'), { outcome: 'verified' }],
    [
      'the right code on its last attempt',
      pending({ failedAttempts: MAX_VERIFICATION_FAILURES - 1 }),
      given('12345678'),
      { outcome: 'verified' },
    ],
    [
      'a wrong code',
      pending(),
      given('12345679'),
      { outcome: 'wrong', attemptsLeft: MAX_VERIFICATION_FAILURES - 1, discard: false },
    ],
    [
      'a wrong code on the last attempt',
      pending({ failedAttempts: MAX_VERIFICATION_FAILURES - 1 }),
      given('00000000'),
      { outcome: 'wrong', attemptsLeft: 0, discard: true },
    ],
    ['no code sent', undefined, given('12345678'), { outcome: 'refused', reason: 'none_pending', discard: false }],
    [
      'an expired code',
      pending({ expiresAt: NOW }),
      given('12345678'),
      { outcome: 'refused', reason: 'expired', discard: true },
    ],
    [
      'a code sent to the old target',
      pending({ target: 'https://hooks.example/old' }),
      given('12345678'),
      { outcome: 'refused', reason: 'target_changed', discard: true },
    ],
    [
      'attempts used up',
      pending({ failedAttempts: MAX_VERIFICATION_FAILURES }),
      given('12345678'),
      { outcome: 'refused', reason: 'too_many_failures', discard: true },
    ],
    [
      "another channel's code",
      pending(),
      { codeHash: hashVerificationCode('mia-mail', '12345678'), target: TARGET },
      { outcome: 'wrong', attemptsLeft: MAX_VERIFICATION_FAILURES - 1, discard: false },
    ],
  ])('%s', (_name, stored, confirmation, expected) => {
    expect(checkVerificationCode(stored, confirmation, NOW)).toEqual(expected);
  });

  it.each<[Exclude<CodeCheck, { outcome: 'verified' }>, RegExp]>([
    [{ outcome: 'wrong', attemptsLeft: 2, discard: false }, /^code does not match .* \(2 attempts left\)$/],
    [
      { outcome: 'wrong', attemptsLeft: 0, discard: true },
      /last attempt: send a new one with POST \/v1\/channels\/lin-teams\/verification$/,
    ],
    [
      { outcome: 'refused', reason: 'expired', discard: true },
      /^code cannot verify channel lin-teams: the code has expired; send a new one/,
    ],
  ])('names the field and what to do: %j', (check, line) => {
    expect(refusalLine('lin-teams', check)).toMatch(line);
  });
});

describe('verificationMessage', () => {
  it.each(CHANNEL_KINDS.map((kind) => [kind]))('carries the code to a %s channel', (kind) => {
    const message = verificationMessage(kind, {
      channelId: 'lin-teams',
      code: '12345678',
      expiresAt: NOW,
      confirmUrl: 'https://seam.example/v1/channels/lin-teams/verify',
    });
    expect(JSON.stringify(message.json ?? message.email)).toContain('12345678');
  });
});
