import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_CURSOR_OFFSET, type CursorPart } from './cursor';

const raw = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const ID = '0b5a3c1e-8d2f-4a6b-9c7d-1e2f3a4b5c6d';

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote', () => {
    expect(decodeCursor(encodeCursor(['2026-01-05T10:00:00.000Z', ID]), ['timestamp', 'uuid'] as const)).toEqual([
      '2026-01-05T10:00:00.000Z',
      ID,
    ]);
    expect(decodeCursor(encodeCursor([50]), ['offset'] as const)).toEqual([50]);
    expect(decodeCursor(encodeCursor(['9007199254740993']), ['serial'] as const)).toEqual(['9007199254740993']);
    expect(
      decodeCursor(encodeCursor(['2026-01-05T10:00:00.000Z', 'shop', 'order', 'A-1']), [
        'timestamp',
        'key',
        'key',
        'key',
      ] as const),
    ).toEqual(['2026-01-05T10:00:00.000Z', 'shop', 'order', 'A-1']);
  });

  it.each<[string, string, readonly CursorPart[]]>([
    ['not base64url', 'a+b/c=', ['offset']],
    ['not JSON', raw('{['), ['offset']],
    ['not an array', raw({ a: 1 }), ['offset']],
    ['wrong length', raw([1, 2]), ['offset']],
    ['an unreadable timestamp', raw(['not a date', ID]), ['timestamp', 'uuid']],
    ['a week date', raw(['2026-W01', ID]), ['timestamp', 'uuid']],
    ['a rolled-over date', raw(['2026-02-30T00:00:00.000Z', ID]), ['timestamp', 'uuid']],
    ['a non-UUID id', raw(['2026-01-05T10:00:00.000Z', "x' OR 1=1"]), ['timestamp', 'uuid']],
    ['a NUL in the id', raw(['2026-01-05T10:00:00.000Z', `${ID}\u0000`]), ['timestamp', 'uuid']],
    ['a negative offset', raw([-1]), ['offset']],
    ['a fractional offset', raw([1.5]), ['offset']],
    ['an offset past the bound', raw([MAX_CURSOR_OFFSET + 1]), ['offset']],
    ['an offset as text', raw(['5']), ['offset']],
    ['a serial as a number', raw([5]), ['serial']],
    ['a serial past bigint', raw(['99999999999999999999']), ['serial']],
    ['a negative serial', raw(['-5']), ['serial']],
    ['a key with NUL', raw(['a\u0000b']), ['key']],
    ['a key longer than any column', raw(['x'.repeat(201)]), ['key']],
    ['a key that is not text', raw([{ a: 1 }]), ['key']],
  ])('refuses %s', (_name, cursor, shape) => {
    expect(decodeCursor(cursor, shape)).toBeUndefined();
  });
});
