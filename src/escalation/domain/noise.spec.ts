import { describe, expect, it } from 'vitest';
import type { Category } from '../../core/classification.types';
import type { KnownIssue, NoiseSettings } from '../../core/seam-config.types';
import {
  DEFAULT_THRESHOLDS,
  graceEndsAt,
  escalationStateKey,
  isTransientNoise,
  matchingKnownIssue,
  noiseDecision,
  notifyDecision,
  recurrenceStart,
  stateChangeKey,
  type NoiseFacts,
} from './noise';

const now = new Date('2026-11-24T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const settings: NoiseSettings = {
  thresholds: { process_change: { minFailures: 2, windowMinutes: 30 } },
  transientGraceMinutes: 10,
};
const facts = (over: Partial<NoiseFacts> = {}): NoiseFacts => ({
  classification: 'defect',
  category: 'code_exception',
  status: 'new',
  integration: 'portal-netsuite-orders',
  system: 'netsuite',
  sampleMessage: 'Invalid tax code reference key 7',
  release: '2.4.0',
  failuresInWindow: () => 1,
  oldestFailingSince: minutesAgo(5),
  firstSeenAt: minutesAgo(5),
  resolvedAt: null,
  resolvedReason: null,
  ...over,
});
const known = (over: Partial<KnownIssue> = {}): KnownIssue => ({
  id: 'KI-1',
  title: 'tax codes',
  expiresAt: '2026-12-01T00:00:00Z',
  match: {},
  ...over,
});

describe('notifyDecision', () => {
  it.each<[string, Partial<NoiseFacts>, boolean, string]>([
    ['a defect notifies on its first failure', {}, true, '1 failure within 60 min (threshold 1)'],
    [
      'a defect with no failure in the window waits',
      { failuresInWindow: () => 0 },
      false,
      'waiting for 1 failures within 60 min (0 so far)',
    ],
    [
      'bad data waits for five failures in an hour',
      { classification: 'bad_source_data', failuresInWindow: () => 4 },
      false,
      'waiting for 5 failures within 60 min (4 so far) or a record failing for 1440 min',
    ],
    [
      'bad data at five',
      { classification: 'bad_source_data', failuresInWindow: () => 5 },
      true,
      '5 failures within 60 min (threshold 5)',
    ],
    [
      'bad data failing for a day',
      { classification: 'bad_source_data', oldestFailingSince: minutesAgo(24 * 60) },
      true,
      'a record has been failing for 1440 min (threshold 1440)',
    ],
    [
      'bad data failing for an hour',
      { classification: 'bad_source_data', oldestFailingSince: minutesAgo(60) },
      false,
      'waiting for 5 failures within 60 min (1 so far) or a record failing for 1440 min',
    ],
    [
      'bad data with no record still failing',
      { classification: 'bad_source_data', oldestFailingSince: null },
      false,
      'waiting for 5 failures within 60 min (1 so far) or a record failing for 1440 min',
    ],
    [
      'process change uses the configured threshold and window',
      { classification: 'process_change', failuresInWindow: (w) => (w === 30 ? 2 : 0) },
      true,
      '2 failures within 30 min (threshold 2)',
    ],
    [
      'process change below it',
      { classification: 'process_change' },
      false,
      'waiting for 2 failures within 30 min (1 so far)',
    ],
    [
      'needs triage notifies support at once',
      { classification: 'needs_triage' },
      true,
      '1 failure within 60 min (threshold 1)',
    ],
    [
      'a silent integration notifies with no failure to count',
      { category: 'integration_silent', failuresInWindow: () => 0, oldestFailingSince: null },
      true,
      'the integration stopped sending events for longer than expected',
    ],
  ])('%s', (_name, over, notify, reason) => {
    expect(notifyDecision(settings, [], facts(over), now)).toEqual({ notify, reason });
  });

  it.each<[string, number, boolean]>([
    ['process change by default waits for three failures', 2, false],
    ['process change by default notifies at three', 3, true],
  ])('%s', (_name, failures, notify) => {
    expect(
      notifyDecision(
        { thresholds: {}, transientGraceMinutes: 10 },
        [],
        facts({ classification: 'process_change', failuresInWindow: () => failures }),
        now,
      ).notify,
    ).toBe(notify);
  });

  it('asks for failures over the window of the class threshold', () => {
    const windows: number[] = [];
    notifyDecision(
      { thresholds: {}, transientGraceMinutes: 10 },
      [],
      facts({ classification: 'bad_source_data', failuresInWindow: (w) => (windows.push(w), 0) }),
      now,
    );
    expect(windows).toEqual([DEFAULT_THRESHOLDS.bad_source_data.windowMinutes]);
  });

  it('a known issue holds the notification, names itself, and wins over a met threshold', () => {
    const decision = notifyDecision(
      settings,
      [known({ match: { messageRegex: 'TAX CODE' } })],
      facts({ failuresInWindow: () => 100 }),
      now,
    );
    expect(decision).toEqual({
      notify: false,
      reason: 'matches known issue KI-1 (tax codes) until 2026-12-01T00:00:00Z',
      knownIssue: expect.objectContaining({ id: 'KI-1' }),
    });
  });

  it('an expired known issue no longer holds anything back', () => {
    expect(notifyDecision(settings, [known({ expiresAt: '2026-11-24T09:00:00Z' })], facts(), now)).toEqual({
      notify: true,
      reason: '1 failure within 60 min (threshold 1)',
    });
  });
});

