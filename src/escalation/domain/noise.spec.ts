import { describe, expect, it } from 'vitest';
import type { KnownIssue, NoiseSettings } from './escalation.types';
import { isTransientNoise, matchingKnownIssue, notifyDecision, stateChangeKey, type NoiseFacts } from './noise';

const now = new Date('2026-11-24T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const settings: NoiseSettings = { thresholds: { process_change: { minFailures: 2, windowMinutes: 30 } }, transientGraceMinutes: 10 };
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
const known = (over: Partial<KnownIssue> = {}): KnownIssue => ({ id: 'KI-1', title: 'tax codes', expiresAt: '2026-12-01T00:00:00Z', match: {}, ...over });

describe('notifyDecision', () => {
  it.each<[string, Partial<NoiseFacts>, boolean]>([
    ['a defect notifies on its first failure', {}, true],
    ['bad data waits for five failures in an hour', { classification: 'bad_source_data', failuresInWindow: () => 4 }, false],
    ['bad data at five', { classification: 'bad_source_data', failuresInWindow: () => 5 }, true],
    ['bad data failing for a day', { classification: 'bad_source_data', failuresInWindow: () => 1, oldestFailingSince: minutesAgo(24 * 60) }, true],
    ['bad data failing for an hour', { classification: 'bad_source_data', failuresInWindow: () => 1, oldestFailingSince: minutesAgo(60) }, false],
    ['process change uses the configured threshold', { classification: 'process_change', failuresInWindow: (w) => (w === 30 ? 2 : 0) }, true],
    ['process change below it', { classification: 'process_change', failuresInWindow: () => 1 }, false],
    ['needs triage notifies support at once', { classification: 'needs_triage' }, true],
  ])('%s', (_name, over, notify) => {
    expect(notifyDecision(settings, [], facts(over), now).notify).toBe(notify);
  });

  it('says what it waits for', () => {
    expect(notifyDecision(settings, [], facts({ classification: 'bad_source_data', failuresInWindow: () => 2 }), now).reason).toBe(
      'waiting for 5 failures within 60 min (2 so far) or a record failing for 1440 min',
    );
  });

  it('a known issue holds the notification and names itself', () => {
    const decision = notifyDecision(settings, [known({ match: { messageRegex: 'TAX CODE' } })], facts(), now);
    expect(decision).toMatchObject({ notify: false, knownIssue: { id: 'KI-1' } });
  });
});

describe('matchingKnownIssue', () => {
  it.each<[string, KnownIssue, boolean]>([
    ['all conditions met', known({ release: '2.4.0', match: { integration: 'PORTAL-netsuite-orders', system: 'netsuite', classification: 'defect', messageRegex: 'tax code' } }), true],
    ['expired', known({ expiresAt: '2026-11-24T09:59:59Z' }), false],
    ['another release', known({ release: '2.5.0' }), false],
    ['another integration', known({ match: { integration: 'warehouse' } }), false],
    ['another class', known({ match: { classification: 'bad_source_data' } }), false],
    ['regex that does not match', known({ match: { messageRegex: '^timeout' } }), false],
    ['broken regex never matches', known({ match: { messageRegex: '(' } }), false],
  ])('%s', (_name, candidate, matches) => {
    expect(matchingKnownIssue([candidate], facts(), now) !== undefined).toBe(matches);
  });
});

describe('isTransientNoise', () => {
  it.each<[string, Partial<NoiseFacts>, boolean]>([
    ['a timeout the retry cleared in 3 min', { category: 'timeout', status: 'resolved', resolvedAt: minutesAgo(2) }, true],
    ['a throttle cleared after 20 min is news', { category: 'rate_limited', status: 'resolved', firstSeenAt: minutesAgo(25), resolvedAt: minutesAgo(5) }, false],
    ['a timeout still failing', { category: 'timeout' }, false],
    ['bad data fixed fast is not transient', { category: 'value_format', status: 'resolved', resolvedAt: minutesAgo(4) }, false],
  ])('%s', (_name, over, transient) => {
    expect(isTransientNoise(settings, facts(over), now)).toBe(transient);
  });
});

describe('stateChangeKey', () => {
  it('differs for every state change and repeats for the same state', () => {
    const keys = [stateChangeKey('i', 'new', 'defect', 'eng'), stateChangeKey('i', 'regressed', 'defect', 'eng'), stateChangeKey('i', 'new', 'process_change', 'eng'), stateChangeKey('i', 'new', 'defect', 'support')];
    expect(new Set(keys).size).toBe(4);
    expect(stateChangeKey('i', 'new', 'defect', 'eng')).toBe(keys[0]);
  });
});
