import { describe, expect, it } from 'vitest';
import { jsonShapeRefusal, MAX_JSON_DEPTH, MAX_KEYS_PER_OBJECT, type JsonShapeLimits } from './json-shape';

const small: JsonShapeLimits = { maxDepth: 3, maxKeysPerObject: 2, maxValues: 10 };
const bytes = (text: string) => Buffer.from(text);

describe('jsonShapeRefusal: counting from the bytes, before JSON.parse', () => {
  it.each<[string, string, string | undefined]>([
    ['a flat object', '{"a":1,"b":"x"}', undefined],
    ['three levels', '{"a":{"b":[1]}}', undefined],
    ['four levels', '{"a":{"b":[[1]]}}', 'body nests deeper than 3 levels'],
    ['brackets inside strings do not nest', '{"a":"[[[[{{{{"}', undefined],
    ['escaped quotes do not end a string', '{"a":"\\"[[[[[[\\""}', undefined],
    ['an escaped backslash before the closing quote', '{"a":"x\\\\","b":1}', undefined],
    ['two keys', '{"a":1,"b":2}', undefined],
    ['three keys in one object', '{"a":1,"b":2,"c":3}', 'body must have at most 2 keys'],
    [
      'a wide object named by its path',
      '{"events":[{"a":1},{"x":1,"y":2,"z":3}]}',
      'events.1 must have at most 2 keys',
    ],
    ['keys counted per object, not per body', '{"a":{"x":1,"y":2},"b":{"x":1,"y":2}}', undefined],
    ['colons inside strings are not keys', '{"a":"1:2:3:4"}', undefined],
    ['array elements are values, not keys', '[1,2,3,4,5]', undefined],
    ['ten values', '[1,2,3,4,5,6,7,8,9]', undefined],
    ['eleven values', '[1,2,3,4,5,6,7,8,9,10]', 'body has more than 10 values; send fewer events per batch'],
    [
      'empty objects count',
      '[{},{},{},{},{},{},{},{},{},{}]',
      'body has more than 10 values; send fewer events per batch',
    ],
    ['a key with an escaped quote', '{"x":{"a\\"b":{"p":1,"q":2,"r":3}}}', 'x.a\\"b must have at most 2 keys'],
    ['keys are not values', '{"a":1,"b":2}', undefined],
    ['literals and whitespace', '[ true , false , null , -1.5e3 ]', undefined],
  ])('%s', (_name, text, refusal) => {
    expect(jsonShapeRefusal(bytes(text), small)).toBe(refusal);
  });

  it('agrees with JSON.parse on what the body holds: depth and width at the default limits', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(jsonShapeRefusal(bytes(deep))).toBeUndefined();
    expect(jsonShapeRefusal(bytes(`[${deep}]`))).toBe(`body nests deeper than ${MAX_JSON_DEPTH} levels`);
    const wide = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])));
    expect(jsonShapeRefusal(bytes(`{"payload":${wide(MAX_KEYS_PER_OBJECT)}}`))).toBeUndefined();
    expect(jsonShapeRefusal(bytes(`{"payload":${wide(MAX_KEYS_PER_OBJECT + 1)}}`))).toBe(
      `payload must have at most ${MAX_KEYS_PER_OBJECT} keys`,
    );
  });

  it('refuses 8 MiB of opening brackets at the 33rd, without reading on', () => {
    expect(jsonShapeRefusal(bytes('['.repeat(8 * 1024 * 1024)))).toBe(
      `body nests deeper than ${MAX_JSON_DEPTH} levels`,
    );
  });

  it('leaves malformed JSON to the parser, which names the error', () => {
    expect(jsonShapeRefusal(bytes('{"a":'))).toBeUndefined();
    expect(jsonShapeRefusal(bytes(']]]]'))).toBeUndefined();
  });
});
