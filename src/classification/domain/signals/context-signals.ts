import type { Category, ClassifiableEvent, ClassificationContext, ReleaseMarker } from '../classification.types';
import { TRANSIENT_CATEGORIES } from '../categories';
import { conceptsOf } from '../model/concepts';
import { wordsOf } from '../model/features';
import { only, type Evidence } from './evidence';
import { outcomeUnknown, saysAlreadyExists } from './message-signals';

const HOUR = 3600_000;
/** a release this close before the first failure is a suspect */
const RELEASE_SUSPECT_MS = 48 * HOUR;
const CHANGE_SUSPECT_MS = 7 * 24 * HOUR;

/** The failing value keyed by its field's own name (the last step of a path), as privacy masking names fields. */
const quoteOf = (field: { field?: string; value?: string }): Record<string, string> | undefined =>
  field.field && field.value !== undefined ? { [field.field.split('.').pop()!]: field.value } : undefined;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const ago = (ms: number): string =>
  ms < HOUR ? `${Math.max(1, Math.round(ms / 60_000))} min` : `${Math.round(ms / HOUR)} h`;

/**
 * The evidence beyond the message: how the failure spreads over records, what happened just before
 * it started, and whether the failing value is new. Each function answers from the context alone.
 */
export function contextEvidence(
  event: ClassifiableEvent,
  context: ClassificationContext,
  category: Category,
  messageFeatures: readonly string[] = [],
): Evidence[] {
  const evidence: Evidence[] = [];
  const firstSeen = new Date(context.history?.firstSeenAt ?? event.occurredAt).getTime();
  const change = suspectChange(event, context, firstSeen);
  for (const signal of [
    releaseTiming(event, context, firstSeen),
    constantValueAfterRelease(event, context, firstSeen, change !== undefined),
    change,
    valueNovelty(context, change !== undefined, messageFeatures),
    spread(context),
    oneRecordRepeating(context),
    resentAfterUnknownOutcome(event, context, category),
    recovered(context, category),
  ]) {
    if (signal) evidence.push(signal);
  }
  return evidence;
}

function suspectRelease(event: ClassifiableEvent, context: ClassificationContext, firstSeen: number) {
  const target = event.target?.system;
  return (context.releases ?? []).find((release) => {
    const at = new Date(release.deployedAt).getTime();
    const ours = release.integration
      ? release.integration === event.integration
      : !release.system || release.system === target || release.system === event.source.system;
    return ours && at <= firstSeen && firstSeen - at <= RELEASE_SUSPECT_MS;
  });
}

function releaseTiming(
  event: ClassifiableEvent,
  context: ClassificationContext,
  firstSeen: number,
): Evidence | undefined {
  const release = suspectRelease(event, context, firstSeen);
  if (!release) return undefined;
  // a signature that also failed before the release is older than it
  if ((context.failuresBeforeLatestRelease ?? 0) > 0) return undefined;
  const records = context.history?.distinctRecords ?? 1;
  const before = context.successesBefore ?? 0;
  // one record after a release is a hint; many records on a signature the release introduced is the pattern
  const spreadOut = records >= 3;
  let weight = spreadOut ? 2.5 : 0.8;
  if (before >= 5) weight += spreadOut ? 0.8 : 0.4;
  const gap = firstSeen - new Date(release.deployedAt).getTime();
  return {
    signal: 'release_timing',
    detail:
      releaseMoment(release, gap) +
      (before > 0 ? `; ${plural(before, 'sync')} succeeded in the day before` : '') +
      `; ${plural(records, 'record')} failing since, none before it: a likely regression`,
    weight,
    votes: only('defect'),
  };
}

/** When the failures began relative to the release; one read off the events says so, as no one declared it. */
function releaseMoment(release: ReleaseMarker, gap: number): string {
  const of = `release ${release.version} of ${release.integration ?? release.system ?? 'the integration'}`;
  if (release.seenOn !== 'events') return `first seen ${ago(gap)} after ${of}`;
  const previous = release.previous ? `after ${release.previous}; ` : '';
  return `first seen ${gap < 60_000 ? 'as' : `${ago(gap)} after`} ${of} reached its events (${previous}read off the events' release: no deploy marker was posted)`;
}

