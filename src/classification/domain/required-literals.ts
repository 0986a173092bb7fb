/**
 * Strings at least one of which every match of a pattern contains: a necessary condition that a text can be
 * checked against far more cheaply than running the pattern (pattern-set.ts checks it by the strings'
 * three-letter pieces). `/already exists?|must be unique/i` needs "already exist" or "must be unique".
 *
 * The strings have their ASCII capitals lowered and are looked for in a text lowered the same way, so
 * one check serves case-sensitive and case-insensitive patterns alike: a text containing
 * "ORA-" contains "ora-" once lowered. A case-insensitive pattern's non-ASCII letters fold onto capitals
 * that lowering ASCII does not touch, so they count as unknown characters, as do classes, `.` and escapes
 * such as `\d`.
 *
 * Undefined when nothing useful can be named (`\d{4,5}`, `.{0,40}`, or a piece shorter than three
 * characters), when the pattern keeps state between tests (global, sticky), is in unicode mode, or uses
 * syntax this reader does not follow: such patterns are simply always run. Only ever errs that way; a string
 * named here is one every match contains.
 */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
  if (pattern.global || pattern.sticky || pattern.unicode || pattern.flags.includes('v')) return undefined;
  try {
    const reader = new Reader(pattern.source, pattern.ignoreCase);
    const whole = reader.alternation();
    if (reader.pos !== pattern.source.length) return undefined;
    const needed = neededOf(whole);
    return needed && needed.every((text) => text.length >= MIN_LENGTH) ? needed : undefined;
  } catch {
    return undefined;
  }
}

/** What is known of a piece of a pattern. */
interface Piece {
  /** every string it matches, when they are few */
  exact?: string[];
  /** strings one of which every match contains */
  needed?: string[];
}

/** Shorter strings rule out too little to be worth checking (and have no three-letter piece). */
const MIN_LENGTH = 3;
/** exact strings kept per piece: "exists?" is two, [sz] two, (?:a|b)(?:c|d) four */
const MAX_EXACT = 24;
/** a character class of more characters than this is an unknown character */
const MAX_CLASS = 4;
const ZERO_WIDTH: Piece = { exact: [''] };
const UNKNOWN: Piece = {};

/**
 * The most telling set: the one whose shortest string is longest (a longer string occurs by chance in
 * fewer texts: "invalid " in one message of eight, "invalid payment term" in almost none), up to a length
 * past which any string is rare; then the one of fewer strings, since each is checked. A set of very many
 * strings is taken only when nothing else is known.
 */
function strongest(sets: ReadonlyArray<string[] | undefined>): string[] | undefined {
  let best: string[] | undefined;
  let bestShortest = 0;
  for (const set of sets) {
    if (!set || set.length === 0) continue;
    const shortest = Math.min(RARE_LENGTH, ...set.map((text) => text.trim().length));
    if (best === undefined || better(set.length, shortest, best.length, bestShortest)) {
      best = set;
      bestShortest = shortest;
    }
  }
  return bestShortest > 0 ? best : undefined;
}

const RARE_LENGTH = 12;
const MANY_STRINGS = 16;
function better(count: number, shortest: number, bestCount: number, bestShortest: number): boolean {
  if (count <= MANY_STRINGS !== bestCount <= MANY_STRINGS) return count <= MANY_STRINGS;
  return shortest > bestShortest || (shortest === bestShortest && count < bestCount);
}

const neededOf = (piece: Piece): string[] | undefined => strongest([piece.needed, piece.exact]);

const unique = (texts: string[]): string[] => [...new Set(texts)];

class Reader {
  pos = 0;
  constructor(
    private readonly source: string,
    private readonly foldsCase: boolean,
  ) {}

  /** branches separated by `|`, up to a closing `)` or the end */
  alternation(): Piece {
    const branches = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((branch) => branch.exact) ? unique(branches.flatMap((b) => b.exact!)) : undefined;
    const needs = branches.map(neededOf);
    return {
      exact: exact && exact.length <= MAX_EXACT ? exact : undefined,
      needed: needs.every((need) => need) ? unique(needs.flatMap((need) => need!)) : undefined,
    };
  }

