import { describe, expect, it } from 'vitest';
import { countedFamilies } from './family-match';
import type { KnowledgePack } from './pack.types';

/** An error written from the vendor's documented code or wording (values filled in), and the family it concerns. */
export type PackRow = [family: string, code: string, message: string];

/**
 * The table test every knowledge pack has (test code: only its `*.pack.spec.ts` import it). Each positive
 * row is counted for its family; each near miss, an error of another meaning that looks alike, is not.
 * Every family names its vendor document and has rows of both kinds, so a family cannot be added untested,
 * and every row names a family of the pack, so a misspelt id cannot make a near miss pass by default.
 */
export function describePackTable(pack: KnowledgePack, positives: PackRow[], nearMisses: PackRow[]): void {
  const counted = (code: string, message: string): string[] =>
    countedFamilies(pack, code, message).map((family) => family.id);

  describe(`the ${pack.system} pack`, () => {
    it.each(positives)('%s recognises [%s] %s', (family, code, message) => {
      expect(counted(code, message)).toContain(family);
    });

    it.each(nearMisses)('%s leaves alone [%s] %s', (family, code, message) => {
      expect(counted(code, message)).not.toContain(family);
    });

    it('every family has a unique id, names its vendor document and has a positive and a near-miss row', () => {
      const ids = pack.families.map((family) => family.id);
      expect(new Set(ids).size, 'unique family ids').toBe(ids.length);
      for (const family of pack.families) {
        expect(family.doc?.trim(), family.id).toBeTruthy();
        expect(
          positives.some(([id]) => id === family.id),
          `${family.id} positive`,
        ).toBe(true);
        expect(
          nearMisses.some(([id]) => id === family.id),
          `${family.id} near miss`,
        ).toBe(true);
      }
      for (const [id] of [...positives, ...nearMisses]) expect(ids, `row for unknown family ${id}`).toContain(id);
    });
  });
}