function constantValueAfterRelease(
  event: ClassifiableEvent,
  context: ClassificationContext,
  firstSeen: number,
  businessChanged: boolean,
): Evidence | undefined {
  const history = context.history;
  if (!history || history.distinctRecords < 5 || businessChanged) return undefined;
  const constant =
    history.distinctMessages === 1 ||
    (context.failingField?.distinctFailingValues === 1 && context.failingField.value !== undefined);
  if (!constant) return undefined;
  const release = suspectRelease(event, context, firstSeen);
  return {
    signal: 'constant_value',
    detail:
      `all ${history.distinctRecords} different records fail on the same value` +
      (release
        ? ` since release ${release.version}: the integration sends a constant, a mapping bug`
        : ': the integration, not each record, supplies it'),
    weight: release ? 1.8 : 0.8,
    votes: only('defect'),
  };
}

function suspectChange(
  event: ClassifiableEvent,
  context: ClassificationContext,
  firstSeen: number,
): Evidence | undefined {
  const entities = [event.source.entity, event.target?.entity].filter(Boolean).map((e) => e!.toLowerCase());
  const field = context.failingField;
  let best: { weight: number; detail: string; quotes?: Record<string, string> } | undefined;
  for (const change of context.changes ?? []) {
    const at = new Date(change.changedAt).getTime();
    if (at > firstSeen || firstSeen - at > CHANGE_SUSPECT_MS) continue;
    if (change.integration && change.integration !== event.integration) continue;
    let weight = 1.5;
    const why: string[] = [];
    if (change.entity && entities.includes(change.entity.toLowerCase())) {
      weight += 0.8;
      why.push(`on ${change.entity}`);
    }
    const description = change.description.toLowerCase();
    let quotes: Record<string, string> | undefined;
    if (field?.value && description.includes(field.value.toLowerCase())) {
      weight += 2;
      why.push(`naming the failing value '${field.value}'`);
      quotes = quoteOf(field);
    } else if (field?.field && description.includes(field.field.toLowerCase())) {
      weight += 1;
      why.push(`naming the field ${field.field}`);
    }
    if (!best || weight > best.weight) {
      best = {
        weight,
        detail:
          `business change on ${change.system} ${ago(firstSeen - at)} before the first failure ${why.join(', ')}: "${change.description}"`.replace(
            '  ',
            ' ',
          ),
        quotes,
      };
    }
  }
  return (
    best && {
      signal: 'business_change',
      detail: best.detail,
      weight: best.weight,
      votes: only('process_change'),
      ...(best.quotes ? { quotes: best.quotes } : {}),
    }
  );
}

/**
 * What the failing value names, by the labelling policy's split (LABELING.md, rows 3 to 5): a master record (an
 * item, a customer, a vendor), which the data owner creates or corrects, or a configuration object (a tax code, a
 * location, a ship method), which an admin sets up. Read off the field's name first ("itemNo", "customer_id"),
 * then the message's own words; undefined when neither names one kind alone.
 */
export function kindOfFailingValue(
  field: string | undefined,
  messageFeatures: readonly string[],
): 'master_data' | 'configuration' | undefined {
  const kindIn = (concepts: readonly string[]) => {
    const master = concepts.includes('c:master_data');
    const configuration = concepts.includes('c:configuration');
    return master === configuration ? undefined : master ? 'master_data' : 'configuration';
  };
  if (field) {
    const named = conceptsOf(wordsOf(field));
    if (named.includes('c:master_data') || named.includes('c:configuration')) return kindIn(named);
  }
  return kindIn(messageFeatures);
}

