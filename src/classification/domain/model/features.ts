import type { ClassifiableEvent } from '../classification.types';
import { patternSet } from '../pattern-set';
import { conceptsOf } from './concepts';

/**
 * What the learned model sees of one failed sync, as feature names: the words of the target system's own
 * message (after unwrapping) and their pairs, the vendor code and its words, the HTTP status, the words of
 * the wrapper, the concepts of error language the message names (concepts.ts), the labelling policy's shapes, and
 * what the knowledge packs and message signals recognised.
 * (Four-letter word pieces were tried: no better across systems, twice the features, and slower.)
 * Ids, numbers and quoted values are reduced to their shape: the model must learn error families, not
 * the records that happened to fail. The target system itself is not a feature: a model that learns
 * "NetSuite errors are usually defects" says nothing about a system it has not seen.
 */
export interface FeatureInput {
  event: ClassifiableEvent;
  /** the innermost message (unwrap.ts) */
  message: string;
  /** the code, from the event or found inside a quoted body */
  code?: string;
  /** the wrapper text around the message, if any */
  wrapper?: string;
  /** knowledge the packs and message signals contributed: `pack:<category>`, `signal:<id>`, … */
  knowledge: readonly string[];
}

const MAX_TOKENS = 120;
const NON_ASCII = /[\u0080-\uffff]/;

/** A message's words, lower-cased, with ids, numbers and quoted values reduced to their shape. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  // camelCase and snake_case codes split into words as well (INVALID_FIELD, RecordNotFound); one pass
  // over the characters, no regular expression to split (this runs on every message the service classifies)
  let start = -1;
  let digits = 0;
  let letters = 0;
  // lowered once and words sliced from it, for ASCII text: elsewhere lowering depends on the neighbours
  // (a Greek final sigma) or changes the length (İ lowers to two characters)
  const lowered = NON_ASCII.test(text) ? undefined : text.toLowerCase();
  const flush = (end: number) => {
    if (start >= 0) {
      const length = end - start;
      if (digits > 0 && letters === 0) words.push('<num>');
      else if (digits > 0) words.push('<id>');
      else if (length > 1)
        words.push(length > 30 ? '<long>' : lowered ? lowered.slice(start, end) : text.slice(start, end).toLowerCase());
    }
    start = -1;
    digits = 0;
    letters = 0;
  };
  for (let i = 0; i < text.length && words.length < MAX_TOKENS; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    // letters beyond ASCII (é, ß, ü, kana) are letters too
    const other = code > 127 && text[i].toLowerCase() !== text[i].toUpperCase();
    if (!digit && !upper && !lower && !other) {
      flush(i);
      continue;
    }
    // a capital after a small letter starts a new word: RecordNotFound → record not found
    if (upper && start >= 0 && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 97 && previous <= 122) flush(i);
    }
    if (start < 0) start = i;
    if (digit) digits++;
    else letters++;
  }
  flush(text.length);
  return words.slice(0, MAX_TOKENS);
}

// values the integration visibly generated or left blank (No.='', '0', {text=null, …}, 12/31/2154), and an
// API's own field name (customerId, CustomerRef, account_id): the integration's vocabulary, not a person's
const VALUE_SHAPES: ReadonlyArray<{ shape: string; pattern: RegExp; needs?: string }> = [
  { shape: 'shape:empty-quoted', pattern: /=\s*''|=\s*""|''\s*(?:is|was|does)|""\s*(?:is|was|does)/ },
  { shape: 'shape:zero-value', pattern: /'0'|"0"|=\s*0\b/ },
  { shape: 'shape:serialised-object', pattern: /\{\s*\w{1,30}\s*=\s*null/i },
  { shape: 'shape:sentinel-date', pattern: /\b(?:12\/31\/2154|9999-12-31|1900-01-01|0001-01-01)\b/ },
  { shape: 'shape:type-name', pattern: /\b[A-Z][a-z]{1,20}(?:\.[A-Z][A-Za-z]{1,30}){2,}\b/, needs: '.' },
  // cheap exact prefilters first (needs): these run on every message
  { shape: 'shape:email', pattern: /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}/, needs: '@' },
  { shape: 'shape:url', pattern: /https?:\/\//i, needs: '://' },
  {
    shape: 'shape:api-field',
    pattern:
      /\b[a-z]{2,20}(?:[A-Z][a-z]{1,20}){1,4}\b|\b[A-Z][a-z]{1,20}(?:Ref|Id|ID|Key|Code)\b|\b[a-z]{2,20}_(?:id|ref|key|code)\b/,
  },
  {
    shape: 'shape:uuid',
    pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
    needs: '-',
  },
];
const ALWAYS_TESTED = VALUE_SHAPES.filter((s) => !s.needs);
const ALWAYS_TESTED_SET = patternSet(ALWAYS_TESTED.map((s) => s.pattern));

/** The value shapes the text shows, in VALUE_SHAPES order. */
function quotedShapes(text: string): string[] {
  const shapes: string[] = [];
  const found = ALWAYS_TESTED_SET.matches(text);
  let tested = 0;
  for (const { shape, pattern, needs } of VALUE_SHAPES) {
    if (needs ? text.includes(needs) && pattern.test(text) : found[tested++]) shapes.push(shape);
  }
  return shapes;
}

// The status's features, made once per status: a string made once is hashed once, not on every message
// (bounded: statuses come from the events)
const byStatus = new Map<number, string[]>();
function statusFeatures(status: number): string[] {
  let made = byStatus.get(status);
  if (!made) {
    made = [`http:${status}`, `http:${Math.floor(status / 100)}xx`];
    if (byStatus.size < 1000) byStatus.set(status, made);
  }
  return made;
}
export function featuresOf(input: FeatureInput): string[] {
  const features = new Set<string>();
  const words = wordsOf(input.message);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    features.add(`w:${word}`);
    if (i + 1 < words.length) features.add(`b:${word} ${words[i + 1]}`);
  }
  for (const shape of quotedShapes(input.message)) features.add(shape);
  const code = input.code ?? input.event.error?.code;
  // the code's words name concepts too (DUPLICATE_VALUE: already exists)
  const codeWords = code ? wordsOf(code) : [];
  for (const concept of conceptsOf(code ? words.concat(codeWords) : words)) features.add(concept);
  if (code) {
    features.add(`code:${code.toUpperCase()}`);
    for (const word of codeWords) features.add(`cw:${word}`);
  } else features.add('code:none');
  const status = input.event.error?.httpStatus;
  if (status) for (const feature of statusFeatures(status)) features.add(feature);
  else features.add('http:none');
  if (input.wrapper) {
    features.add('wrapped');
    for (const word of wordsOf(input.wrapper.replace(input.message, ' '))) features.add(`wr:${word}`);
  }
  if (input.event.operation) features.add(`op:${input.event.operation.toLowerCase()}`);
  for (const item of input.knowledge) features.add(item);
  if (words.length <= 3) features.add('short-message');
  return [...features];
}
