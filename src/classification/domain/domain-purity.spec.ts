import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..');
const FORBIDDEN = /from ['"](@nestjs\/[^'"]*|typeorm|bullmq|ioredis|pg|fastify)['"]/;

function domainFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return domainFiles(path);
    return (path.includes('/domain/') || path.includes('/core/')) && path.endsWith('.ts') ? [path] : [];
  });
}

describe('the pure core', () => {
  const files = domainFiles(SRC);

  it('has domain folders to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [file.slice(SRC.length + 1), file]))(
    '%s imports no framework, database or queue',
    (_name, file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(FORBIDDEN);
    },
  );
});
