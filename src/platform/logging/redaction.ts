/**
 * What must never reach a log line, as patterns (API keys, bearer tokens, signatures, passwords in
 * URLs, chat webhook URLs, `secret: …` fields) plus the exact secrets the service knows at run time.
 * Pure, so the table of cases in redaction.spec.ts pins every rule.
 */
export const REDACTED = '[redacted]';

const PATTERNS: Array<[RegExp, string]> = [
  // Seam API keys and console sessions: seam_ + 43 base64url characters
  [/\bseam_[A-Za-z0-9_-]{16,}/g, `seam_${REDACTED}`],
  [/\b(Bearer\s+)\S+/gi, `$1${REDACTED}`],
  // X-Seam-Signature and its outgoing twin: the timestamp may stay, the MAC may not
  [/\b(v1=)[0-9a-f]{16,}/gi, `$1${REDACTED}`],
  // user:password@ in any URL (DATABASE_URL, REDIS_URL, SMTP_URL)
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, `$1${REDACTED}@`],
  // Slack and Teams incoming-webhook URLs are credentials by themselves
  [/(https:\/\/hooks\.slack\.com\/)\S+/gi, `$1${REDACTED}`],
  [/(https:\/\/[\w.-]*webhook\.office\.com\/)\S+/gi, `$1${REDACTED}`],
  // "secret": "…", secret=…, signingSecrets: [...], password: …, apiKey …
  [
    /(["']?(?:secret|signingSecrets?|password|passwd|api[_-]?key|token|authorization|cookie)["']?\s*[:=]\s*)(\[[^\]]*\]|"[^"]*"|'[^']*'|[^\s,;}]+)/gi,
    `$1"${REDACTED}"`,
  ],
];

/** Secrets longer than this are matched literally wherever they appear; shorter ones would redact ordinary words. */
const MIN_KNOWN_SECRET_LENGTH = 8;

export class Redactor {
  private readonly known = new Set<string>();

  /** A secret the service holds (the admin key, an integration's signing secret): never logged verbatim. */
  remember(secret: string | undefined | null): void {
    if (secret && secret.length >= MIN_KNOWN_SECRET_LENGTH) this.known.add(secret);
  }

  text(input: string): string {
    let output = input;
    for (const secret of this.known) if (output.includes(secret)) output = output.split(secret).join(REDACTED);
    for (const [pattern, replacement] of PATTERNS) output = output.replace(pattern, replacement);
    return output;
  }
}

/** pino's own redaction, for structured fields: request headers and any field named like a secret. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-seam-signature"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-seam-signature"]',
  'secret',
  'secrets',
  'signingSecrets',
  'password',
  'apiKey',
  'key',
  'token',
  '*.secret',
  '*.secrets',
  '*.signingSecrets',
  '*.password',
  '*.apiKey',
  '*.token',
];
