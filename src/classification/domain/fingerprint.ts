import { createHash } from 'node:crypto';
import type { ClassifiableEvent } from './classification.types';

// Every pattern here runs on untrusted text of up to 8 KB per event, so each must cost time linear in
// it. A global replace retries a failed pattern at every position; a pattern whose failed attempt
// scans to the end of a run (`[\w.+-]+@` over "a+a+a+…", `(?=[a-z_-]*\d)` over "a-a-a-…") is then
// quadratic: 100 events of 8 KB held the event loop for 33 s. fingerprint.spec.ts times them.

/**
 * An e-mail address: `\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b`. Its local part reaches to the end of its
 * run of [\w.+-] and the same "@domain" must follow from any start in the run, so when the attempt at
 * a run's first word boundary fails, every later start in that run fails too: the second branch
 * consumes the run unchanged instead of letting the engine retry it character by character.
 */
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b([\w.+-]+)/g;

export const replaceEmails = (text: string): string =>
  text.replace(EMAIL, (found, run?: string) => (run === undefined ? '<email>' : found));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);
const isWord = (c: number): boolean => isAlnum(c) || c === 95; // \w, ASCII only without the u flag
const UNDERSCORE = 95;
const HYPHEN = 45;
const SLASH = 47;
const isSeparator = (c: number): boolean => c === HYPHEN || c === UNDERSCORE || c === SLASH;
const boundary = (text: string, at: number): boolean =>
  (at > 0 && isWord(text.charCodeAt(at - 1))) !== (at < text.length && isWord(text.charCodeAt(at)));

/** Where `[a-z0-9]+(?:[-_/][a-z0-9]+)*\b` starting at `start` ends, as the backtracking engine picks it; `start` when it does not match. */
function tokenEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
  while (end + 1 < text.length && isSeparator(text.charCodeAt(end)) && isAlnum(text.charCodeAt(end + 1))) {
    end++;
    while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
  }
  for (; end > start; end--) if (isAlnum(text.charCodeAt(end - 1)) && boundary(text, end)) return end;
  return start;
}

/**
 * Ids mixing letters and digits (SO-1042, INV000123, a1b2): what
 * `\b(?=[a-z_-]*\d)(?=\d*[a-z])[a-z0-9]+(?:[-_/][a-z0-9]+)*\b`/gi replaced with `<id>`, computed in one
 * pass. Its first lookahead scanned each word of "a-a-a-…" to the end; here both lookaheads are
 * answered for every position at once, right to left.
 */
export function replaceIds(text: string): string {
  const n = text.length;
  const digitAhead = new Uint8Array(n + 1); // (?=[a-z_-]*\d) holds here
  const letterAhead = new Uint8Array(n + 1); // (?=\d*[a-z]) holds here
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    digitAhead[i] = isDigit(c) || ((isLetter(c) || c === UNDERSCORE || c === HYPHEN) && digitAhead[i + 1]) ? 1 : 0;
    letterAhead[i] = isLetter(c) || (isDigit(c) && letterAhead[i + 1]) ? 1 : 0;
  }
  let out = '';
  let copied = 0;
  for (let i = 0; i < n; i++) {
    if (!digitAhead[i] || !letterAhead[i] || !boundary(text, i)) continue;
    const end = tokenEnd(text, i);
    if (end === i) continue;
    out += text.slice(copied, i) + '<id>';
    copied = end;
    i = end - 1;
  }
  return out + text.slice(copied);
}

type Normaliser = [RegExp, string] | [(text: string) => string, string];

// Order matters: wider shapes (urls, emails, uuids, dates) go before the bare-number rule,
// otherwise their digits are eaten first and the shape is lost.
const NORMALISERS: readonly Normaliser[] = [
  [/\bhttps?:\/\/[^\s"'<>]+/gi, '<url>'],
  [replaceEmails, '<email>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\b/gi, '<date>'],
  [/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, '<date>'],
  [/\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? \d{2,4}\b/gi, '<date>'],
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b/gi, '<date>'],
  [/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, '<time>'],
  [/\(([^()\n]{0,80})\)(?=\s+(?:that|which)\b)/gi, '(<value>)'],
  // long hex tokens and ids mixing letters and digits (SO-1042, INV000123, 0x1f): record identifiers
  [/\b0x[0-9a-f]+\b/gi, '<hex>'],
  [/\b[0-9a-f]{16,}\b/gi, '<hex>'],
  [replaceIds, '<id>'],
  [/[-+]?\b\d+(?:[.,]\d+)*\b/g, '<n>'],
];

const QUOTED = /'[^'\n]{0,200}'|"[^"\n]{0,200}"|‘[^’\n]{0,200}’|“[^”\n]{0,200}”|«[^»\n]{0,200}»/g;
/** A colon within the three characters after a closing quote: the quoted run is a JSON key. */
const KEY_AFTER = /\s{0,2}:/y;

// A quoted run is a value ('CUST001', "Awaiting Credit Approval") when it is short; a longer one is
// prose an API wrapped in JSON ("message":"Contact already exists ...") and tells failures apart,
// and a JSON key ("email":) names a field. Both of those are kept.
function replaceQuotedValues(text: string): string {
  return text.replace(QUOTED, (quoted: string, offset: number) => {
    // Called for every quoted run, so on text made of quotes it is the hot path: no slices or splits
    // before the cheap checks.
    KEY_AFTER.lastIndex = offset + quoted.length;
    if (KEY_AFTER.test(text)) return quoted;
    const inner = quoted.slice(1, -1).trim();
    return inner.length <= 48 && inner.split(/\s+/).filter(Boolean).length <= 3 ? '<value>' : quoted;
  });
}

/** The message with everything that varies between records of one failure replaced by placeholders. */
export function normaliseMessage(message: string): string {
  // Messages often carry JSON serialised twice; unescaping the quotes lets keys and values be told apart.
  // Only from a run's first backslash: retried from each backslash of a long run, `\\+"` was quadratic.
  let text = message
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<!\\)\\+"/g, '"');
  for (const [pattern, placeholder] of NORMALISERS) {
    text = typeof pattern === 'function' ? pattern(text) : text.replace(pattern, placeholder);
    if (placeholder === '<time>') text = replaceQuotedValues(text);
  }
  return text
    .replace(/\s+/g, ' ')
    .replace(/(<\w+>)(?:[\s,;]*\1)+/g, '$1')
    .trim();
}

export interface FingerprintParts {
  integration: string;
  targetSystem: string;
  targetEntity: string;
  code: string;
  normalisedMessage: string;
}

export function fingerprintParts(event: ClassifiableEvent): FingerprintParts {
  return {
    integration: event.integration,
    targetSystem: (event.target?.system ?? event.source.system).toLowerCase(),
    targetEntity: (event.target?.entity ?? event.source.entity).toLowerCase(),
    code: (event.error?.code ?? '').toLowerCase(),
    normalisedMessage: normaliseMessage(event.error?.message ?? ''),
  };
}

/** Stable id of "the same failure": events that differ only by record ids, values and times share it. */
export function fingerprintOf(event: ClassifiableEvent): string {
  const p = fingerprintParts(event);
  const key = [p.integration, p.targetSystem, p.targetEntity, p.code, p.normalisedMessage].join('\u241f');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
