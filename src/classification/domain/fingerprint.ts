import { createHash } from 'node:crypto';
import type { ClassifiableEvent } from './classification.types';

// Order matters: wider shapes (urls, emails, uuids, dates) go before the bare-number rule,
// otherwise their digits are eaten first and the shape is lost.
const NORMALISERS: ReadonlyArray<[RegExp, string]> = [
  [/\bhttps?:\/\/[^\s"'<>]+/gi, '<url>'],
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '<email>'],
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
  [/\b(?=[a-z_-]*\d)(?=\d*[a-z])[a-z0-9]+(?:[-_/][a-z0-9]+)*\b/gi, '<id>'],
  [/[-+]?\b\d+(?:[.,]\d+)*\b/g, '<n>'],
];

const QUOTED = /'[^'\n]{0,200}'|"[^"\n]{0,200}"|‘[^’\n]{0,200}’|“[^”\n]{0,200}”|«[^»\n]{0,200}»/g;

// A quoted run is a value ('CUST001', "Awaiting Credit Approval") when it is short; a longer one is
// prose an API wrapped in JSON ("message":"Contact already exists ...") and tells failures apart,
// and a JSON key ("email":) names a field. Both of those are kept.
function replaceQuotedValues(text: string): string {
  return text.replace(QUOTED, (quoted, offset: number) => {
    const after = text.slice(offset + quoted.length, offset + quoted.length + 3);
    if (/^\s*:/.test(after)) return quoted;
    const inner = quoted.slice(1, -1).trim();
    const words = inner.split(/\s+/).filter(Boolean).length;
    return words <= 3 && inner.length <= 48 ? '<value>' : quoted;
  });
}

/** The message with everything that varies between records of one failure replaced by placeholders. */
export function normaliseMessage(message: string): string {
  // Messages often carry JSON serialised twice; unescaping the quotes lets keys and values be told apart.
  let text = message.normalize('NFKC').toLowerCase().replace(/\\+"/g, '"');
  for (const [pattern, placeholder] of NORMALISERS) {
    text = text.replace(pattern, placeholder);
    if (placeholder === '<time>') text = replaceQuotedValues(text);
  }
  return text.replace(/\s+/g, ' ').replace(/(<\w+>)(?:[\s,;]*\1)+/g, '$1').trim();
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
