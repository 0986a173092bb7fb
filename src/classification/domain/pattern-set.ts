import { requiredLiterals } from './required-literals';

/**
 * Which of many patterns a text matches, with the answer of testing each one alone but a fraction of the
 * cost. Every message the service classifies is tested against about a hundred patterns (the policy's
 * shapes, the message signals, a pack's families), most of them long alternations, and most do not match.
 *
 * Each pattern is cut into its top-level branches (`a|b` matches exactly when `a` or `b` does). A branch
 * that every match of which contains one of a few strings (required-literals.ts: "not found" for
 * `\bnot found\b`) is run only when the text has one of them, found through an index of their
 * three-character pieces; the others are run in small groups, each group first as one alternation, and
 * only a group whose alternation matched branch by branch. A pattern already found is not tested again.
 *
 * A pattern cutting or joining would change is tested whole and alone: one with a back-reference or a
 * named group (numbering and names change), or a global or sticky one (test moves its lastIndex).
 */
export interface PatternSet {
  /** for each pattern, in the order given, whether the text matches it (undefined patterns never match) */
  matches(text: string): boolean[];
}

/** Five a group measured fastest on the corpus's messages (3, 5, 8 and 12 were tried). */
const GROUP_SIZE = 5;

/** One branch of one pattern (or the whole pattern), tested as a unit. */
interface Unit {
  /** the pattern's index in the list given */
  owner: number;
  regex: RegExp;
}

interface Group {
  members: Unit[];
  /** their alternation, when there is more than one member */
  any?: RegExp;
}

const joinable = (pattern: RegExp): boolean =>
  !pattern.global && !pattern.sticky && !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern.source);

/** The sources of a pattern's top-level branches: split at each `|` outside groups and classes. */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

function unitsOf(pattern: RegExp, owner: number): Unit[] {
  if (!joinable(pattern)) return [{ owner, regex: pattern }];
  const branches = topLevelBranches(pattern.source);
  if (branches.length === 1) return [{ owner, regex: pattern }];
  return branches.map((branch) => ({ owner, regex: new RegExp(branch, pattern.flags) }));
}

export function patternSet(patterns: ReadonlyArray<RegExp | undefined>): PatternSet {
  const index = new PieceIndex<Unit>();
  const groups: Group[] = [];
  const open = new Map<string, Unit[]>();
  const close = (members: Unit[]) => {
    if (members.length === 0) return;
    groups.push({
      members,
      any:
        members.length > 1
          ? new RegExp(members.map((unit) => `(?:${unit.regex.source})`).join('|'), members[0].regex.flags)
          : undefined,
    });
  };
  patterns.forEach((pattern, i) => {
    if (!pattern) return;
    for (const unit of unitsOf(pattern, i)) {
      const required = requiredLiterals(unit.regex);
      if (required) {
        for (const literal of required) index.add(literal, unit);
        continue;
      }
      if (!joinable(unit.regex)) {
        groups.push({ members: [unit] });
        continue;
      }
      // only units with the same flags share an alternation
      const members = open.get(unit.regex.flags) ?? [];
      members.push(unit);
      open.set(unit.regex.flags, members);
      if (members.length === GROUP_SIZE) {
        close(members);
        open.delete(unit.regex.flags);
      }
    }
  });
  for (const members of open.values()) close(members);

  return {
    matches(text: string): boolean[] {
      const found = new Array<boolean>(patterns.length).fill(false);
      if (index.size > 0)
        index.forCandidates(piecesOf(text), ({ owner, regex }) => {
          if (!found[owner]) found[owner] = regex.test(text);
        });
      for (const { members, any } of groups) {
        if (any && !any.test(text)) continue;
        for (const { owner, regex } of members) if (!found[owner]) found[owner] = regex.test(text);
      }
      return found;
    },
  };
}

/** The three-character pieces of a text (lowered), as a bitmap. */
interface Pieces {
  bitmap: Uint32Array;
}

