import { describe, expect, it } from 'vitest';
import { hasCycle, parseSeamConfig, toSeamYaml, tooDeepAt } from './seam-yaml';

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

  it('refuses a list or map as a mapping key at its line, without the warning the yaml library would print', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      for (const text of ['teams:\n  ? [a, b]\n  : x\n', 'routing: { ? { a: 1 } : 2 }\n']) {
        const parsed = parseSeamConfig(text);
        expect(parsed.config).toBeUndefined();
        expect(parsed.errors).toHaveLength(1);
        expect(parsed.errors[0]).toMatch(
          /^yaml a mapping key must be a plain value, not a list or map \(line \d+, column \d+\)$/,
        );
      }
    } finally {
      // a process warning is delivered on a later tick
      await new Promise((resolve) => setImmediate(resolve));
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });

  it('refuses an alias inside the node it names as a line naming the yaml, not an exception', () => {
    const parsed = parseSeamConfig('teams: &t\n  - *t\n');
    expect(parsed.config).toBeUndefined();
    expect(parsed.errors).toEqual(['yaml an alias refers to a node that contains it (a cycle)']);
  });
});

describe('seam.yaml errors a person can fix', () => {
  const FILE = [
    'teams:', //                                   1
    '  - slug: support', //                        2
    '    name: Support', //                        3
    '    businessHours: { timeZone: Mars/Olympus, days: [1], start: "09:00", end: "17:00" }', // 4
    '    afterHours: { members: [erni] }', //      5
    '    members:', //                             6
    '      - { id: mia, name: Mia, channels: [] }', // 7
    'routing:', //                                 8
    '  - { priority: 1000, team: nobody }', //     9
    'policies:', //                                10
    '  - { team: support, levels: [{ afterMinutes: 0, notify: [ghost] }] }', // 11
  ].join('\n');

  it('reports every error in the file at once, each with its line and column', () => {
    const { config, errors } = parseSeamConfig(FILE);
    expect(config).toBeUndefined();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^teams\.0\.businessHours\.timeZone must be an IANA time zone.* \(line 4, column 32\)$/),
        'teams.support.afterHours.members[0]: no member "erni" (line 5, column 29)',
        'routing.0.team nobody names no team (line 9, column 29)',
        'policies.support.levels[0].notify[0]: no member "ghost" (line 11, column 59)',
      ]),
    );
  });

  it('gives a syntax error its line', () => {
    expect(parseSeamConfig('teams:\n  - slug: support\n    name: [\n').errors).toEqual([
      expect.stringMatching(/^yaml .* \(line \d+, column \d+\)$/),
    ]);
    expect(parseSeamConfig('teams:\n  - slug: a\n  slug: b\n').errors[0]).toMatch(/\(line 3, column \d+\)$/);
  });

  it('never echoes the file: a long line is cut', () => {
    const { errors } = parseSeamConfig(`routing:\n  - { priority: 1000, team: ${'x'.repeat(5000)} }\n`);
    expect(errors.every((line) => line.length < 400)).toBe(true);
  });

  it('exports times and dates quoted, so YAML 1.1 readers do not read 17:00 as 1020', () => {
    const { config } = parseSeamConfig(
      'teams:\n  - { slug: support, name: Support, members: [], businessHours: { timeZone: UTC, days: [1], start: "09:00", end: "17:00" } }\nrouting:\n  - { priority: 1000, team: support }\ncalendar:\n  - { date: "2026-12-25", kind: holiday, name: Christmas }\n',
    );
    const text = toSeamYaml(config!);
    expect(text).toContain('end: "17:00"');
    expect(text).toContain('date: "2026-12-25"');
    expect(text).toContain('name: Support');
    expect(parseSeamConfig(text).config).toEqual(config);
  });
});

describe('flow nesting', () => {
  it.each<[string, string, number]>([
    ['a normal file', 'teams: [{ slug: a, members: [{ id: b, channels: [] }] }]', -1],
    [
      'brackets inside quotes and comments do not count',
      `x: "${'['.repeat(500)}" # ${'{'.repeat(500)}\ny: '${'['.repeat(500)}'`,
      -1,
    ],
    ['closed brackets do not add up', '[]'.repeat(500), -1],
    ['101 levels', '['.repeat(101), 100],
  ])('%s', (_name, text, expected) => {
    expect(tooDeepAt(text)).toBe(expected);
  });

  it('refuses deep nesting before the parser recurses into it, at its line', () => {
    expect(parseSeamConfig(`teams:\n  - ${'['.repeat(200_000)}`).errors).toEqual([
      'yaml nests deeper than 100 levels (line 2, column 105)',
    ]);
  });
});