  private sequence(): Piece {
    const candidates: Array<string[] | undefined> = [];
    // the strings the run of exact pieces so far spells, every way it can
    let run = [''];
    // the stretch of pieces with one string each, spelled out: often a shorter telling set than the run
    let stretch = '';
    let allExact = true;
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')') {
      const piece = this.quantified(this.atom());
      candidates.push(piece.needed, piece.exact);
      if (piece.exact?.length === 1) stretch += piece.exact[0];
      else {
        candidates.push([stretch]);
        stretch = '';
      }
      if (piece.exact && run.length * piece.exact.length <= MAX_EXACT) {
        run = run.flatMap((before) => piece.exact!.map((after) => before + after));
        continue;
      }
      allExact = false;
      candidates.push(run);
      run = piece.exact ?? [''];
    }
    candidates.push(run, [stretch]);
    return { exact: allExact ? unique(run) : undefined, needed: strongest(candidates) };
  }

  private quantified(atom: Piece): Piece {
    const bounds = this.quantifier();
    if (!bounds) return atom;
    const [min, max] = bounds;
    if (min === 0) return max === 1 && atom.exact ? { exact: unique([...atom.exact, '']) } : UNKNOWN;
    if (min === 1 && max === 1) return atom;
    // one or more: every match holds at least one copy
    return { needed: neededOf(atom) };
  }

  private quantifier(): [number, number] | undefined {
    const ch = this.source[this.pos];
    let bounds: [number, number] | undefined;
    if (ch === '*') bounds = [0, Infinity];
    else if (ch === '+') bounds = [1, Infinity];
    else if (ch === '?') bounds = [0, 1];
    else if (ch === '{') {
      const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!braces) return undefined;
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.pos += braces[0].length - 1;
      bounds = [min, max];
    }
    if (!bounds) return undefined;
    this.pos++;
    if (this.source[this.pos] === '?') this.pos++; // lazy: matches the same strings
    return bounds;
  }

  private atom(): Piece {
    const ch = this.source[this.pos++];
    switch (ch) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '.':
        return UNKNOWN;
      case '^':
      case '$':
        return ZERO_WIDTH;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Error('nothing to repeat');
      default:
        return this.literal(ch);
    }
  }

  private group(): Piece {
    let zeroWidth = false;
    if (this.source.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.source.startsWith('?=', this.pos) || this.source.startsWith('?!', this.pos)) {
      this.pos += 2;
      zeroWidth = true;
    } else if (this.source.startsWith('?<=', this.pos) || this.source.startsWith('?<!', this.pos)) {
      this.pos += 3;
      zeroWidth = true;
    } else if (this.source.startsWith('?<', this.pos)) {
      const end = this.source.indexOf('>', this.pos);
      if (end < 0) throw new Error('unterminated group name');
      this.pos = end + 1;
    } else if (this.source[this.pos] === '?') throw new Error('unknown group');
    const inner = this.alternation();
    if (this.source[this.pos] !== ')') throw new Error('unterminated group');
    this.pos++;
    // a lookaround matches no characters: what it looks at need not be in the match
    return zeroWidth ? ZERO_WIDTH : inner;
  }

  private escape(): Piece {
    const ch = this.source[this.pos++];
    if (ch === undefined) throw new Error('trailing backslash');
    if (ch === 'b' || ch === 'B') return ZERO_WIDTH;
    // classes, back-references (\1 may match nothing at all) and named ones: unknown characters
    if ('dDwWsS'.includes(ch) || /[0-9]/.test(ch)) return UNKNOWN;
    if (ch === 'k') throw new Error('named back-reference');
    const named = this.namedCharacter(ch);
    return this.literal(named ?? ch);
  }

  /** \n, \t, \x41, \u0041, \cJ and the like as the character they name; undefined for an identity escape */
  private namedCharacter(ch: string): string | undefined {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (simple[ch]) return simple[ch];
    const hex = (digits: number): string => {
      const text = this.source.slice(this.pos, this.pos + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(text)) throw new Error('not a character escape');
      this.pos += digits;
      return String.fromCharCode(parseInt(text, 16));
    };
    if (ch === 'x') return hex(2);
    if (ch === 'u') return hex(4);
    if (ch === 'c') throw new Error('control escape');
    return undefined;
  }

  private literal(ch: string): Piece {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) return { exact: [ch.toLowerCase()] };
    // a case-insensitive pattern's é also matches É, which lowering ASCII leaves as it is
    if (this.foldsCase && code > 127 && ch.toLowerCase() !== ch.toUpperCase()) return UNKNOWN;
    return { exact: [ch] };
  }

  private characterClass(): Piece {
    let negated = false;
    if (this.source[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const members = new Set<string>();
    let unknown = false;
    while (this.source[this.pos] !== ']') {
      if (this.pos >= this.source.length) throw new Error('unterminated class');
      const first = this.classMember();
      if (this.source[this.pos] === '-' && this.source[this.pos + 1] !== ']') {
        this.pos++;
        const last = this.classMember();
        if (first === undefined || last === undefined) throw new Error('range of classes');
        const from = first.charCodeAt(0);
        const to = last.charCodeAt(0);
        if (to - from + 1 > MAX_CLASS) unknown = true;
        else for (let code = from; code <= to; code++) this.addMember(members, String.fromCharCode(code));
        continue;
      }
      if (first === undefined) unknown = true;
      else this.addMember(members, first);
    }
    this.pos++;
    if (negated || unknown || members.size === 0 || members.has('') || members.size > MAX_CLASS) return UNKNOWN;
    return { exact: [...members] };
  }

  private addMember(members: Set<string>, ch: string): void {
    const piece = this.literal(ch);
    // an unknown (case-folding) member stands for characters the check cannot name
    members.add(piece.exact ? piece.exact[0] : '');
  }

  /** one character of a class, or undefined for a class escape (\d, \w, …) */
  private classMember(): string | undefined {
    const ch = this.source[this.pos++];
    if (ch !== '\\') return ch;
    const escaped = this.source[this.pos++];
    if (escaped === undefined) throw new Error('trailing backslash');
    if ('dDwWsS'.includes(escaped)) return undefined;
    if (escaped === 'b') return '\b';
    if (/[0-9]/.test(escaped)) throw new Error('octal escape in a class');
    return this.namedCharacter(escaped) ?? escaped;
  }
}