const PIECE_BITS = 4096;
const pieceBit = (a: number, b: number, c: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 20;
const has = (bitmap: Uint32Array, bit: number): boolean => (bitmap[bit >>> 5] & (1 << (bit & 31))) !== 0;

// English letters from the most to the least common
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';
/** How rare a piece is likely to be in a message: higher for rarer letters, lowest for any non-letter. */
function rarityOf(piece: string): number {
  let rarity = 0;
  for (const ch of piece) {
    const rank = LETTERS_BY_FREQUENCY.indexOf(ch);
    if (rank < 0) return -1;
    rarity += rank;
  }
  return rarity;
}

/**
 * Required strings by their pieces. Each string is filed under one of its pieces (its key); a text's pieces
 * lead to the strings filed under them, and a string is a candidate when the text also has its other
 * pieces. Pieces are hashed to 4,096 bits, so a text can seem to have a string it does not (the pattern
 * then runs for nothing), never the reverse.
 */
class PieceIndex<T> {
  size = 0;
  private readonly heads = new Int32Array(PIECE_BITS).fill(-1);
  /** the pieces some string is filed under, as a bitmap */
  private readonly keys = new Uint32Array(PIECE_BITS / 32);
  private readonly next: number[] = [];
  private readonly item: T[] = [];
  private readonly rest: Uint16Array[] = [];
  /** per entry, its item's number; per item number, the last call that reached it */
  private readonly itemId: number[] = [];
  private readonly ids = new Map<T, number>();
  private stamps = new Float64Array(0);
  private calls = 0;

  add(literal: string, item: T): void {
    const bits: number[] = [];
    for (let i = 2; i < literal.length; i++)
      bits.push(pieceBit(literal.charCodeAt(i - 2), literal.charCodeAt(i - 1), literal.charCodeAt(i)));
    // filed under its rarest piece, so that few texts lead to it: a piece of letters (spaces and
    // punctuation are in most texts) of the least common letters of English ("nva" rather than "inv" for
    // "invalid"), the piece with fewer strings filed under it on a tie
    const load = (bit: number): number => {
      let n = 0;
      for (let e = this.heads[bit]; e >= 0; e = this.next[e]) n++;
      return n;
    };
    const rarities = bits.map((_, k) => rarityOf(literal.slice(k, k + 3)));
    let key = 0;
    for (let k = 1; k < bits.length; k++)
      if (rarities[k] > rarities[key] || (rarities[k] === rarities[key] && load(bits[k]) < load(bits[key]))) key = k;
    const entry = this.item.length;
    this.item.push(item);
    let id = this.ids.get(item);
    if (id === undefined) {
      this.ids.set(item, (id = this.ids.size));
      this.stamps = new Float64Array(this.ids.size);
    }
    this.itemId.push(id);
    this.rest.push(Uint16Array.from(bits.filter((_, k) => k !== key)));
    this.next.push(this.heads[bits[key]]);
    this.heads[bits[key]] = entry;
    this.keys[bits[key] >>> 5] |= 1 << (bits[key] & 31);
    this.size++;
  }

  /** calls back once for each item with a required string whose pieces are all in the text */
  forCandidates(pieces: Pieces, callback: (item: T) => void): void {
    // an item filed under several strings may be reached more than once: it is called back once, the
    // first time (stamped with this call's number)
    const call = ++this.calls;
    const { bitmap } = pieces;
    // only the text's pieces that are some string's key: a word at a time, the two bitmaps intersected
    for (let word = 0; word < this.keys.length; word++) {
      let both = bitmap[word] & this.keys[word];
      while (both !== 0) {
        const lowest = both & -both;
        both ^= lowest;
        const key = (word << 5) + 31 - Math.clz32(lowest);
        for (let e = this.heads[key]; e >= 0; e = this.next[e]) {
          const rest = this.rest[e];
          let all = true;
          for (let r = 0; r < rest.length && all; r++) all = has(bitmap, rest[r]);
          const id = this.itemId[e];
          if (!all || this.stamps[id] === call) continue;
          this.stamps[id] = call;
          callback(this.item[e]);
        }
      }
    }
  }
}

// The pieces of the text last asked about: a message is read by several sets in a row (the policy's
// shapes, the signals, its packs), and its pieces are worked out once.
const lastPieces: Pieces = { bitmap: new Uint32Array(PIECE_BITS / 32) };
let lastText: string | undefined;

function piecesOf(text: string): Pieces {
  if (text === lastText) return lastPieces;
  const { bitmap } = lastPieces;
  bitmap.fill(0);
  // the previous two characters, ASCII capitals lowered as they are read (and nothing else:
  // not other scripts' capitals, which a case-insensitive pattern folds differently)
  let first = 0;
  let second = 0;
  for (let i = 0; i < text.length; i++) {
    let third = text.charCodeAt(i);
    if (third >= 65 && third <= 90) third += 32;
    if (i >= 2) {
      const bit = pieceBit(first, second, third);
      bitmap[bit >>> 5] |= 1 << (bit & 31);
    }
    first = second;
    second = third;
  }
  lastText = text;
  return lastPieces;
}
