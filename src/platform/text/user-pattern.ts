import { RE2JS } from 're2js';

/**
 * A regular expression a user wrote (a rule's or a known issue's `messageRegex`), matched
 * case-insensitively anywhere in a text. Compiled by RE2 (re2js, a pure JavaScript port), whose
 * matching time is linear in the text: a pattern such as `(a+)+$` that makes V8's backtracking
 * engine run for seconds on 28 characters costs microseconds here.
 */
export interface UserPattern {
  readonly source: string;
  test(text: string): boolean;
}

export type UserPatternResult =
  { pattern: UserPattern; problem?: undefined } | { pattern?: undefined; problem: string };

/**
 * Past this many compiled instructions a pattern is refused: matching costs instructions × text
 * length, and a 500-character pattern a person writes stays far below it (`\d{1,1000}` is 2,000).
 */
export const MAX_PROGRAM_SIZE = 2_000;

/** Longer sources are refused before any compiling (the fields that take patterns allow 500 characters). */
export const MAX_SOURCE_LENGTH = 1_000;

const LINEAR = 'patterns run in linear time (RE2 syntax)';

/** The constructs JavaScript accepts but RE2 cannot run without backtracking, found outside character classes. */
function backtrackingConstruct(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      // translateRegExp would turn \k<name> into the literal "k<name>", silently changing the meaning
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')))
        return `backreferences (\\1, \\k<name>) are not supported: ${LINEAR}`;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
      return `lookahead (?= and (?! is not supported: ${LINEAR}`;
    } else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      return `lookbehind (?<= and (?<! is not supported: ${LINEAR}`;
    }
  }
  return undefined;
}

/** The text a pattern can only match by containing, lower-cased, when the pattern is a plain phrase (word boundaries and anchors aside). */
function requiredLiteral(source: string): string | undefined {
  const stripped = source.replace(/\\b|^\^|\$$/g, '');
  // ASCII only: lower-casing and RE2's case folding agree there
  return /^[\x20-\x7e]+$/.test(stripped) && !/[\\.[\](){}*+?|^$]/.test(stripped) ? stripped.toLowerCase() : undefined;
}

// the same message is tested against many rules in a row: lower-case it once
let lastText = '';
let lastLower = '';
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

function compile(source: string): UserPatternResult {
  if (source.length > MAX_SOURCE_LENGTH)
    return { problem: `the pattern is longer than ${MAX_SOURCE_LENGTH} characters` };
  // The accepted language stays within what was accepted before (JavaScript syntax), so no stored
  // pattern changes meaning; the engine then refuses what it cannot run in linear time.
  try {
    new RegExp(source, 'i');
  } catch (error) {
    return { problem: (error as Error).message };
  }
  const construct = backtrackingConstruct(source);
  if (construct) return { problem: construct };
  try {
    const re2 = RE2JS.compile(RE2JS.translateRegExp(source), RE2JS.CASE_INSENSITIVE);
    if (re2.programSize() > MAX_PROGRAM_SIZE)
      return {
        problem: `the pattern is too large (more than ${MAX_PROGRAM_SIZE} instructions once compiled): use smaller repeat counts`,
      };
    const literal = requiredLiteral(source);
    // most rules people write are a phrase: a substring check rules the message out before RE2 (pure
    // JavaScript, so slower than the built-in engine) runs at all
    return {
      pattern: {
        source,
        test: literal
          ? (text: string) => lowerCased(text).includes(literal) && re2.test(text)
          : (text: string) => re2.test(text),
      },
    };
  } catch (error) {
    return { problem: `${(error as Error).message.replace(/^error parsing regexp: /, '')}: ${LINEAR}` };
  }
}

// Known issues are matched per issue check and rules per classifier reload: compiling once per
// distinct pattern keeps RE2's compile cost off those paths. Bounded so distinct patterns cannot grow it.
const cache = new Map<string, UserPatternResult>();
const CACHE_LIMIT = 1_000;

/** The compiled pattern, or in words why it is refused (to follow "<field> must be a valid regular expression: "). */
export function compileUserPattern(source: string): UserPatternResult {
  const hit = cache.get(source);
  if (hit) return hit;
  const result = compile(source);
  if (source.length > MAX_SOURCE_LENGTH) return result;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, result);
  return result;
}