describe('matchingKnownIssue', () => {
  it.each<[string, KnownIssue, boolean]>([
    [
      'all conditions met, strings in any case',
      known({
        release: '2.4.0',
        match: {
          integration: 'PORTAL-netsuite-orders',
          system: 'NetSuite',
          classification: 'defect',
          category: 'code_exception',
          messageRegex: 'TAX code',
        },
      }),
      true,
    ],
    ['an empty match matches everything', known(), true],
    ['expired', known({ expiresAt: '2026-11-24T09:59:59Z' }), false],
    ['expiring this very instant', known({ expiresAt: now.toISOString() }), false],
    ['an unparsable expiry counts as expired', known({ expiresAt: 'next tuesday' }), false],
    ['another release', known({ release: '2.5.0' }), false],
    ['another integration', known({ match: { integration: 'warehouse' } }), false],
    ['another system', known({ match: { system: 'sap' } }), false],
    ['another class', known({ match: { classification: 'bad_source_data' } }), false],
    ['another category', known({ match: { category: 'timeout' } }), false],
    ['regex that does not match', known({ match: { messageRegex: '^timeout' } }), false],
    [
      'regex anchored on the message',
      known({ match: { messageRegex: '^invalid tax code reference key \\d+$' } }),
      true,
    ],
    ['broken regex never matches', known({ match: { messageRegex: '(' } }), false],
    [
      'a lookahead saved before patterns were checked never matches',
      known({ match: { messageRegex: 'tax(?= code)' } }),
      false,
    ],
  ])('%s', (_name, candidate, matches) => {
    expect(matchingKnownIssue([candidate], facts(), now)).toBe(matches ? candidate : undefined);
  });

  it.each<[string, Partial<NoiseFacts>, KnownIssue]>([
    ['a system condition against an issue with no system', { system: null }, known({ match: { system: 'netsuite' } })],
    ['a release condition against an issue with no release', { release: null }, known({ release: '2.4.0' })],
  ])('%s does not match', (_name, over, candidate) => {
    expect(matchingKnownIssue([candidate], facts(over), now)).toBeUndefined();
  });

  it('checks a catastrophic-backtracking pattern against a long sample message at once', () => {
    const hostile = known({ match: { messageRegex: '(a+)+$' } });
    const start = performance.now();
    expect(matchingKnownIssue([hostile], facts({ sampleMessage: 'a'.repeat(8_000) + '!' }), now)).toBeUndefined();
    // V8's backtracking engine would need 2^8000 steps; RE2 needs one pass (generous bound for a loaded CI)
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('the first matching entry wins; a broken pattern does not stop the others', () => {
    const broken = known({ id: 'KI-0', match: { messageRegex: '[' } });
    const first = known({ id: 'KI-1' });
    const second = known({ id: 'KI-2' });
    expect(matchingKnownIssue([broken, first, second], facts(), now)?.id).toBe('KI-1');
  });
});

describe('isTransientNoise', () => {
  const resolvedAfter = (minutes: number, category: Category = 'timeout'): Partial<NoiseFacts> => ({
    category,
    status: 'resolved',
    firstSeenAt: minutesAgo(30),
    resolvedAt: minutesAgo(30 - minutes),
  });
  it.each<[string, Partial<NoiseFacts>, boolean]>([
    ['a timeout the retry cleared in 3 min', resolvedAfter(3), true],
    ['cleared exactly at the grace period', resolvedAfter(10), true],
    [
      'cleared a second after it',
      { ...resolvedAfter(10), resolvedAt: new Date(minutesAgo(20).getTime() + 1000) },
      false,
    ],
    ['a throttle cleared after 20 min is news', resolvedAfter(20, 'rate_limited'), false],
    ['a throttle cleared fast', resolvedAfter(1, 'rate_limited'), true],
    ['a 5xx cleared fast', resolvedAfter(1, 'upstream_5xx'), true],
    ['a lock cleared fast', resolvedAfter(1, 'concurrency'), true],
    ['a timeout still failing', { category: 'timeout' }, false],
    ['a timeout that came back', { ...resolvedAfter(2), status: 'regressed' }, false],
    ['resolved without a resolution time', { ...resolvedAfter(2), resolvedAt: null }, false],
    ['bad data fixed fast is not transient', resolvedAfter(4, 'value_format'), false],
  ])('%s', (_name, over, transient) => {
    expect(isTransientNoise(settings, facts(over), now)).toBe(transient);
  });
});

describe('stateChangeKey', () => {
  it('differs for every state change and repeats for the same state', () => {
    const keys = [
      stateChangeKey('i', 'new', 'defect', 'eng'),
      stateChangeKey('i', 'regressed', 'defect', 'eng'),
      stateChangeKey('i', 'new', 'process_change', 'eng'),
      stateChangeKey('i', 'new', 'defect', 'support'),
      stateChangeKey('j', 'new', 'defect', 'eng'),
    ];
    expect(new Set(keys).size).toBe(5);
    expect(stateChangeKey('i', 'new', 'defect', 'eng')).toBe(keys[0]);
  });
});

describe('escalationStateKey', () => {
  const issue = { id: 'i', status: 'regressed', regressions: 1, classification: 'defect', ownerTeam: 'eng' };
  it.each<[string, Partial<typeof issue>]>([
    ['another regression', { regressions: 2 }],
    ['another status', { status: 'new' }],
    ['another class', { classification: 'process_change' }],
    ['another owner', { ownerTeam: 'support' }],
    ['another issue', { id: 'j' }],
  ])('changes with %s', (_name, change) => {
    expect(escalationStateKey({ ...issue, ...change })).not.toBe(escalationStateKey(issue));
  });

  it('is the state change key with the regression count beside the status', () => {
    expect(escalationStateKey(issue)).toBe('i:regressed.1:defect:eng');
    expect(escalationStateKey({ ...issue, regressions: '1' })).toBe(escalationStateKey(issue));
  });
});

describe('noiseDecision', () => {
  const markers = [{ version: '3.2.0', deployedAt: minutesAgo(120) }];
  const ki31 = known({
    id: 'KI-31',
    title: 'after 3.2.0',
    release: '3.2.0',
    match: { integration: 'portal-netsuite-orders' },
  });
  it.each<[string, Partial<NoiseFacts>, KnownIssue[], number | undefined, Partial<ReturnType<typeof noiseDecision>>]>([
    ['a defect notifies', {}, [], undefined, { notify: true }],
    [
      'a throttle waits out its grace from its first failure',
      { category: 'rate_limited', firstSeenAt: minutesAgo(3) },
      [],
      undefined,
      { notify: false, code: 'waiting_for_retry', recheckAt: new Date(minutesAgo(3).getTime() + 10 * 60_000) },
    ],
    [
      'a throttle past its grace notifies',
      { category: 'rate_limited', firstSeenAt: minutesAgo(30) },
      [],
      undefined,
      { notify: true },
    ],
    [
      'a recurrence gets its own grace, from the failure that reopened it',
      { category: 'timeout', firstSeenAt: minutesAgo(600), reopenedAt: minutesAgo(2) },
      [],
      undefined,
      { notify: false, code: 'waiting_for_retry', recheckAt: new Date(minutesAgo(2).getTime() + 10 * 60_000) },
    ],
    [
      'a recurrence past its own grace notifies',
      { category: 'timeout', firstSeenAt: minutesAgo(600), reopenedAt: minutesAgo(11) },
      [],
      undefined,
      { notify: true },
    ],
    [
      'a known issue holds it until it expires',
      {},
      [known({ id: 'KI-9' })],
      undefined,
      {
        notify: false,
        code: 'known_issue',
        recheckAt: new Date('2026-12-01T00:00:00Z'),
        reason: 'known issue KI-9 (tax codes) until 2026-12-01T00:00:00Z',
      },
    ],
    [
      'a release matched by the deploy marker in place when the issue began',
      { release: null, releaseMarkers: markers, firstSeenAt: minutesAgo(30) },
      [ki31],
      undefined,
      { notify: false, code: 'known_issue' },
    ],
    [
      'not when the issue began before that deploy',
      { release: null, releaseMarkers: markers, firstSeenAt: minutesAgo(180) },
      [ki31],
      undefined,
      { notify: true },
    ],
    [
      'a recurrence after the deploy of an issue older than it',
      { release: null, releaseMarkers: markers, firstSeenAt: minutesAgo(180), reopenedAt: minutesAgo(5) },
      [ki31],
      undefined,
      { notify: false, code: 'known_issue' },
    ],
    [
      "or by the event's own release field",
      { release: '3.2.0', releaseMarkers: [] },
      [ki31],
      undefined,
      { notify: false, code: 'known_issue' },
    ],
    [
      'another version matches neither',
      { release: '3.1.9', releaseMarkers: [{ version: '3.1.9', deployedAt: minutesAgo(120) }] },
      [ki31],
      undefined,
      { notify: true },
    ],
    [
      'within maxRecords it stays quiet',
      { distinctRecords: 2 },
      [known({ maxRecords: 2 })],
      undefined,
      { notify: false, code: 'known_issue' },
    ],
    [
      'past maxRecords it pages',
      { distinctRecords: 3 },
      [known({ maxRecords: 2 })],
      undefined,
      { notify: true, reason: 'known issue KI-1 covers up to 2 records; this issue affects 3' },
    ],
    ["maxRecords defaults to the policy's pageAtRecords", { distinctRecords: 41 }, [known()], 40, { notify: true }],
    [
      'no maxRecords and no policy default: no cap',
      { distinctRecords: 5000 },
      [known()],
      undefined,
      { notify: false, code: 'known_issue' },
    ],
    [
      'below threshold, with a re-check when a record will have failed long enough',
      { classification: 'bad_source_data', failuresInWindow: () => 1, oldestFailingSince: minutesAgo(60) },
      [],
      undefined,
      {
        notify: false,
        code: 'below_threshold',
        recheckAt: new Date(minutesAgo(60).getTime() + 24 * 60 * 60_000 + 1000),
      },
    ],
    [
      'below threshold with nothing to wait for',
      { classification: 'process_change' },
      [],
      undefined,
      { notify: false, code: 'below_threshold', recheckAt: null },
    ],
  ])('%s', (_name, over, knownIssues, policyMax, expected) => {
    expect(noiseDecision(settings, knownIssues, facts(over), now, policyMax)).toMatchObject(expected);
  });

  it('says below threshold in words', () => {
    const decision = noiseDecision(settings, [], facts({ classification: 'process_change' }), now);
    expect(decision.reason).toBe('below threshold: waiting for 2 failures within 30 min (1 so far)');
  });
});

describe('recurrenceStart and graceEndsAt', () => {
  it.each<[string, Partial<NoiseFacts>, Date, Date | null]>([
    ['first occurrence', { category: 'timeout', firstSeenAt: minutesAgo(5) }, minutesAgo(5), minutesAgo(-5)],
    [
      'reopened later',
      { category: 'timeout', firstSeenAt: minutesAgo(50), reopenedAt: minutesAgo(1) },
      minutesAgo(1),
      minutesAgo(-9),
    ],
    [
      'a reopening dated before the first failure (late event) is ignored',
      { category: 'timeout', firstSeenAt: minutesAgo(5), reopenedAt: minutesAgo(9) },
      minutesAgo(5),
      minutesAgo(-5),
    ],
    ['not transient: no grace', { category: 'code_exception', firstSeenAt: minutesAgo(5) }, minutesAgo(5), null],
  ])('%s', (_name, over, start, graceEnd) => {
    expect(recurrenceStart(facts(over))).toEqual(start);
    expect(graceEndsAt(settings, facts(over))).toEqual(graceEnd);
  });
});
