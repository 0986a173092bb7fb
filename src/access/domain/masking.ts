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
  return hidden.filter((value) => value.length >= 3).reduce((result, value) => result.replace(new RegExp(escape(value), 'gi'), MASK), text);
}
