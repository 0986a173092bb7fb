import { describe, expect, it } from 'vitest';
import type { Category, Classification } from '../../core/classification.types';
import {
  applyFailures,
  autoResolve,
  tallyFailures,
  type BatchFailure,
  type FailureBatch,
  type IssueState,
  type LinkChange,
  type RecordState,
  type RouteReason,
  type Verdict,
} from './failure-outcome';
import type { IssueStatus } from './issue-lifecycle';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute));
const NOW = new Date(Date.UTC(2026, 10, 30, 12, 0));

const issue = (overrides: Partial<IssueState> = {}): IssueState => ({
  id: 'issue-1',
  status: 'new',
  regressions: 0,
  resolvedAt: null,
  resolvedReason: null,
  acknowledgedAt: null,
  occurrences: 3,
  distinctRecords: 2,
  failingRecords: 2,
  firstSeenAt: at(2),
  lastSeenAt: at(10),
  lastRelease: '1.0',
  title: 'title at 10',
  normalisedMessage: 'message at 10',
  classification: 'defect',
  category: 'mapping_error',
  confidence: 0.8,
  reasons: [],
  candidates: null,
  ownerTeam: 'integrations',
  pendingRoute: null,
  ...overrides,
});

/** The issue lockOrOpen inserts for a batch's first failure, before anything is counted on it. */
const placeholder = (): IssueState =>
  issue({
    status: 'new',
    occurrences: 0,
    distinctRecords: 0,
    failingRecords: 0,
    firstSeenAt: at(11),
    lastSeenAt: at(11),
    lastRelease: null,
    classification: 'needs_triage',
    category: 'unknown',
    confidence: 0,
    ownerTeam: 'support',
  });

const failure = (record: string, minute: number, release: string | null = null): BatchFailure => ({
  event: { eventId: `evt-${record}-${minute}`, source: { system: 'shop', entity: 'order', id: record } },
  facts: {
    fingerprint: 'fp-1',
    occurredAt: at(minute),
    release,
    title: `title at ${minute}`,
    normalisedMessage: `message at ${minute}`,
  },
});

const link = (of: BatchFailure, before: RecordState | null, after: RecordState): LinkChange => ({
  facts: of.facts,
  before,
  after,
});

/** One failure on record A at 11:00 (after the issue's last one), its link going from `before` to `after`. */
const batch = (before: RecordState | null, after: RecordState, opened = false): FailureBatch => {
  const only = failure('A', 11);
  return { opened, failures: [only], links: [link(only, before, after)] };
};

const verdict = (of: IssueState, change: Partial<Verdict> = {}): Verdict => ({
  classification: of.classification,
  category: of.category,
  confidence: of.confidence,
  reasons: of.reasons,
  candidates: of.candidates,
  ownerTeam: of.ownerTeam,
  ...change,
});

describe('tallyFailures', () => {
  it.each<[string, RecordState | null, RecordState, number, number]>([
    ['a record never seen on the issue is one more distinct and failing record', null, 'failing', 3, 3],
    ['a record still failing counts no more records', 'failing', 'failing', 2, 2],
    ['a record that had recovered and fails again is failing again', 'recovered', 'failing', 2, 3],
    ['a failing record with a later success already stored recovers', 'failing', 'recovered', 2, 1],
    ['a new record with a later success already stored is distinct but not failing', null, 'recovered', 3, 2],
  ])('%s', (_case, before, after, distinctRecords, failingRecords) => {
    const { failures, links } = batch(before, after);
    expect(tallyFailures(issue(), failures, links)).toMatchObject({ occurrences: 4, distinctRecords, failingRecords });
  });

  it.each<[string, number[], Partial<IssueState>]>([
    [
      'a batch after the last failure moves the last seen time and takes the latest failure’s words',
      [11, 12],
      { firstSeenAt: at(2), lastSeenAt: at(12), title: 'title at 12', normalisedMessage: 'message at 12' },
    ],
    [
      'a failure at the very time of the last one takes its words too',
      [10],
      { lastSeenAt: at(10), title: 'title at 10', normalisedMessage: 'message at 10' },
    ],
    [
      'late failures, older than the last one, keep the issue’s name and last seen time',
      [5, 6],
      {
        firstSeenAt: at(2),
        lastSeenAt: at(10),
        title: 'its title',
        normalisedMessage: 'its message',
        lastRelease: '1.0',
      },
    ],
    [
      'a failure older than the first one moves the first seen time back',
      [1],
      { firstSeenAt: at(1), lastSeenAt: at(10) },
    ],
  ])('%s', (_case, minutes, expected) => {
    const failures = minutes.map((minute) => failure('A', minute));
    const counted = tallyFailures(issue({ title: 'its title', normalisedMessage: 'its message' }), failures, []);
    expect(counted).toMatchObject({ occurrences: 3 + minutes.length, ...expected });
  });

  it.each<[string, string | null, string | null]>([
    ['the latest failure’s release becomes the issue’s', '2.0', '2.0'],
    ['a latest failure without a release keeps the issue’s', null, '1.0'],
  ])('%s', (_case, release, expected) => {
    expect(tallyFailures(issue(), [failure('A', 11, release)], []).lastRelease).toBe(expected);
  });
});

