import { createHmac, timingSafeEqual } from 'node:crypto';

/** API.md: a timestamp older than five minutes is rejected (replay protection). */
export const REPLAY_WINDOW_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** `X-Seam-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` (several v1= allowed). */
export function parseSignature(header: string | undefined): { t: number; v1: string[] } | undefined {
  if (!header) return undefined;
  let t: number | undefined;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value ?? '')) t = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value ?? '')) v1.push(value.toLowerCase());
  }
  return t === undefined || v1.length === 0 ? undefined : { t, v1 };
}

export function sign(secret: string, t: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest('hex');
}

const sameHex = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/**
 * Checks a request against the secrets of one integration. Two secrets may be valid at once (rotation:
 * add the new one, move the sender over, remove the old one); any of them may have signed it.
 * Comparison is constant-time.
 */
export function verifySignature(
  secrets: readonly string[],
  header: string | undefined,
  rawBody: string | Buffer,
  nowSeconds: number,
): SignatureCheck {
  const parsed = parseSignature(header);
  if (!parsed) return { ok: false, reason: 'X-Seam-Signature is missing or not t=<unix seconds>,v1=<hex HMAC-SHA256>' };
  if (Math.abs(nowSeconds - parsed.t) > REPLAY_WINDOW_SECONDS)
    return {
      ok: false,
      reason: `X-Seam-Signature timestamp is more than ${REPLAY_WINDOW_SECONDS} s from now (replayed or clock skew)`,
    };
  const expected = secrets.map((secret) => sign(secret, parsed.t, rawBody));
  const match = parsed.v1.some((candidate) => expected.some((value) => sameHex(candidate, value)));
  return match ? { ok: true } : { ok: false, reason: 'X-Seam-Signature does not match the integration secret' };
}
