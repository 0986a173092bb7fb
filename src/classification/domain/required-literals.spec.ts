import { describe, expect, it } from 'vitest';
import { corpusMessages } from './corpus-messages.test-support';
import { BUILT_IN_PACKS } from './packs';
import { topLevelBranches } from './pattern-set';
import { POLICY_SHAPES } from './policy-shapes';
import { requiredLiterals } from './required-literals';
import { MESSAGE_SIGNALS } from './signals/message-signals';

const asciiLowered = (text: string): string => text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());

describe('requiredLiterals', () => {
  it.each([
    [/\bnot found\b/i, ['not found']],
    [/already exists?|must be unique/i, ['already exist', 'must be unique']],
    // the optional letter spells both ways, which is longer than the stretch before it
    [/colou?r/, ['colour', 'color']],
    [/[sz]ealed/, ['sealed', 'zealed']],
    // a case-sensitive pattern's strings are lowered too: the text is lowered before the check
    [/ORA-\d{5}/, ['ora-']],
    // what a lookaround looks at is not part of the match
    [/(?<=total )amount\b/i, ['amount']],
    [/amount(?! due)/i, ['amount']],
    // one or more copies: at least one is there
    [/(?:abcd)+def/, ['abcd']],
    [/(?:abcd)+x{2,}/, ['abcd']],
    // escapes that name a character are that character
    [/line\x20break/, ['line break']],
    [/\(s\) for/i, ['(s) for']],
    // a back-reference may match anything (or nothing): what is around it still counts
    [/(a)\1bcd/, ['bcd']],
    // three characters are the shortest named
    [/caf/i, ['caf']],
  ] as Array<[RegExp, string[]]>)('%s needs one of %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it.each([
    [/\d{4}-\d{2}/, 'only classes'],
    [/a|bcd/, 'a branch of one letter'],
    [/(?:timeout)?/, 'an optional whole'],
    [/ab.{0,40}de/, 'pieces shorter than three either side of a gap'],
    [/not found/g, 'a global pattern keeps state between tests'],
    [/not found/y, 'a sticky one too'],
    [/not found/u, 'unicode mode is not read'],
    [/ab(?<x>c)\k<x>d/, 'a named back-reference is not read'],
  ] as Array<[RegExp, string]>)('%s names nothing: %s', (pattern) => {
    expect(requiredLiterals(pattern)).toBeUndefined();
  });

  it("counts a case-insensitive pattern's non-ASCII letters as unknown (lowering ASCII does not fold É onto é)", () => {
    expect(requiredLiterals(/société anonyme/i)).toEqual([' anonyme']);
    expect(requiredLiterals(/société anonyme/)).toEqual(['société anonyme']);
  });

  it('is contained in every corpus message (and its upper-cased copy) that a shape, signal or family branch matches', () => {
    const patterns = [
      ...POLICY_SHAPES.map((shape) => shape.pattern),
      ...MESSAGE_SIGNALS.map((signal) => signal.pattern),
      ...BUILT_IN_PACKS.flatMap((pack) => pack.families.flatMap((family) => [family.message, family.codes])),
    ].filter((pattern): pattern is RegExp => pattern !== undefined);
    const texts = corpusMessages().flatMap((message) => [message, message.toUpperCase()]);
    let checked = 0;
    let named = 0;
    const missed: string[] = [];
    for (const pattern of patterns) {
      for (const branch of [pattern, ...topLevelBranches(pattern.source).map((b) => new RegExp(b, pattern.flags))]) {
        const literals = requiredLiterals(branch);
        if (!literals) continue;
        named++;
        for (const text of texts) {
          if (!branch.test(text)) continue;
          checked++;
          const lowered = asciiLowered(text);
          if (!literals.some((literal) => lowered.includes(literal))) missed.push(`${branch} on ${text}`);
        }
      }
    }
    expect(named).toBeGreaterThan(1000);
    expect(checked).toBeGreaterThan(5000);
    expect(missed).toEqual([]);
  });
});
