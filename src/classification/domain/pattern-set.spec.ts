import { describe, expect, it } from 'vitest';
import { corpusMessages } from './corpus-messages.test-support';
import { BUILT_IN_PACKS } from './packs';
import { patternSet, topLevelBranches } from './pattern-set';
import { POLICY_SHAPES } from './policy-shapes';
import { MESSAGE_SIGNALS } from './signals/message-signals';

const alone = (patterns: ReadonlyArray<RegExp | undefined>, text: string): boolean[] =>
  patterns.map((pattern) => (pattern ? pattern.test(text) : false));

describe('patternSet', () => {
  it('answers as testing each pattern alone would, for every shape, signal and pack on every corpus message', () => {
    const lists = [
      POLICY_SHAPES.map((shape) => shape.pattern),
      MESSAGE_SIGNALS.map((signal) => signal.pattern),
      ...BUILT_IN_PACKS.map((pack) => pack.families.map((family) => family.message)),
    ];
    // upper-cased too: the required strings are checked on a lowered copy of the text
    const messages = corpusMessages().flatMap((message) => [message, message.toUpperCase()]);
    expect(messages.length).toBeGreaterThan(2000);
    let differences = 0;
    let matched = 0;
    for (const patterns of lists) {
      const set = patternSet(patterns);
      for (const message of messages) {
        const expected = alone(patterns, message);
        matched += expected.filter(Boolean).length;
        if (JSON.stringify(set.matches(message)) !== JSON.stringify(expected)) differences++;
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(differences).toBe(0);
  });

  it('keeps every pattern in its place, with gaps for patterns that are not there', () => {
    const set = patternSet([/alpha/i, undefined, /beta/i, /gamma/, /delta/i, /alpha beta/i, /eps/i, /zeta/i]);
    expect(set.matches('ALPHA gamma zeta')).toEqual([true, false, false, true, false, false, false, true]);
    expect(set.matches('nothing here')).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('tests alone what joining would change: back-references, named groups, global and sticky patterns', () => {
    const make = () => [/(a)\1/, /(?<word>b)\k<word>/, /c/g, /d/y, /(x)/, /(y)/];
    const set = patternSet(make());
    const reference = make();
    // joined, \1 of the first would point at another pattern's group; a /g pattern keeps its lastIndex
    // between texts exactly as when it is tested alone
    for (const text of ['aa bb c', 'c y', 'ab c', 'x d', 'dd c', 'aa'])
      expect(set.matches(text)).toEqual(alone(reference, text));
    expect(set.matches('aa bb')).toEqual([true, true, false, false, false, false]);
  });

  it('runs a pattern only when the text has a string it needs, and still tests it then', () => {
    // "already exist" is in both texts; only one matches the pattern
    const set = patternSet([/\balready exists? in (?:the )?ledger\b/i, /\d{4}/]);
    expect(set.matches('Record ALREADY EXISTS IN THE LEDGER 2024')).toEqual([true, true]);
    expect(set.matches('the record already exists elsewhere')).toEqual([false, false]);
    // all of a string's three-letter pieces, but not the string: the pattern runs and says no
    expect(patternSet([/abcab/]).matches('abc bca cab')).toEqual([false]);
  });

  it('cuts a pattern at the bars outside groups, classes and escapes', () => {
    expect(topLevelBranches('a|b(?:c|d)|[|x]|e\\|f')).toEqual(['a', 'b(?:c|d)', '[|x]', 'e\\|f']);
    expect(topLevelBranches('[]|a')).toEqual(['[]', 'a']);
    expect(topLevelBranches('single')).toEqual(['single']);
  });
});
