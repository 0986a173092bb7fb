import { describe, expect, it } from 'vitest';
import {
  decideSilence,
  DEFAULT_SILENCE_SETTINGS,
  expectedInterval,
  quantile,
  silenceText,
  type ArrivalHistory,
  type OpenSilence,
} from './silence';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);
const every = (seconds: number, count = 50) => Array.from({ length: count }, () => seconds);
const history = (integration: string, silentMinutes: number, gapsSeconds: number[]): ArrivalHistory => ({
  integration,
  lastEventAt: minutesAgo(silentMinutes),
  gapsSeconds,
});

describe('quantile', () => {
  it.each<[number[], number, number]>([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99, 10],
    [[10, 1, 5], 0, 1],
    [[7], 0.99, 7],
  ])('%j at %s is %s', (values, q, expected) => {
    expect(quantile(values, q)).toBe(expected);
  });
});

describe('expectedInterval', () => {
  it.each<[string, number[], number | undefined, ReturnType<typeof expectedInterval>]>([
    ['configured wins over history', every(60), 90, { minutes: 90, source: 'configured' }],
    ['configured 0 turns it off', every(60), 0, { minutes: null, source: 'disabled' }],
    ['too little history to learn', every(60, 19), undefined, { minutes: null, source: 'not_enough_history' }],
    ['a busy integration gets the floor', every(60), undefined, { minutes: 15, source: 'learned' }],
    ['hourly batches: twice the usual gap', every(3600), undefined, { minutes: 120, source: 'learned' }],
    [
      'a nightly job that skipped once a month: the rare long gap counts',
      [...every(86_400, 49), 2 * 86_400],
      undefined,
      { minutes: 5760, source: 'learned' },
    ],
    [
      'one odd gap among hundreds is ignored',
      [...every(300, 199), 86_400],
      undefined,
      { minutes: 15, source: 'learned' },
    ],
  ])('%s', (_name, gaps, configured, expected) => {
    expect(expectedInterval(history('x', 0, gaps), configured, DEFAULT_SILENCE_SETTINGS)).toEqual(expected);
  });
});

describe('decideSilence', () => {
  const open = (integration: string, detectedMinutesAgo: number): OpenSilence => ({
    issueId: `issue-${integration}`,
    integration,
    detectedAt: minutesAgo(detectedMinutesAgo),
  });
  it.each<[string, ArrivalHistory[], Array<[string, number]>, OpenSilence[], string[], string[]]>([
    ['quiet for longer than learned: opens', [history('shop', 40, every(60))], [], [], ['shop'], []],
    ['quiet exactly as long as expected: nothing yet', [history('shop', 15, every(60))], [], [], [], []],
    ['quiet but within its usual gaps: nothing', [history('batch', 90, every(3600))], [], [], [], []],
    ['quiet past the configured interval: opens', [history('erp', 11, [])], [['erp', 10]], [], ['erp'], []],
    ['configured off: nothing', [history('erp', 500, every(60))], [['erp', 0]], [], [], []],
    ['no history yet: nothing', [history('new', 500, every(60, 3))], [], [], [], []],
    ['already open and still quiet: nothing new', [history('shop', 60, every(60))], [], [open('shop', 20)], [], []],
    ['events again after detection: resolves', [history('shop', 1, every(60))], [], [open('shop', 20)], [], ['shop']],
    [
      'the last event came before detection: stays open',
      [history('shop', 30, every(60))],
      [],
      [open('shop', 10)],
      [],
      [],
    ],
    [
      'several at once',
      [history('a', 40, every(60)), history('b', 2, every(60)), history('c', 1, every(60))],
      [],
      [open('c', 5)],
      ['a'],
      ['c'],
    ],
  ])('%s', (_name, histories, configured, openIssues, opened, resolved) => {
    const decisions = decideSilence(histories, new Map(configured), openIssues, NOW);
    expect(decisions.open.map((d) => d.integration)).toEqual(opened);
    expect(decisions.resolve.map((d) => d.integration)).toEqual(resolved);
  });

  it('says how long, what was expected and where that came from', () => {
    const [decision] = decideSilence([history('shop', 40, every(60))], new Map(), [], NOW).open;
    expect(decision).toMatchObject({ silentMinutes: 40, expectedMinutes: 15, source: 'learned' });
    expect(silenceText(decision)).toEqual({
      title: 'integration shop has sent no events for 40 min',
      detail:
        'No event from shop since 2026-11-30T11:20:00.000Z (40 min); it is expected at least every 15 min (learned from its history). The integration may be stopped, stuck or cut off.',
    });
  });
});
