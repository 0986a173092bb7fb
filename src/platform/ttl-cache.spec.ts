import { describe, expect, it } from 'vitest';
import { TtlCache, TtlValue } from './ttl-cache';

/** A loader that counts its calls and answers with the call's number. */
function counting() {
  let calls = 0;
  const load = () => Promise.resolve(++calls);
  return { load, calls: () => calls };
}

describe('TtlCache', () => {
  it.each<[string, number, number]>([
    ['just loaded', 0, 1],
    ['half way', 2_500, 1],
    ['exactly ttl old: still fresh', 5_000, 1],
    ['older than ttl: read again', 5_001, 2],
  ])('%s', async (_name, later, expected) => {
    const cache = new TtlCache<string, number>(5_000);
    const { load } = counting();
    await cache.getOrLoad('a', 1_000, load);
    expect(await cache.getOrLoad('a', 1_000 + later, load)).toBe(expected);
  });

  it('keeps a reload from the time it was asked for', async () => {
    const cache = new TtlCache<string, number>(5_000);
    const { load, calls } = counting();
    await cache.getOrLoad('a', 0, load);
    await cache.getOrLoad('a', 6_000, load);
    expect(await cache.getOrLoad('a', 11_000, load)).toBe(2);
    expect(calls()).toBe(2);
  });

  it('keeps each key apart, and keeps null and undefined as answers, not as misses', async () => {
    const cache = new TtlCache<string, string | null | undefined>(5_000);
    let calls = 0;
    const answer = (value: string | null | undefined) => () => (calls++, Promise.resolve(value));
    expect(await cache.getOrLoad('unknown key', 0, answer(null))).toBeNull();
    expect(await cache.getOrLoad('gone', 0, answer(undefined))).toBeUndefined();
    expect(await cache.getOrLoad('known', 0, answer('ana'))).toBe('ana');
    expect(await cache.getOrLoad('unknown key', 1, answer('late'))).toBeNull();
    expect(await cache.getOrLoad('gone', 1, answer('late'))).toBeUndefined();
    expect(calls).toBe(3);
  });

  it('forgets one key on delete and all on clear', async () => {
    const cache = new TtlCache<string, number>(5_000);
    const { load } = counting();
    await cache.getOrLoad('a', 0, load);
    await cache.getOrLoad('b', 0, load);
    cache.delete('a');
    expect(await cache.getOrLoad('a', 1, load)).toBe(3);
    expect(await cache.getOrLoad('b', 1, load)).toBe(2);
    cache.clear();
    expect(await cache.getOrLoad('b', 2, load)).toBe(4);
  });

  it('empties itself at maxEntries instead of growing', async () => {
    const cache = new TtlCache<string, number>(5_000, 2);
    const { load } = counting();
    await cache.getOrLoad('a', 0, load);
    await cache.getOrLoad('b', 0, load);
    await cache.getOrLoad('c', 0, load); // full: a and b go, c stays
    expect(await cache.getOrLoad('c', 1, load)).toBe(3);
    expect(await cache.getOrLoad('a', 1, load)).toBe(4);
  });
});

describe('TtlValue', () => {
  it('loads once per ttl and again after clear', async () => {
    const value = new TtlValue<number>(5_000);
    const { load } = counting();
    expect(await value.getOrLoad(0, load)).toBe(1);
    expect(await value.getOrLoad(5_000, load)).toBe(1);
    expect(await value.getOrLoad(5_001, load)).toBe(2);
    value.clear();
    expect(await value.getOrLoad(5_002, load)).toBe(3);
  });
});
