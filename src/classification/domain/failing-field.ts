import type { ClassifiableEvent } from './classification.types';

// Where ERPs name the field that refused a value, across their phrasings. Gaps are bounded: an
// unbounded `.+?` retried from every "the field " of a hostile 8 KB message is quadratic.
const FIELD_PATTERNS: readonly RegExp[] = [
  /for the following field:\s*([\w.]+)/i,
  /\bin field '([^']+)'/i,
  /\bthe field ([\w .]{1,100}?) of table/i,
  /\bfield '([^']+)'/i,
  /\bthe field ([\w.]+) contained/i,
  /"errors"\s*:\s*\{\s*"(\w+)"/i,
  /"name"\s*:\s*"(\w+)"/i,
  /\bvalid for (?:the )?(\w+) property/i,
];

const VALUE_PATTERNS: readonly RegExp[] = [
  /invalid field value (.{1,200}?) for the following field/i,
  /the value '([^']+)' in field/i,
  /contains a value \(([^)]+)\)/i,
  /^(.+?) was not one of the allowed options/i,
];

const squash = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

function payloadKeyFor(payload: Record<string, unknown> | undefined, field: string): string | undefined {
  if (!payload) return undefined;
  if (Object.hasOwn(payload, field)) return field;
  const wanted = squash(field);
  return Object.keys(payload).find((key) => squash(key) === wanted);
}

const scalar = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

/**
 * The field an error is about and the value it refused, spelt as the payload spells it so value
 * novelty can compare it with successful payloads. Order of trust: the event's own error.field,
 * the field the message names, then a payload value the message quotes.
 */
export function failingFieldOf(event: ClassifiableEvent): { field?: string; value?: string } {
  const message = event.error?.message ?? '';
  const payload = event.payload;
  let named = event.error?.field;
  if (!named) {
    for (const pattern of FIELD_PATTERNS) {
      const match = pattern.exec(message);
      if (match) {
        named = match[1].trim();
        break;
      }
    }
  }
  if (named) {
    const key = payloadKeyFor(payload, named);
    const fromPayload = key ? scalar(payload?.[key]) : undefined;
    return { field: key ?? named, value: fromPayload ?? valueQuotedIn(message) };
  }
  if (payload) {
    const lower = message.toLowerCase();
    for (const [key, raw] of Object.entries(payload)) {
      const value = scalar(raw);
      if (value && value.length >= 3 && lower.includes(value.toLowerCase())) return { field: key, value };
    }
  }
  return {};
}

function valueQuotedIn(message: string): string | undefined {
  for (const pattern of VALUE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return match[1].replace(/^["'\\]+|["'\\]+$/g, '').trim();
  }
  return undefined;
}
