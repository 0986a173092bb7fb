import { describe, expect, it } from 'vitest';
import { hypercareExit, reportPeriod, responseReport, type OpenIssue, type ResponseRow } from './response-report';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

describe('reportPeriod', () => {
  it.each<[string, string | undefined, string | undefined, { since: string; until: string } | RegExp]>([
    [
      'defaults: the last 30 days',
      undefined,
      undefined,
      { since: '2026-10-31T12:00:00.000Z', until: '2026-11-30T12:00:00.000Z' },
    ],
    [
      'since alone runs to now',
      '2026-11-01T00:00:00Z',
      undefined,
      { since: '2026-11-01T00:00:00.000Z', until: '2026-11-30T12:00:00.000Z' },
    ],
    [
      'until alone: 30 days before it',
      undefined,
      '2026-11-10T00:00:00Z',
      { since: '2026-10-11T00:00:00.000Z', until: '2026-11-10T00:00:00.000Z' },
    ],
    ['since after until', '2026-11-10T00:00:00Z', '2026-11-01T00:00:00Z', /^until must be after since/],
    ['an empty period', '2026-11-10T00:00:00Z', '2026-11-10T00:00:00Z', /^until must be after since/],
    [
      'more than a year',
      '2025-01-01T00:00:00Z',
      '2026-11-10T00:00:00Z',
      /^since must be at most 366 days before until$/,
    ],
    ['an unreadable since', 'not a date', undefined, /^since must be a date/],
  ])('%s', (_name, since, until, expected) => {
    const result = reportPeriod(since, until, NOW);
    if (expected instanceof RegExp) expect('error' in result && result.error).toMatch(expected);
    else
      expect(
        'period' in result && { since: result.period.since.toISOString(), until: result.period.until.toISOString() },
      ).toEqual(expected);
  });
});

const NO_ISSUES = { issues: 0, acknowledged: 0, resolved: 0, open: 0 };
const NOTHING_TIMED = { mttaSeconds: null, mttrSeconds: null, medianTtaSeconds: null, medianTtrSeconds: null };

const row = (change: Partial<ResponseRow>): ResponseRow => ({
  team: null,
  classification: null,
  integration: null,
  grouping: 'overall',
  ...NO_ISSUES,
  ...NOTHING_TIMED,
  ...change,
});

describe('responseReport', () => {
  it('splits rows by grouping, most issues first, and marks MTTA over target', () => {
    const report = responseReport(
      [
        row({ issues: 5, acknowledged: 3, mttaSeconds: 1200.4 }),
        row({ grouping: 'team', team: 'support', issues: 2, acknowledged: 2, mttaSeconds: 600 }),
        row({ grouping: 'team', team: 'engineering', issues: 3, acknowledged: 1, mttaSeconds: 2400 }),
        row({ grouping: 'classification', classification: 'defect', issues: 3 }),
        row({ grouping: 'integration', integration: 'shop-orders', issues: 5, resolved: 2, mttrSeconds: 7200 }),
      ],
      { since: daysAgo(7), until: NOW },
      30,
    );
    expect(report.overall).toMatchObject({ issues: 5, mttaSeconds: 1200, mttaOverTarget: false });
    expect(report.byTeam.map((t) => [t.team, t.mttaOverTarget])).toEqual([
      ['engineering', true],
      ['support', false],
    ]);
    expect(report.byClass).toEqual([expect.objectContaining({ classification: 'defect', mttaOverTarget: null })]);
    expect(report.byIntegration[0]).toMatchObject({ integration: 'shop-orders', mttrSeconds: 7200 });
  });

  it('an empty period is all zeros, nothing measured', () => {
    expect(responseReport([], { since: daysAgo(1), until: NOW }, 30).overall).toEqual({
      ...NO_ISSUES,
      ...NOTHING_TIMED,
      mttaOverTarget: null,
    });
  });
});

describe('hypercareExit', () => {
  const open = (classification: string, ageDays: number): OpenIssue => ({
    id: `${classification}-${ageDays}`,
    classification,
    firstSeenAt: daysAgo(ageDays),
  });
  const targets = { maxOpenDefectAgeDays: 2, mttaMinutes: 30 };
  it.each<[string, OpenIssue[], number | null, number, boolean, [boolean, boolean]]>([
    ['nothing open, fast acknowledgements', [], 600, 4, true, [true, true]],
    ['a defect open for three days', [open('defect', 3)], 600, 4, false, [false, true]],
    ['a defect open for one day', [open('defect', 1)], 600, 4, true, [true, true]],
    ['old bad data does not hold hypercare', [open('bad_source_data', 10)], 600, 4, true, [true, true]],
    ['slow acknowledgements', [], 3600, 4, false, [true, false]],
    ['exactly on target', [], 1800, 4, true, [true, true]],
    ['open issues nobody acknowledged', [open('defect', 1)], null, 0, false, [true, false]],
    ['a quiet period', [], null, 0, true, [true, true]],
  ])('%s', (_name, issues, mtta, acknowledged, met, each) => {
    const result = hypercareExit(issues, mtta, acknowledged, targets, NOW);
    expect(result.met).toBe(met);
    expect(result.criteria.map((c) => c.met)).toEqual(each);
  });

  it('says how many defects are too old', () => {
    expect(hypercareExit([open('defect', 3), open('defect', 5)], 60, 1, targets, NOW).criteria[0].detail).toBe(
      '2 open defects are older than 2 days',
    );
  });
});
