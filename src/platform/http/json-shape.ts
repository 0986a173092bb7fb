/**
 * The shape of a JSON body, read from its bytes before JSON.parse builds anything. Parsing is cheap per
 * byte but not per value: 16 MiB of `{},` is four million objects, about a second to parse and more to
 * walk, and 8 MiB of `[` nests eight million deep. One pass over the bytes (tens of milliseconds for
 * 16 MiB) refuses such bodies with a 400 before any of that work, so no request holds the event loop
 * for long whatever it carries. The limits are far above any sync event, batch or config.
 */
export interface JsonShapeLimits {
  /** objects and arrays nested deeper than this */
  maxDepth: number;
  /** keys in one object */
  maxKeysPerObject: number;
  /** values of any kind (objects, arrays, strings, numbers, literals) in the whole body */
  maxValues: number;
}

/** Deeper than this, a JSON body is refused: no sync event or config nests this far. */
export const MAX_JSON_DEPTH = 32;
/**
 * More keys than this in one object, and the body is refused before validation copies it: class-transformer
 * removes duplicate keys with a quadratic scan per object, so 120k keys in one payload cost seconds. No
 * event, payload (≤ 64 KB) or config has objects this wide.
 */
export const MAX_KEYS_PER_OBJECT = 2000;
/**
 * Values in one body. A batch of 1000 events of 60 values each (a payload of a few dozen fields) has
 * 60,000 to 90,000. Every value is an allocation for the parser, the checks and the garbage collector:
 * at 280,000 one request held the event loop for 250 ms on two cores, at 100,000 well under 100 ms
 * (npm run bench:hostile).
 */
export const MAX_JSON_VALUES = 100_000;

export const JSON_SHAPE_LIMITS: JsonShapeLimits = {
  maxDepth: MAX_JSON_DEPTH,
  maxKeysPerObject: MAX_KEYS_PER_OBJECT,
  maxValues: MAX_JSON_VALUES,
};

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

const isWhitespace = (byte: number) => byte === SPACE || byte === TAB || byte === NEWLINE || byte === RETURN;

/**
 * Why the body's shape is refused, or undefined. It does not validate JSON (JSON.parse does that next);
 * it only counts, so malformed input reaches the parser's own error.
 */
export function jsonShapeRefusal(bytes: Uint8Array, limits: JsonShapeLimits = JSON_SHAPE_LIMITS): string | undefined {
  // per open container: is it an object, how many keys (objects) or commas (arrays) so far, and where its
  // latest key's text lies: enough to name the path of a refused object without building any string before
  const isObject = new Uint8Array(limits.maxDepth + 2);
  const keys = new Int32Array(limits.maxDepth + 2);
  const keyStart = new Int32Array(limits.maxDepth + 2);
  const keyEnd = new Int32Array(limits.maxDepth + 2);
  const pathTo = (depth: number): string => {
    const parts: string[] = [];
    for (let level = 1; level < depth; level++) {
      parts.push(
        isObject[level] === 1
          ? Buffer.from(bytes.subarray(keyStart[level], keyEnd[level])).toString('utf8')
          : String(keys[level]),
      );
    }
    return parts.join('.') || 'body';
  };
  let depth = 0;
  let values = 0;
  // a scalar starts at the first byte after a separator that is not whitespace or a bracket
  let inScalar = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      // a string: skip to its closing quote
      const start = ++i;
      while (i < bytes.length && bytes[i] !== QUOTE) i += bytes[i] === BACKSLASH ? 2 : 1;
      // a key is followed by a colon; it is not a value
      let next = i + 1;
      while (next < bytes.length && isWhitespace(bytes[next])) next++;
      if (bytes[next] !== COLON) values++;
      else if (isObject[depth] === 1) {
        keyStart[depth] = start;
        keyEnd[depth] = i;
      }
      inScalar = false;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth++;
      values++;
      if (depth > limits.maxDepth) return `body nests deeper than ${limits.maxDepth} levels`;
      isObject[depth] = byte === OPEN_OBJECT ? 1 : 0;
      keys[depth] = 0;
      inScalar = false;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (depth > 0) depth--;
      inScalar = false;
    } else if (byte === COLON) {
      if (isObject[depth] === 1 && ++keys[depth] > limits.maxKeysPerObject)
        return `${pathTo(depth)} must have at most ${limits.maxKeysPerObject} keys`;
      inScalar = false;
    } else if (byte === COMMA) {
      if (isObject[depth] === 0) keys[depth]++;
      inScalar = false;
    } else if (!isWhitespace(byte) && !inScalar) {
      // number, true, false or null
      inScalar = true;
      values++;
    }
    if (values > limits.maxValues) return `body has more than ${limits.maxValues} values; send fewer events per batch`;
  }
  return undefined;
}
