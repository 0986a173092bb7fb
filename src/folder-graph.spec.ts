import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ as a graph, built from the imports: arrows must point one way. A capability may use
 * another, platform/ or the shared kernel core/, but capabilities may not use each other, not even round a
 * longer loop; platform/ uses no capability, only core/ (bootstrap and the entity list are the composition
 * root's, src/*.ts).
 */
const SRC = __dirname;

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

/** Every cycle of folders that import one another, each as the path that closes it (a → b → … → a). */
function cyclesOf(graph: Map<string, Set<string>>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (folder: string): void => {
    state.set(folder, 'open');
    path.push(folder);
    for (const next of [...(graph.get(folder) ?? [])].sort()) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(folder, 'done');
  };
  for (const folder of [...graph.keys()].sort()) if (!state.has(folder)) visit(folder);
  return cycles;
}

describe('the folder graph', () => {
  const graph = folderGraph();
  const platformImports = [...(graph.get('platform') ?? [])].sort();

  it('is built from the imports', () => {
    expect(graph.get('intake')?.has('platform')).toBe(true);
  });

  it('has no cycle: no two capabilities use each other, directly or through others', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('would name a cycle if there were one', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cyclesOf(looped)).toEqual(['a -> b -> c -> a']);
  });

  it('has no arrow from platform, or from the shared kernel, to a capability', () => {
    expect(platformImports.filter((folder) => folder !== 'core')).toEqual([]);
    expect([...(graph.get('core') ?? [])]).toEqual([]);
  });
});
