import { isUuid } from '../../platform/text/uuid';

/** What sensitive values are replaced with: says that something was there, not what. */
export const MASK = '••••';

/**
 * A copy of the value with every field named in `fields` (at any depth, names compared without case)
 * replaced by MASK, and the masked values themselves, so the same values can be hidden where they
 * also appear in free text such as an error message.
 */
export function maskFields(value: unknown, fields: readonly string[]): { masked: unknown; hidden: string[] } {
  const names = new Set(fields.map((field) => field.toLowerCase()));
  const hidden: string[] = [];
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node as Record<string, unknown>).map(([key, child]) => {
          if (!names.has(key.toLowerCase())) return [key, walk(child)];
          if (typeof child === 'string' || typeof child === 'number') hidden.push(String(child));
          return [key, MASK];
        }),
      );
    }
    return node;
  };
  return { masked: names.size ? walk(value) : value, hidden };
}

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with each hidden value (3 characters or more, to spare common words) replaced by MASK, in
 * any case: issue titles are lower-cased copies of the messages.
 */
export function maskText(text: string, hidden: readonly string[]): string {
  return hidden
    .filter((value) => value.length >= 3)
    .reduce((result, value) => result.replace(new RegExp(escape(value), 'gi'), MASK), text);
}

/**
 * Whether a role may see the sensitive fields: not when privacy lists fields and the role is not among
 * visibleTo. No role (no caller) sees them.
 */
export function roleSeesSensitive(
  privacy: { sensitiveFields: readonly string[]; visibleTo: readonly string[] } | undefined,
  role: string | undefined,
): boolean {
  return !privacy || privacy.sensitiveFields.length === 0 || (role !== undefined && privacy.visibleTo.includes(role));
}

/**
 * The stored data a response speaks of, so the values that data holds can be hidden where the response
 * quotes them: issues (an object with a fingerprint and an id, or any issueId) and stored events (an
 * object with an eventId and a numeric id).
 */
export function referencesIn(value: unknown): { issueIds: string[]; eventIds: string[] } {
  const issueIds = new Set<string>();
  const eventIds = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object' || node instanceof Date) continue;
    const record = node as Record<string, unknown>;
    if ('fingerprint' in record && isUuid(record.id)) issueIds.add(record.id);
    if (isUuid(record.issueId)) issueIds.add(record.issueId);
    if (
      'eventId' in record &&
      (typeof record.id === 'string' || typeof record.id === 'number') &&
      /^\d{1,19}$/.test(String(record.id))
    )
      eventIds.add(String(record.id));
    stack.push(...Object.values(record));
  }
  return { issueIds: [...issueIds], eventIds: [...eventIds] };
}

/** One pass over a text for all hidden values at once, longest first so a value inside another loses. */
function textMasker(hidden: readonly string[]): (text: string) => string {
  const values = [...new Set(hidden.filter((value) => value.length >= 3))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  const pattern = new RegExp(values.map(escape).join('|'), 'gi');
  return (text) => text.replace(pattern, MASK);
}

/**
 * A response as a role without sight of the sensitive fields may see it: every field so named masked,
 * wherever it is (payloads, error details, the quotes of a reason), and every value they held, or that
 * `alsoHidden` lists, masked wherever a text quotes it (titles, messages, reasons, the timeline).
 */
export function maskResponse(value: unknown, fields: readonly string[], alsoHidden: readonly string[] = []): unknown {
  if (value === undefined) return value;
  // masked as the client would receive it: dates as text, class instances as their JSON
  const json: unknown = JSON.parse(JSON.stringify(value));
  const { masked, hidden } = maskFields(json, fields);
  const mask = textMasker([...hidden, ...alsoHidden]);
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return mask(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    return node;
  };
  return walk(masked);
}

/** Whether a text still contains the search once masked: a search must not confirm a guess of a masked value. */
export function matchesMasked(text: string, search: string, hidden: readonly string[]): boolean {
  return textMasker(hidden)(text).toLowerCase().includes(search.toLowerCase());
}