function valueNovelty(
  context: ClassificationContext,
  businessChanged: boolean,
  messageFeatures: readonly string[],
): Evidence | undefined {
  const field = context.failingField;
  if (!field?.value || field.successesWithField < 5) return undefined;
  const seen = field.valuesInSuccesses.some((value) => value.toLowerCase() === field.value!.toLowerCase());
  if (seen) return undefined;
  const records = context.history?.distinctRecords ?? 1;
  const novel = `${field.field} = '${field.value}' on ${plural(records, 'record')}; none of ${field.successesWithField} successful syncs had it`;
  if (records >= 3 && kindOfFailingValue(field.field, messageFeatures) === 'master_data') {
    // a new option or status needs someone to set it up; a new item or customer needs its record created in the
    // target (or the records pointed at one that exists): the data owner's work, whoever started using it
    return {
      signal: 'value_novelty',
      detail: `${novel}: a master record the target does not have yet, to be created there or corrected at the source`,
      weight: 1.6,
      votes: only('bad_source_data'),
      quotes: quoteOf(field),
    };
  }
  if (records >= 3 || businessChanged) {
    return {
      signal: 'value_novelty',
      detail: `${novel}: a new value the business started using`,
      weight: 1.6,
      votes: only('process_change'),
      quotes: quoteOf(field),
    };
  }
  return {
    signal: 'value_novelty',
    detail: `${field.field} = '${field.value}' appears in no successful sync and on one record only: likely a typo at the source`,
    weight: 0.6,
    votes: only('bad_source_data'),
    quotes: quoteOf(field),
  };
}

function spread(context: ClassificationContext): Evidence | undefined {
  const history = context.history;
  if (!history || history.distinctRecords < 5 || history.distinctRecords < 0.5 * history.occurrences) return undefined;
  return {
    signal: 'spread',
    detail: `${history.distinctRecords} different records fail the same way: systematic, not one bad record`,
    weight: Math.min(1.5, 0.5 + Math.log10(history.distinctRecords)),
    votes: { defect: 0.5, process_change: 0.5 },
  };
}

function oneRecordRepeating(context: ClassificationContext): Evidence | undefined {
  const history = context.history;
  if (!history || history.distinctRecords > 2 || history.maxFailuresPerRecord < 3) return undefined;
  const neighbours = (context.successesBefore ?? 0) + (context.successesSince ?? 0);
  if (neighbours < 10) return undefined;
  return {
    signal: 'one_record_repeating',
    detail: `${plural(history.distinctRecords, 'record')} failed ${plural(history.occurrences, 'time')} while ${neighbours} other syncs of the integration succeeded: the record, not the integration`,
    weight: 2.2,
    votes: only('bad_source_data'),
  };
}

/**
 * LABELING.md, row 6: "a retried or re-sent create gives the same text". When the same record's previous attempt
 * timed out or failed inside the target, the first write most likely went through unseen, and the retry collides
 * with it: the integration's to fix (check before creating, or write idempotently), not the record's.
 */
function resentAfterUnknownOutcome(
  event: ClassifiableEvent,
  context: ClassificationContext,
  category: Category,
): Evidence | undefined {
  if (category !== 'duplicate_record' && !saysAlreadyExists(event)) return undefined;
  const earlier = context.recordEarlierFailures?.find(outcomeUnknown);
  if (!earlier) return undefined;
  const gap = new Date(event.occurredAt).getTime() - new Date(earlier.occurredAt).getTime();
  const what = earlier.httpStatus
    ? `HTTP ${earlier.httpStatus}`
    : `"${(earlier.message ?? earlier.code ?? '').slice(0, 80)}"`;
  return {
    signal: 'resent_after_unknown_outcome',
    detail: `${event.source.entity} ${event.source.id} failed ${ago(gap)} earlier with ${what}, and now already exists: the first attempt most likely reached the target, and the integration sent it again`,
    // as strong as a release followed by many records: the message reads like data, and is the integration's own write
    weight: 3,
    votes: only('defect'),
  };
}

function recovered(context: ClassificationContext, category: Category): Evidence | undefined {
  const history = context.history;
  if (!history || history.recordsRecovered === 0 || TRANSIENT_CATEGORIES.has(category)) return undefined;
  return {
    signal: 'recovered_after_fix',
    detail: `${plural(history.recordsRecovered, 'record')} synced successfully later: the data was fixed at the source`,
    weight: 1.0,
    votes: only('bad_source_data'),
  };
}
