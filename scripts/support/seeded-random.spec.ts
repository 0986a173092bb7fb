import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives mulberry32’s published sequence, so benches and intervals reproduce across versions', () => {
    const next = seededRandom(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    const first = seededRandom(20_251_129);
    const again = seededRandom(20_251_129);
    const other = seededRandom(7);
    const a = Array.from({ length: 5 }, first);
    expect(Array.from({ length: 5 }, again)).toEqual(a);
    expect(Array.from({ length: 5 }, other)).not.toEqual(a);
  });

  it('stays in [0, 1) and spreads over it', () => {
    const next = seededRandom(42);
    const draws = Array.from({ length: 10_000 }, next);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const belowHalf = draws.filter((x) => x < 0.5).length;
    expect(belowHalf).toBeGreaterThan(4_800);
    expect(belowHalf).toBeLessThan(5_200);
  });
});
