import { describe, expect, it } from 'vitest';
import { compileUserPattern, MAX_SOURCE_LENGTH } from './user-pattern';

const matches = (source: string, text: string): boolean | undefined => compileUserPattern(source).pattern?.test(text);

describe('user patterns', () => {
  it.each<[string, string, boolean]>([
    ['a plain phrase, any case', 'CUSTBODY_ROUTE', true],
    ['an alternation', 'timeout|reference key', true],
    ['\\d and \\w classes', 'CUSTBODY_\\w+ reference key \\d+', true],
    ['anchors on the whole message', '^invalid custbody_route reference key 7\\.$', true],
    ['an anchor that does not hold', '^reference', false],
    ['escaped slashes as JavaScript writes them', 'routes\\/v1', false],
    ['a named group', '(?<field>custbody_\\w+)', true],
    ['a \\u escape', '\\u0049nvalid', true],
    ['[^] for any character', 'invalid[^]custbody', true],
    ['a bounded repeat', 'key \\d{1,3}', true],
    ['a nested quantifier is harmless here', '(a+)+$', false],
  ])('%s', (_name, source, expected) => {
    expect(matches(source, 'Invalid custbody_route reference key 7.')).toBe(expected);
  });

  it.each<[string, string, RegExp]>([
    ['a numbered backreference', '(\\w)\\1', /^backreferences .* not supported: patterns run in linear time/],
    ['a named backreference', '(?<c>\\w)\\k<c>', /^backreferences/],
    ['a lookahead', 'foo(?=bar)', /^lookahead .* not supported/],
    ['a negative lookahead', 'foo(?!bar)', /^lookahead/],
    ['a lookbehind', '(?<=x)y', /^lookbehind .* not supported/],
    ['a negative lookbehind', '(?<!x)y', /^lookbehind/],
    ['a repeat count RE2 does not take', 'x{1001}', /invalid repeat count/],
    ['a pattern too large once compiled', '[a-z]{999}[0-9]{999}[a-f]{999}', /too large/],
    ['an octal escape inside a class, which RE2 does not read', 'a[\\1]', /invalid escape sequence/],
    ['invalid JavaScript syntax', '([unclosed', /Invalid regular expression/],
    ['an overlong source', 'a'.repeat(MAX_SOURCE_LENGTH + 1), /longer than 1000 characters/],
  ])('refuses %s, saying why', (_name, source, problem) => {
    const result = compileUserPattern(source);
    expect(result.pattern).toBeUndefined();
    expect(result.problem).toMatch(problem);
  });

  it.each([
    ['a lookahead written inside a class is two literal characters', '[(?=]x'],
    ['an escaped parenthesis before =', '\\(?=x'],
  ])('accepts %s', (_name, source) => {
    expect(compileUserPattern(source).problem).toBeUndefined();
  });

  it('matches (a+)+$ against a long run of a in time linear in the text, where V8 backtracks for seconds', () => {
    const { pattern } = compileUserPattern('(a+)+$');
    const time = (text: string): number => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) pattern!.test(text);
      return performance.now() - start;
    };
    const plain = 'b'.repeat(8_192);
    const hostile = 'a'.repeat(8_192) + '!';
    time(hostile);
    time(plain);
    // Native RegExp needs ~2^28 steps for 28 a's, so for 8,192 it would never finish: a bound of seconds tells
    // the two engines apart on any machine, where a ratio to the plain text's millisecond failed under load.
    expect(pattern!.test(hostile)).toBe(false);
    expect(time(hostile)).toBeLessThan(Math.max(time(plain), 1) * 20 + 2_000);
  });
});

describe('a plain phrase', () => {
  it.each<[string, string, boolean]>([
    ['widget 12', 'A WIDGET 12 failed to sync', true],
    ['widget 12', 'widget 13 failed', false],
    ['\\bzone\\b', 'carrier Zone QX', true],
    ['\\bzone\\b', 'ozone layer', false],
    ['^timeout$', 'TIMEOUT', true],
    ['tax code', 'Tax  code', false],
  ])('%s against "%s": %s, as RE2 answers it', (source, text, matches) => {
    expect(compileUserPattern(source).pattern!.test(text)).toBe(matches);
  });
});