describe('applyFailures', () => {
  it.each<
    [string, IssueState, FailureBatch, Partial<Verdict> | 'by a person', IssueStatus, string[], RouteReason | null]
  >([
    [
      'a new issue is opened, classified and routed',
      placeholder(),
      batch(null, 'failing', true),
      { classification: 'defect', category: 'mapping_error', ownerTeam: 'integrations' },
      'new',
      ['opened', 'classified'],
      'opened',
    ],
    [
      'a recurrence with the same verdict is counted, not told',
      issue(),
      batch('failing', 'failing'),
      {},
      'new',
      [],
      null,
    ],
    [
      'a failure on a resolved issue reopens it as a regression',
      issue({ status: 'resolved', resolvedAt: at(8), resolvedReason: 'fixed the mapping' }),
      batch('recovered', 'failing'),
      {},
      'regressed',
      ['regressed'],
      'regressed',
    ],
    [
      'a failure on an acknowledged issue leaves it acknowledged',
      issue({ status: 'acknowledged' }),
      batch('failing', 'failing'),
      {},
      'acknowledged',
      [],
      null,
    ],
    [
      'a regressed issue failing again is not routed again',
      issue({ status: 'regressed' }),
      batch('failing', 'failing'),
      {},
      'regressed',
      [],
      null,
    ],
    [
      'a new class is recorded and routed',
      issue(),
      batch('failing', 'failing'),
      { classification: 'process_change' },
      'new',
      ['classification_changed'],
      'reclassified',
    ],
    [
      'a new owner is recorded and routed',
      issue(),
      batch('failing', 'failing'),
      { ownerTeam: 'finance' },
      'new',
      ['rerouted'],
      'reclassified',
    ],
    [
      'a new class with a new owner records both',
      issue(),
      batch('failing', 'failing'),
      { classification: 'process_change', ownerTeam: 'finance' },
      'new',
      ['classification_changed', 'rerouted'],
      'reclassified',
    ],
    [
      'a category or confidence change alone is not a reclassification',
      issue(),
      batch('failing', 'failing'),
      { category: 'code_exception', confidence: 0.95 },
      'new',
      [],
      null,
    ],
    [
      'a class a person chose stands',
      issue({ classification: 'process_change' }),
      batch('failing', 'failing'),
      'by a person',
      'new',
      [],
      null,
    ],
    [
      'a regression with a new class is routed as the regression',
      issue({ status: 'resolved', resolvedAt: at(8), resolvedReason: 'fixed' }),
      batch('recovered', 'failing'),
      { classification: 'process_change' },
      'regressed',
      ['regressed', 'classification_changed'],
      'regressed',
    ],
    [
      'a failing record already synced since is recorded as recovered',
      issue(),
      batch('failing', 'recovered'),
      {},
      'new',
      ['record_recovered'],
      null,
    ],
    [
      'bad source data with no record left failing resolves itself',
      issue({ classification: 'bad_source_data', category: 'missing_required_value', failingRecords: 1 }),
      batch('failing', 'recovered'),
      {},
      'resolved',
      ['record_recovered', 'auto_resolved'],
      null,
    ],
    [
      'a transient failure the integration’s own retry got through resolves itself',
      issue({ category: 'timeout', failingRecords: 1 }),
      batch('failing', 'recovered'),
      {},
      'resolved',
      ['record_recovered', 'auto_resolved'],
      null,
    ],
    [
      'a defect stays open with every record recovered',
      issue({ failingRecords: 1 }),
      batch('failing', 'recovered'),
      {},
      'new',
      ['record_recovered'],
      null,
    ],
    [
      'bad source data stays open while another record fails',
      issue({ classification: 'bad_source_data', failingRecords: 2 }),
      batch('failing', 'recovered'),
      {},
      'new',
      ['record_recovered'],
      null,
    ],
    [
      'the new class decides whether the issue resolves itself',
      issue({ failingRecords: 1 }),
      batch('failing', 'recovered'),
      { classification: 'bad_source_data' },
      'resolved',
      ['classification_changed', 'record_recovered', 'auto_resolved'],
      'reclassified',
    ],
    [
      'a resolved issue whose failure was already synced since regresses and resolves again, untold',
      issue({ status: 'resolved', classification: 'bad_source_data', failingRecords: 0, resolvedReason: 'fixed' }),
      batch(null, 'recovered'),
      {},
      'resolved',
      ['regressed', 'record_recovered', 'auto_resolved'],
      null,
    ],
  ])('%s', (_case, before, failures, change, status, actions, route) => {
    const classified = change === 'by a person' ? undefined : verdict(before, change);
    const outcome = applyFailures(before, failures, classified, NOW);
    expect(outcome.issue.status).toBe(status);
    expect(outcome.audit.map((entry) => entry.action)).toEqual(actions);
    expect(outcome.route).toBe(route);
    expect(outcome.issue.pendingRoute).toBe(route);
    expect(outcome.audit.every((entry) => entry.issueId === 'issue-1' && entry.actor === 'system')).toBe(true);
  });

  it('stores the counts and the verdict on the issue', () => {
    const before = placeholder();
    const first = failure('A', 11);
    const second = failure('B', 12, '2.0');
    const classified = verdict(before, {
      classification: 'bad_source_data',
      category: 'missing_required_value',
      confidence: 0.7,
      candidates: ['bad_source_data', 'defect'],
      ownerTeam: 'shop-data',
    });
    const outcome = applyFailures(
      before,
      { opened: true, failures: [first, second], links: [link(first, null, 'failing'), link(second, null, 'failing')] },
      classified,
      NOW,
    );
    expect(outcome.issue).toEqual({
      ...classified,
      status: 'new',
      regressions: 0,
      resolvedAt: null,
      resolvedReason: null,
      acknowledgedAt: null,
      occurrences: 2,
      distinctRecords: 2,
      failingRecords: 2,
      firstSeenAt: at(11),
      lastSeenAt: at(12),
      lastRelease: '2.0',
      title: 'title at 12',
      normalisedMessage: 'message at 12',
      pendingRoute: 'opened',
    });
  });

  it('names the first failure and the verdict when it opens an issue', () => {
    const before = placeholder();
    const classified = verdict(before, { classification: 'defect', category: 'timeout', confidence: 0.9 });
    const { audit } = applyFailures(before, batch(null, 'failing', true), classified, NOW);
    expect(audit.map((entry) => entry.detail)).toEqual([
      { eventId: 'evt-A-11', fingerprint: 'fp-1' },
      { to: 'defect', category: 'timeout', confidence: 0.9, reasons: [] },
    ]);
  });

  it('records how a regressed issue had been resolved, and clears it and its acknowledgement', () => {
    const before = issue({
      status: 'resolved',
      regressions: 1,
      acknowledgedAt: at(5),
      resolvedAt: at(8),
      resolvedReason: 'fixed the mapping',
    });
    const outcome = applyFailures(before, batch('recovered', 'failing'), verdict(before), NOW);
    expect(outcome.audit[0].detail).toEqual({ eventId: 'evt-A-11', previouslyResolved: 'fixed the mapping' });
    expect(outcome.issue).toMatchObject({
      regressions: 2,
      resolvedAt: null,
      resolvedReason: null,
      acknowledgedAt: null,
    });
  });

  it('keeps the acknowledgement of an incident that is still open', () => {
    const before = issue({ status: 'acknowledged', acknowledgedAt: at(5) });
    const outcome = applyFailures(before, batch('failing', 'failing'), verdict(before), NOW);
    expect(outcome.issue).toMatchObject({ status: 'acknowledged', acknowledgedAt: at(5) });
  });

  it('records a change of class and owner from the old to the new', () => {
    const before = issue();
    const classified = verdict(before, {
      classification: 'process_change',
      category: 'period_locked',
      ownerTeam: 'finance',
    });
    const { audit } = applyFailures(before, batch('failing', 'failing'), classified, NOW);
    expect(audit.map((entry) => entry.detail)).toEqual([
      { from: 'defect', to: 'process_change', category: 'period_locked', confidence: 0.8, reasons: [] },
      { from: 'integrations', to: 'finance' },
    ]);
  });

  it('quotes, for each recovered record, the failure whose later success recovered it', () => {
    const early = failure('A', 11);
    const other = failure('B', 12);
    const late = failure('A', 13);
    const before = issue({ failingRecords: 5 });
    const { audit } = applyFailures(
      before,
      {
        opened: false,
        failures: [early, other, late],
        links: [link(late, 'failing', 'recovered'), link(other, null, 'recovered')],
      },
      verdict(before),
      NOW,
    );
    expect(audit.map((entry) => entry.detail)).toEqual([
      { record: late.event.source, eventId: 'evt-A-13', note: 'a later sync of this record succeeded' },
      { record: other.event.source, eventId: 'evt-B-12', note: 'a later sync of this record succeeded' },
    ]);
  });

  it('stamps an automatic resolve with the time it is given', () => {
    const before = issue({ category: 'rate_limited', failingRecords: 1 });
    const outcome = applyFailures(before, batch('failing', 'recovered'), verdict(before), NOW);
    expect(outcome.issue).toMatchObject({
      status: 'resolved',
      resolvedAt: NOW,
      resolvedReason: "transient: the integration's own retry succeeded",
    });
  });

  it('keeps a route still waiting for delivery when the batch decides none', () => {
    const before = issue({ pendingRoute: 'reclassified' });
    const outcome = applyFailures(before, batch('failing', 'failing'), verdict(before), NOW);
    expect(outcome.route).toBeNull();
    expect(outcome.issue.pendingRoute).toBe('reclassified');
  });

  it('leaves the issue it is given as it was', () => {
    const before = issue({ status: 'resolved', resolvedReason: 'fixed' });
    const copy = structuredClone(before);
    applyFailures(before, batch('failing', 'recovered'), verdict(before, { classification: 'bad_source_data' }), NOW);
    expect(before).toEqual(copy);
  });
});

