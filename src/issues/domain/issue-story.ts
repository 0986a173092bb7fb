import { unwrapMessage } from '../../platform/text/unwrap';

/** Long enough for "Invalid entity reference key 3310." plus context, short enough for a list row and a chat header. */
export const TITLE_MAX = 120;
const URL = /\b(?:[a-z][a-z0-9+.-]{1,20}:\/\/|www\.)[^\s<>"'`|]+/gi;

/**
 * What a person reads as the issue's name: the target's own words from the latest failure (ids and values
 * kept, unlike the fingerprint's normalised text), whitespace collapsed, cut at a word near TITLE_MAX.
 */
export function readableTitle(message: string, fallback: { code?: string | null; integration: string }): string {
  const inner = unwrapMessage(message).message;
  // a title travels to chat, where a URL becomes a link nobody at Seam chose: it reads <url>, as in the fingerprint
  const text = (inner.trim() ? inner : message)
    .replace(URL, (url) => `<url>${/[).,;:!?\]]+$/.exec(url)?.[0] ?? ''}`)
    .replace(/\s+/g, ' ')
    .trim();
  if (!text)
    return fallback.code ? `${fallback.code} in ${fallback.integration}` : `Failure in ${fallback.integration}`;
  if (text.length <= TITLE_MAX) return text;
  const cut = text.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** A system slug as people write it: business-central → Business Central; single words stay as configured. */
export function systemName(slug: string | null | undefined): string {
  if (!slug) return 'its target';
  if (!/[-_]/.test(slug)) return slug;
  return slug
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

export function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

export interface StoryFacts {
  sourceSystem: string;
  sourceEntity: string;
  targetSystem: string | null;
  distinctRecords: number;
  failingRecords: number;
  occurrences: number;
  lastRelease: string | null;
  status: string;
}

/** One sentence of what happened: "6 webshop items failed to sync to Business Central since release 3.1.0". */
export function whatHappened(f: StoryFacts): string {
  const records = `${f.distinctRecords} ${f.sourceSystem} ${plural(f.sourceEntity, f.distinctRecords)}`;
  const since = f.lastRelease ? ` since release ${f.lastRelease}` : '';
  const retries = f.occurrences > f.distinctRecords ? ` (${f.occurrences} failures)` : '';
  const now =
    f.status === 'resolved'
      ? '; resolved'
      : f.failingRecords < f.distinctRecords
        ? `; ${f.failingRecords} still failing`
        : '';
  return `${records} failed to sync to ${systemName(f.targetSystem)}${since}${retries}${now}`;
}

export type NextStepKind = 'fix_at_source' | 'review_business_change' | 'fix_defect' | 'decide_class';

export interface NextStep {
  kind: NextStepKind;
  /** what to do, in one or two sentences, naming the records, fields, change, release or owner */
  text: string;
  /** whether the console offers "Retry through the integration" (an integration retryUrl is configured) */
  retry: boolean;
  /** bad source data: the records to fix (id and label), at most MAX_NAMED_RECORDS */
  records?: Array<{ id: string; label: string | null; url: string | null }>;
  fields?: string[];
  /** process change: the change that lines up, and who decides about it */
  change?: { system: string; description: string; changedAt: string } | null;
  businessOwner?: { team: string; name: string; people: string[] } | null;
  /** defect: the release it began with, and the ticket text engineering files */
  release?: string | null;
  ticket?: { summary: string; description: string };
  /** needs triage: the two classes it lies between, and what would decide */
  candidates?: string[];
  deciding?: string | null;
}

export const MAX_NAMED_RECORDS = 5;

export interface NextStepEvidence {
  issue: StoryFacts & {
    title: string;
    classification: string;
    integration: string;
    ownerTeam: string;
    firstSeenAt: Date;
    candidates: string[] | null;
  };
  /** still failing first */
  records: Array<{ system: string; id: string; label: string | null; url: string | null; state: string }>;
  /** error.field of the sample events, and payload keys their messages name */
  fields: string[];
  changes: Array<{ system: string; description: string; changedAt: Date | string }>;
  releases: Array<{ version: string; deployedAt: Date | string }>;
  retryConfigured: boolean;
  /** the team that owns process changes for this issue (its owner team when routed so), with its people */
  businessOwner: { team: string; name: string; people: string[] } | null;
  /** the "needs_triage"/"undecided_by_message" reason's text */
  triageReason: string | null;
  consoleUrl: string;
}

const words = (cls: string) => cls.replace(/_/g, ' ');
const quoteRecord = (r: { id: string; label: string | null }) => (r.label ? `${r.id} (${r.label})` : r.id);
const listOf = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** What support should do next, built from the evidence the issue holds, per class. */
export function nextStep(e: NextStepEvidence): NextStep {
  const { issue } = e;
  switch (issue.classification) {
    case 'bad_source_data': {
      const failing = e.records.filter((r) => r.state === 'failing');
      const named = (failing.length ? failing : e.records).slice(0, MAX_NAMED_RECORDS);
      const more = (failing.length || e.records.length) - named.length;
      const where = `in ${issue.sourceSystem}`;
      const what = named.length
        ? `${listOf(named.map(quoteRecord))}${more > 0 ? ` and ${more} more` : ''}`
        : `the failing ${plural(issue.sourceEntity, 2)}`;
      const fields = e.fields.length ? ` (${plural('field', e.fields.length)} ${listOf(e.fields)})` : '';
      const then = e.retryConfigured
        ? 'then retry through the integration'
        : `then save ${named.length === 1 ? 'it' : 'them'} again ${where} so the integration syncs again ` +
          `(no retry URL is configured for ${issue.integration})`;
      return {
        kind: 'fix_at_source',
        text:
          failing.length === 0 && e.records.length > 0
            ? `Every record has since synced; nothing left to fix ${where}.`
            : `Fix ${what}${fields} ${where}, ${then}.`,
        retry: e.retryConfigured,
        records: named.map((r) => ({ id: r.id, label: r.label, url: r.url })),
        fields: e.fields,
      };
    }
    case 'process_change': {
      const change = [...e.changes].sort(
        (a, b) => new Date(b.changedAt).getTime() - new Date(a.changedAt).getTime(),
      )[0];
      const owner = e.businessOwner;
      const who = !owner
        ? `the owner of ${issue.targetSystem ?? issue.sourceSystem}`
        : owner.people.length
          ? `${listOf(owner.people)} (${owner.name})`
          : `the ${owner.name} team`;
      const text = change
        ? `${change.system} changed: "${change.description}". ` +
          `Ask ${who} whether the integration should follow the change or the setting should go back.`
        : `No business change is recorded near the first failure. Ask ${who} what changed in ` +
          `${issue.targetSystem ?? issue.sourceSystem} (settings, periods, picklists), ` +
          'and record it with POST /v1/changes.';
      return {
        kind: 'review_business_change',
        text,
        retry: e.retryConfigured,
        change: change
          ? {
              system: change.system,
              description: change.description,
              changedAt: new Date(change.changedAt).toISOString(),
            }
          : null,
        businessOwner: owner,
      };
    }
    case 'defect': {
      const nearest = [...e.releases]
        .filter((r) => new Date(r.deployedAt) <= issue.firstSeenAt)
        .sort((a, b) => new Date(b.deployedAt).getTime() - new Date(a.deployedAt).getTime())[0];
      const release = issue.lastRelease ?? nearest?.version ?? null;
      const summary = `[${issue.integration}] ${issue.title}`.slice(0, 255);
      const description = [
        whatHappened(issue),
        `Integration: ${issue.integration} (${issue.sourceSystem} → ${issue.targetSystem ?? '—'})`,
        `Release: ${release ?? 'unknown'}`,
        `First failure: ${issue.firstSeenAt.toISOString()}`,
        `Seam: ${e.consoleUrl}`,
      ].join('\n');
      const text = release
        ? `A defect in the integration, first seen with release ${release}: file the ticket for ${issue.ownerTeam} ` +
          `(or roll back ${release}); records sync again once it is fixed.`
        : `A defect in the integration (no release recorded): file the ticket for ${issue.ownerTeam}; ` +
          'records sync again once it is fixed.';
      return { kind: 'fix_defect', text, retry: e.retryConfigured, release, ticket: { summary, description } };
    }
    default: {
      const candidates = issue.candidates && issue.candidates.length >= 2 ? issue.candidates.slice(0, 2) : null;
      // the classifier's reason reads "leans to X (p), could be Y (q): <what would decide>"
      const deciding = e.triageReason?.includes('): ') ? e.triageReason.slice(e.triageReason.indexOf('): ') + 3) : null;
      const between = candidates
        ? `${words(candidates[0])} or ${words(candidates[1])}`
        : 'defect, bad source data or process change';
      return {
        kind: 'decide_class',
        text:
          `Seam cannot tell whether this is ${between}.` +
          `${deciding ? ` What decides: ${deciding.replace(/[.\s]+$/, '')}.` : ''}` +
          ' Then reclassify it so the right team is told.',
        retry: e.retryConfigured,
        candidates: candidates ?? [],
        deciding,
      };
    }
  }
}

/** The issue's page in the console (a hash route: the page signs in first, then opens it). */
export const consolePathOf = (issueId: string): string => `/console#/issue/${issueId}`;

/**
 * The fields to fix at the source: each sample's error.field, then the payload keys its message names
 * (as whole words, so "name" is not found in "rename"), at most five.
 */
export function failingFields(
  samples: Array<{ error?: { field?: unknown; message?: unknown } | null; payload?: unknown }>,
): string[] {
  const fields = new Set<string>();
  for (const sample of samples) {
    if (typeof sample.error?.field === 'string' && sample.error.field) fields.add(sample.error.field);
  }
  for (const sample of samples) {
    const message = typeof sample.error?.message === 'string' ? sample.error.message.toLowerCase() : '';
    if (!message || !sample.payload || typeof sample.payload !== 'object' || Array.isArray(sample.payload)) continue;
    for (const key of Object.keys(sample.payload)) {
      const escaped = key.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (key.length >= 3 && new RegExp(`(^|[^a-z0-9_])${escaped}($|[^a-z0-9_])`).test(message)) fields.add(key);
    }
  }
  return [...fields].slice(0, 5);
}
