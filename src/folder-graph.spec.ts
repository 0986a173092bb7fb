import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ as a graph, built from the imports: arrows must point one way. A capability may use
 * another, platform/ or the shared kernel core/, but two capabilities must not use each other; platform/ uses
 * no capability, only core/ (bootstrap and the entity list are the composition root's, src/*.ts).
 */
const SRC = __dirname;

/**
 * Two-way dependencies between capabilities that exist today and are being untangled (issue 14),
 * mostly through shared types without a home of their own. The lists only shrink: an arrow that is gone
 * fails the test until it is taken off.
 */
const KNOWN_TWO_WAY = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** folder → folders it imports from (top-level folders of src/; files at the root are the composition root) */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split(sep);
    if (from.length < 2) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const to = relative(SRC, normalize(join(dirname(file), match[1]))).split(sep);
      if (to.length < 2 || to[0] === '..' || to[0] === from[0]) continue;
      if (!graph.has(from[0])) graph.set(from[0], new Set());
      graph.get(from[0])!.add(to[0]);
    }
  }
  return graph;
}

describe('the folder graph', () => {
  const graph = folderGraph();
  const twoWay = [...graph].flatMap(([a, targets]) =>
    [...targets]
      .filter((b) => a < b && b !== 'platform' && a !== 'platform' && graph.get(b)?.has(a))
      .map((b) => `${a}<->${b}`),
  );
  const platformImports = [...(graph.get('platform') ?? [])].sort();

  it('is built from the imports', () => {
    expect(graph.get('intake')?.has('platform')).toBe(true);
  });

  it('has no new two-way dependency between capabilities', () => {
    expect(twoWay.filter((pair) => !KNOWN_TWO_WAY.has(pair))).toEqual([]);
  });

  it('has no arrow from platform, or from the shared kernel, to a capability', () => {
    expect(platformImports.filter((folder) => folder !== 'core')).toEqual([]);
    expect([...(graph.get('core') ?? [])]).toEqual([]);
  });

  it('lists only arrows that still exist', () => {
    expect([...KNOWN_TWO_WAY].filter((pair) => !twoWay.includes(pair))).toEqual([]);
  });
});