describe('autoResolve', () => {
  it.each<[string, Classification, Category, number, IssueStatus, string | undefined]>([
    [
      'bad source data with every record recovered',
      'bad_source_data',
      'missing_required_value',
      0,
      'new',
      'every failing record later synced successfully',
    ],
    [
      'a timeout the retry got through',
      'defect',
      'timeout',
      0,
      'acknowledged',
      "transient: the integration's own retry succeeded",
    ],
    [
      'throttling is transient whatever its class',
      'process_change',
      'rate_limited',
      0,
      'regressed',
      "transient: the integration's own retry succeeded",
    ],
    [
      'transient bad source data resolves as transient',
      'bad_source_data',
      'concurrency',
      0,
      'new',
      "transient: the integration's own retry succeeded",
    ],
    ['not while a record still fails', 'bad_source_data', 'missing_required_value', 1, 'new', undefined],
    ['not a defect that is not transient', 'defect', 'mapping_error', 0, 'new', undefined],
    ['not an issue needing triage', 'needs_triage', 'unknown', 0, 'new', undefined],
    ['not an issue already resolved', 'bad_source_data', 'missing_required_value', 0, 'resolved', undefined],
  ])('%s', (_case, classification, category, failingRecords, status, reason) => {
    const resolved = autoResolve({ id: 'issue-1', classification, category, failingRecords, status }, NOW);
    expect(resolved).toEqual(
      reason && {
        changes: { status: 'resolved', resolvedAt: NOW, resolvedReason: reason },
        entry: { issueId: 'issue-1', actor: 'system', action: 'auto_resolved', detail: { reason } },
      },
    );
  });
});
