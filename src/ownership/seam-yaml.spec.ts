import { describe, expect, it } from 'vitest';
import { hasCycle, parseSeamConfig } from './seam-yaml';

describe('seam.yaml aliases', () => {
  const shared = { a: 1 };
  const loop: unknown[] = [];
  loop.push(loop);
  const deep: Record<string, unknown> = { x: { y: [{}] } };
  ((deep.x as Record<string, unknown>).y as unknown[]).push(deep);
  it.each([
    ['a scalar', 1, false],
    ['a tree', { a: [1, { b: 2 }] }, false],
    ['a value shared by two keys (an ordinary alias)', { x: shared, y: [shared, shared] }, false],
    ['an array holding itself', loop, true],
    ['an object reached again three levels down', deep, true],
  ])('%s: cycle %s', (_, value, expected) => {
    expect(hasCycle(value)).toBe(expected);
  });

  it('refuses an alias inside the node it names as a line naming the yaml, not an exception', () => {
    const parsed = parseSeamConfig('teams: &t\n  - *t\n');
    expect(parsed.config).toBeUndefined();
    expect(parsed.errors).toEqual(['yaml an alias refers to a node that contains it (a cycle)']);
  });
});
