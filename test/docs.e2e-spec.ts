import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIGURATION_DOC, renderConfigurationDoc } from '../scripts/config-docs';

/** The documents a new user reads first: they must be current, and every link in them must lead somewhere. */

const ROOT = resolve('.');
const documents = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Markdown link and image targets outside fenced code blocks, with the line they are on. */
function linksIn(file: string): Array<{ target: string; line: number }> {
  const found: Array<{ target: string; line: number }> = [];
  let fenced = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (/^\s*```/.test(text)) fenced = !fenced;
      if (fenced) return;
      // inline code spans may quote link-like text that is not a link
      const prose = text.replace(/`[^`]*`/g, '');
      for (const match of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
        found.push({ target: match[1], line: index + 1 });
    });
  return found;
}

describe('documentation', () => {
  it('docs/configuration.md is what `npm run docs:config` writes from the config class', () => {
    expect(readFileSync(CONFIGURATION_DOC, 'utf8')).toBe(renderConfigurationDoc());
  });

  it('every relative link in README.md and docs/*.md resolves to a file inside the repository', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of documents) {
      for (const { target, line } of linksIn(file)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
        const path = resolve(dirname(file), decodeURIComponent(target.split('#')[0]));
        checked++;
        const inside = !relative(ROOT, path).startsWith('..');
        if (!inside || !existsSync(path))
          broken.push(`${file}:${line} → ${target}${inside ? '' : ' (outside the repository)'}`);
      }
    }
    expect(broken).toEqual([]);
    // the check saw the links it is about (README's map alone has more than ten)
    expect(checked).toBeGreaterThan(20);
  });

  it('README.md is a front door: under 250 lines, and it points at the OpenAPI document', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.split('\n').length).toBeLessThan(250);
    expect(readme).toContain('/docs-json');
  });

  it('the scenario benchmark uses only files in the repository', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts['bench:scenarios']).not.toContain('..');
    for (const path of scripts['bench:scenarios'].split(/\s+/).filter((part) => /\.(py|json)$/.test(part)))
      expect(existsSync(path)).toBe(true);
  });
});
