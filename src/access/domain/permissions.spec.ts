import { describe, expect, it } from 'vitest';
import { bearerOf, hashApiKey, newApiKey } from './api-key';
import { allows, PERMISSIONS, roleTableMarkdown, ROLES } from './permissions';

describe('permissions', () => {
  it.each<[Parameters<typeof allows>[0], Parameters<typeof allows>[1], boolean]>([
    ['integration', 'events.write', true],
    ['integration', 'issues.read', false],
    ['support', 'events.write', false],
    ['support', 'issues.act', true],
    ['support', 'config.write', false],
    ['business', 'rules.write', false],
    ['engineering', 'rules.write', true],
    ['admin', 'keys.manage', true],
    ['support', 'keys.manage', false],
  ])('%s may %s: %s', (role, permission, expected) => {
    expect(allows(role, permission)).toBe(expected);
  });

  it('admin may do everything', () => {
    for (const permission of Object.keys(PERMISSIONS) as Array<keyof typeof PERMISSIONS>)
      expect(allows('admin', permission)).toBe(true);
  });

  it('prints one row per permission and one column per role', () => {
    const table = roleTableMarkdown().split('\n');
    expect(table).toHaveLength(2 + Object.keys(PERMISSIONS).length);
    expect(table[0]).toContain(ROLES.join(' | '));
  });
});

describe('API keys', () => {
  it('are random, prefixed and stored only as a hash', () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(a.key).toMatch(/^seam_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).not.toContain(a.key);
  });

  it.each<[string | undefined, string | undefined]>([
    ['Bearer seam_abc', 'seam_abc'],
    ['bearer seam_abc ', 'seam_abc'],
    ['Basic xyz', undefined],
    ['Bearer', undefined],
    [undefined, undefined],
  ])('bearerOf(%j) = %j', (header, token) => {
    expect(bearerOf(header)).toBe(token);
  });
});

describe('docs/api.md', () => {
  it('prints the role table the guard enforces', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'api.md'), 'utf8');
    expect(doc).toContain(roleTableMarkdown());
  });
});
