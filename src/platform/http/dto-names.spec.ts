import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * The OpenAPI document names each schema by its class: of two DTO classes with one name, /docs-json keeps
 * one, and every route using the other shows the wrong fields, descriptions and examples.
 */
describe('DTO class names', () => {
  it('are unique across src/', () => {
    const where = new Map<string, string[]>();
    for (const file of sourceFiles(SRC))
      for (const match of readFileSync(file, 'utf8').matchAll(/^export class (\w+Dto)\b/gm))
        where.set(match[1], [...(where.get(match[1]) ?? []), relative(SRC, file)]);
    expect(where.size).toBeGreaterThan(50);
    expect([...where].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
