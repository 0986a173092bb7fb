import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '.';

// Every family states the vendor document it comes from, and every pack has its table test beside it
// (a positive and a near-miss row per family, checked inside each spec).
describe('the built-in packs', () => {
  it.each(
    BUILT_IN_PACKS.flatMap((pack) => pack.families.map((family) => [pack.system, family.id, family.doc] as const)),
  )('%s %s names its document', (_system, _id, doc) => {
    expect(doc?.trim().length ?? 0).toBeGreaterThan(10);
  });

  it('has unique family ids', () => {
    const ids = BUILT_IN_PACKS.flatMap((pack) => pack.families.map((family) => family.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  const packFiles = readdirSync(__dirname).filter((file) => file.endsWith('.pack.ts'));
  it.each(packFiles)('%s has a table test beside it', (file) => {
    expect(existsSync(join(__dirname, file.replace(/\.ts$/, '.spec.ts')))).toBe(true);
  });

  it('ships every pack file it has', () => {
    // oracle-fusion.pack.ts also exports the EBS pack (they share the open-interface families)
    expect(BUILT_IN_PACKS.length).toBeGreaterThanOrEqual(packFiles.length);
  });
});
