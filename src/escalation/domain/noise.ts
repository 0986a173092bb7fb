import { TRANSIENT_CATEGORIES as TRANSIENT } from '../../core/categories';
import type { Category, Classification } from '../../core/classification.types';
import { compileUserPattern } from '../../platform/text/user-pattern';
import type { KnownIssue, NoiseSettings, NotifyThreshold } from '../../core/seam-config.types';

const MINUTE = 60_000;

/** What noise control needs to know about an issue. */
export interface NoiseFacts {
  classification: Classification;
  category: Category;
  status: 'new' | 'acknowledged' | 'resolved' | 'regressed';
  integration: string;
  system: string | null;
  sampleMessage: string;
  release: string | null;
  /** failures of the issue within the last `windowMinutes` (the caller counts them) */
  failuresInWindow: (windowMinutes: number) => number;
  /** first failure of the longest-failing record still failing, null when none is */
  oldestFailingSince: Date | null;
  firstSeenAt: Date;
  /** when the failure that last reopened (regressed) the issue happened; null when it never reopened */
  reopenedAt?: Date | null;
  /** deploy markers of the issue's integration (or its systems), whatever their date */
  releaseMarkers?: ReadonlyArray<{ version: string; deployedAt: Date }>;
  /** records the issue affects */
  distinctRecords?: number;
  resolvedAt: Date | null;
  resolvedReason: string | null;
}

/** When an owner hears of an issue unless seam.yaml says otherwise: engineering at once, data owners once it is a pattern or old. */
export const DEFAULT_THRESHOLDS: Record<Classification, NotifyThreshold> = {
  defect: { minFailures: 1, windowMinutes: 60 },
  bad_source_data: { minFailures: 5, windowMinutes: 60, orFailingForMinutes: 24 * 60 },
  process_change: { minFailures: 3, windowMinutes: 60 },
  needs_triage: { minFailures: 1, windowMinutes: 60 },
};

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/**
 * The unexpired known issue this issue matches, if any. Every condition given must hold; an empty
 * match matches everything, which is what a blanket "we know, stop telling us" entry wants.
 */
export function matchingKnownIssue(known: readonly KnownIssue[], facts: NoiseFacts, now: Date): KnownIssue | undefined {
  return known.find((candidate) => {
    // written as "not after now" so an unparsable expiresAt counts as expired rather than as forever
    if (!(Date.parse(candidate.expiresAt) > now.getTime())) return false;
    const { match } = candidate;
    if (match.integration && !same(match.integration, facts.integration)) return false;
    if (match.system && !same(match.system, facts.system)) return false;
    if (match.classification && !same(match.classification, facts.classification)) return false;
    if (match.category && !same(match.category, facts.category)) return false;
    if (candidate.release && !fromRelease(candidate.release, facts)) return false;
    if (match.messageRegex) {
      // a pattern the engine refuses (a typo, or a lookahead saved before patterns were checked) must
      // not silence every issue, nor break the check for the others: it matches nothing
      const { pattern } = compileUserPattern(match.messageRegex);
      if (!pattern?.test(facts.sampleMessage)) return false;
    }
    return true;
  });
}

/** Whether the owner hears of the issue now, and in words why (not). */
export function notifyDecision(
  settings: NoiseSettings,
  known: readonly KnownIssue[],
  facts: NoiseFacts,
  now: Date,
): { notify: boolean; reason: string; knownIssue?: KnownIssue } {
  const knownIssue = matchingKnownIssue(known, facts, now);
  if (knownIssue)
    return {
      notify: false,
      reason: `matches known issue ${knownIssue.id} (${knownIssue.title}) until ${knownIssue.expiresAt}`,
      knownIssue,
    };
  // Seam raised it from the absence of events: there are no failures to count, and the silence already outlasted its threshold
  if (facts.category === 'integration_silent')
    return { notify: true, reason: 'the integration stopped sending events for longer than expected' };
  const threshold = settings.thresholds[facts.classification] ?? DEFAULT_THRESHOLDS[facts.classification];
  const failures = facts.failuresInWindow(threshold.windowMinutes);
  if (failures >= threshold.minFailures) {
    return {
      notify: true,
      reason: `${failures} failure${failures === 1 ? '' : 's'} within ${threshold.windowMinutes} min (threshold ${threshold.minFailures})`,
    };
  }
  if (threshold.orFailingForMinutes && facts.oldestFailingSince) {
    const failingFor = (now.getTime() - facts.oldestFailingSince.getTime()) / MINUTE;
    if (failingFor >= threshold.orFailingForMinutes)
      return {
        notify: true,
        reason: `a record has been failing for ${Math.round(failingFor)} min (threshold ${threshold.orFailingForMinutes})`,
      };
  }
  return {
    notify: false,
    reason:
      `waiting for ${threshold.minFailures} failures within ${threshold.windowMinutes} min (${failures} so far)` +
      (threshold.orFailingForMinutes ? ` or a record failing for ${threshold.orFailingForMinutes} min` : ''),
  };
}

