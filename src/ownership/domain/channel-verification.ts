import { createHash, timingSafeEqual } from 'node:crypto';
import type { ChannelKind } from '../../core/seam-config.types';
import type { OutboundMessage } from '../../platform/outbound/domain/outbound-message';

/** Long enough to find a message and type the code; short enough that a forwarded code goes stale. */
export const VERIFICATION_CODE_TTL_MS = 30 * 60_000;
/** Wrong codes a pending code survives: then it is gone and a new one must be sent through the channel. */
export const MAX_VERIFICATION_FAILURES = 5;
export const VERIFICATION_CODE_DIGITS = 8;
export const VERIFICATION_CODE_PATTERN = /^[0-9]{8}$/;

export interface PendingVerification {
  codeHash: string;
  /** where the code went: a code proves nothing about a target it was not sent to */
  target: string;
  expiresAt: Date;
  failedAttempts: number;
}

export type CodeCheck =
  | { outcome: 'verified' }
  | {
      outcome: 'refused';
      reason: 'none_pending' | 'expired' | 'target_changed' | 'too_many_failures';
      discard: boolean;
    }
  | { outcome: 'wrong'; attemptsLeft: number; discard: boolean };

export const hashVerificationCode = (channelId: string, code: string): string =>
  createHash('sha256').update(`${channelId}:${code}`).digest('hex');

/** Decides a confirmation: the right code, sent to the channel's current target, in time, within the attempts. */
export function checkVerificationCode(
  pending: PendingVerification | undefined,
  given: { codeHash: string; target: string },
  now: Date,
): CodeCheck {
  if (!pending) return { outcome: 'refused', reason: 'none_pending', discard: false };
  if (pending.target !== given.target) return { outcome: 'refused', reason: 'target_changed', discard: true };
  if (now.getTime() >= pending.expiresAt.getTime()) return { outcome: 'refused', reason: 'expired', discard: true };
  if (pending.failedAttempts >= MAX_VERIFICATION_FAILURES)
    return { outcome: 'refused', reason: 'too_many_failures', discard: true };
  const expected = Buffer.from(pending.codeHash, 'hex');
  const actual = Buffer.from(given.codeHash, 'hex');
  if (expected.length === actual.length && timingSafeEqual(expected, actual)) return { outcome: 'verified' };
  const attemptsLeft = MAX_VERIFICATION_FAILURES - pending.failedAttempts - 1;
  return { outcome: 'wrong', attemptsLeft, discard: attemptsLeft <= 0 };
}

const REFUSALS: Record<Extract<CodeCheck, { outcome: 'refused' }>['reason'], string> = {
  none_pending: 'no code is pending for this channel',
  expired: 'the code has expired',
  target_changed: "the channel's target changed after the code was sent",
  too_many_failures: 'too many wrong codes were tried',
};

/** The 400 line for a confirmation that did not verify, naming the field and what to do. */
export function refusalLine(channelId: string, check: Exclude<CodeCheck, { outcome: 'verified' }>): string {
  const resend = `send a new one with POST /v1/channels/${channelId}/verification`;
  if (check.outcome === 'wrong') {
    return check.attemptsLeft > 0
      ? `code does not match the code sent to channel ${channelId} (${check.attemptsLeft} attempt${check.attemptsLeft === 1 ? '' : 's'} left)`
      : `code does not match the code sent to channel ${channelId}, and that was the last attempt: ${resend}`;
  }
  return `code cannot verify channel ${channelId}: ${REFUSALS[check.reason]}; ${resend}`;
}

export interface VerificationContent {
  channelId: string;
  code: string;
  expiresAt: Date;
  /** absolute URL of the confirmation call */
  confirmUrl: string;
}

/** The message carrying the code, in the shape each channel kind takes. */
export function verificationMessage(kind: ChannelKind, content: VerificationContent): OutboundMessage {
  const minutes = Math.round(VERIFICATION_CODE_TTL_MS / 60_000);
  const title = `Seam verification code for channel ${content.channelId}: ${content.code}`;
  const text =
    `Seam was asked to confirm that channel ${content.channelId} reaches you. If you asked for this, confirm with ` +
    `POST ${content.confirmUrl} {"code":"${content.code}"} (or in the console) within ${minutes} minutes. If you did not, ignore this message.`;
  switch (kind) {
    case 'slack':
      return { json: { text: `${title}\n${text}` } };
    case 'teams':
      return {
        json: { '@type': 'MessageCard', '@context': 'https://schema.org/extensions', summary: title, title, text },
      };
    case 'jira':
      return {
        json: {
          fields: { summary: title, issuetype: { name: 'Task' }, labels: ['seam', 'verification'], description: text },
        },
      };
    case 'email':
      return { email: { subject: title, text: `${text}\n` } };
    case 'webhook':
      return {
        json: {
          type: 'channel.verification',
          channel: content.channelId,
          code: content.code,
          expiresAt: content.expiresAt.toISOString(),
          summary: text,
        },
      };
  }
}
