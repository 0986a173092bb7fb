import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..');

/**
 * SQL and TypeORM's handles live in repositories (`*.repository.ts`), migrations and this folder's
 * plumbing; services pass a `Tx` (unit-of-work.ts) to repositories and never write a query themselves.
 */
const PERSISTENCE = /\bDataSource\b|\bEntityManager\b|\.query\(|@InjectRepository|\bRepository<|\bReadReplica\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const exempt = (relative: string) =>
  relative.endsWith('.repository.ts') ||
  relative.startsWith('platform/database/') ||
  relative.includes('/migrations/') ||
  // the TypeORM CLI's entry point (npm run migration:generate)
  relative === 'data-source.ts';

describe('the persistence boundary', () => {
  const files = sourceFiles(SRC).map((path) => ({
    relative: path.slice(SRC.length + 1),
    text: readFileSync(path, 'utf8'),
  }));

  it('keeps SQL, DataSource, EntityManager and TypeORM repositories inside repositories and migrations', () => {
    const outside = files
      .filter((file) => !exempt(file.relative) && PERSISTENCE.test(file.text))
      .map((file) => file.relative);
    expect(outside).toEqual([]);
  });

  it('finds the SQL where it belongs: in the repositories', () => {
    const repositories = files.filter((file) => file.relative.endsWith('.repository.ts'));
    expect(repositories.length).toBeGreaterThan(20);
    expect(repositories.filter((file) => PERSISTENCE.test(file.text)).length).toBe(repositories.length);
  });
});