/** A timeout, throttle or lock that the integration's own retry cleared within the grace period: nobody needs to know. */
export function isTransientNoise(settings: NoiseSettings, facts: NoiseFacts, _now: Date): boolean {
  if (!TRANSIENT.has(facts.category) || facts.status !== 'resolved' || !facts.resolvedAt) return false;
  return facts.resolvedAt.getTime() - recurrenceStart(facts).getTime() <= settings.transientGraceMinutes * MINUTE;
}

/** Where the current occurrence of the issue began: the failure that reopened it, else its first failure. */
export const recurrenceStart = (facts: Pick<NoiseFacts, 'firstSeenAt' | 'reopenedAt'>): Date =>
  facts.reopenedAt && facts.reopenedAt > facts.firstSeenAt ? facts.reopenedAt : facts.firstSeenAt;

/** When a transient failure's grace for the integration's own retry ends (each recurrence gets its own); null if not transient. */
export function graceEndsAt(
  settings: NoiseSettings,
  facts: Pick<NoiseFacts, 'category' | 'firstSeenAt' | 'reopenedAt'>,
): Date | null {
  if (!TRANSIENT.has(facts.category)) return null;
  return new Date(recurrenceStart(facts).getTime() + settings.transientGraceMinutes * MINUTE);
}

/**
 * A known issue's release matches the event's own release field, or a deploy marker of that version
 * for the integration that was in place when the issue (this occurrence of it) began.
 */
function fromRelease(release: string, facts: NoiseFacts): boolean {
  if (same(release, facts.release)) return true;
  const began = recurrenceStart(facts).getTime();
  return (facts.releaseMarkers ?? []).some(
    (marker) => same(marker.version, release) && marker.deployedAt.getTime() <= began,
  );
}

/** What noise control decided for an issue state, with what the caller must do about it. */
export type NoiseDecision =
  | { notify: true; reason: string; knownIssue?: KnownIssue }
  | {
      notify: false;
      code: 'waiting_for_retry' | 'known_issue' | 'below_threshold';
      reason: string;
      knownIssue?: KnownIssue;
      recheckAt: Date | null;
    };

/**
 * Whether the owner hears of the issue now; if not, why (in words for the timeline) and when to look
 * again: the end of the retry grace, the known issue's expiry, or the age at which a record failing
 * that long notifies. A known issue stops covering an issue that outgrew its maxRecords (default:
 * the owner policy's pageAtRecords).
 */
export function noiseDecision(
  settings: NoiseSettings,
  known: readonly KnownIssue[],
  facts: NoiseFacts,
  now: Date,
  policyMaxRecords?: number,
): NoiseDecision {
  const knownIssue = matchingKnownIssue(known, facts, now);
  if (knownIssue) {
    const max = knownIssue.maxRecords ?? policyMaxRecords;
    const records = facts.distinctRecords ?? 0;
    if (max === undefined || records <= max) {
      return {
        notify: false,
        code: 'known_issue',
        reason: `known issue ${knownIssue.id} (${knownIssue.title}) until ${knownIssue.expiresAt}`,
        knownIssue,
        recheckAt: new Date(Date.parse(knownIssue.expiresAt)),
      };
    }
    return {
      notify: true,
      reason: `known issue ${knownIssue.id} covers up to ${max} records; this issue affects ${records}`,
      knownIssue,
    };
  }
  const graceEnds = graceEndsAt(settings, facts);
  if (graceEnds && now < graceEnds) {
    return {
      notify: false,
      code: 'waiting_for_retry',
      reason: `waiting for retry: the integration's own retry has until ${graceEnds.toISOString()}`,
      recheckAt: graceEnds,
    };
  }
  const decision = notifyDecision(settings, [], facts, now);
  if (decision.notify) return { notify: true, reason: decision.reason };
  const threshold = settings.thresholds[facts.classification] ?? DEFAULT_THRESHOLDS[facts.classification];
  const recheckAt =
    threshold.orFailingForMinutes && facts.oldestFailingSince
      ? new Date(facts.oldestFailingSince.getTime() + threshold.orFailingForMinutes * MINUTE + 1000)
      : null;
  return { notify: false, code: 'below_threshold', reason: `below threshold: ${decision.reason}`, recheckAt };
}

/** One notification per issue state: the same key twice means nothing new to tell. */
export function stateChangeKey(issueId: string, status: string, classification: string, ownerTeam: string): string {
  return `${issueId}:${status}:${classification}:${ownerTeam}`;
}

/** The parts of an issue its escalation state is made of. */
export interface EscalationStateParts {
  id: string;
  status: string;
  regressions: string | number;
  classification: string;
  ownerTeam: string;
}

/**
 * The escalation state key of an issue: the one definition (the sweep's SQL is derived from it, see
 * escalation-queries.repository.ts). The regression count is part of the state: a second regression is
 * news even though its status reads the same.
 */
export const escalationStateKey = (issue: EscalationStateParts): string =>
  stateChangeKey(issue.id, `${issue.status}.${issue.regressions}`, issue.classification, issue.ownerTeam);
