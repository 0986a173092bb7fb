import type { Category, OwnerClass } from './classification.types';

/** A model feature in words an analyst reads; undefined for features that are not readable on their own (word pieces). */
export function describeFeature(feature: string): string | undefined {
  // a correction's feature is tied to its system: "netsuite|w:period"
  const bar = feature.indexOf('|');
  if (bar >= 0 && bar < feature.indexOf(':')) return describeFeature(feature.slice(bar + 1));
  const colon = feature.indexOf(':');
  const kind = feature.slice(0, colon);
  const value = feature.slice(colon + 1);
  switch (kind) {
    case 'w':
      return value.startsWith('<') ? undefined : `the word "${value}"`;
    case 'b':
      return value.includes('<') ? undefined : `the phrase "${value}"`;
    case 'code':
      return value === 'none' ? undefined : `the code ${value}`;
    case 'cw':
      return value.startsWith('<') ? undefined : `"${value}" in the code`;
    case 'http':
      return value === 'none' ? undefined : `HTTP ${value}`;
    case 'fam':
      return `the documented family ${value}`;
    case 'pack':
    case 'xpack':
      return value === 'none' ? undefined : `a ${value.replace(/_/g, ' ')} error the pack knows`;
    case 'signal':
      return `the ${value.replace(/_/g, ' ')} signal`;
    case 'shape':
      return `a ${value.replace(/-/g, ' ')} in the message`;
    case 'c':
      return `the message saying "${value.replace(/_/g, ' ')}"`;
    case 'cc': {
      const [predicate, object] = value.split('|');
      return `"${predicate.replace(/_/g, ' ')}" said of ${object.replace(/_/g, ' ')}`;
    }
    case 'wr':
      return value.startsWith('<') ? undefined : `"${value}" in the integration layer's wrapper`;
    default:
      return undefined;
  }
}

const PAIR = (a: OwnerClass, b: OwnerClass): string => [a, b].sort().join('|');

// What would settle it, by the two candidate classes (LABELING.md: who must act so that the record syncs).
const BY_PAIR: Record<string, string> = {
  [PAIR('bad_source_data', 'defect')]:
    'if other records sync this field, it is this record’s data (bad source data); if every record fails on it, or it began with a release, the integration sends it wrongly (defect)',
  [PAIR('bad_source_data', 'process_change')]:
    'if the record itself is wrong, support fixes it at the source (bad source data); if a setting, list or master record in the target changed, the business owner decides (process change)',
  [PAIR('defect', 'process_change')]:
    'if someone changed a setting, role or feature in the target, the business owner decides (process change); if the integration never sent or handled this correctly, engineering fixes it (defect)',
};

const BY_CATEGORY: Partial<Record<Category, string>> = {
  missing_required_value:
    'if other orders sync this field, it is this order’s data; if every record fails on it since a release or a set-up change, it is the integration or the new setting',
  invalid_reference:
    'if the referenced record exists for other records that sync, this one points at a missing record (bad source data); if every record fails on it, the integration maps the key wrongly (defect)',
  duplicate_record:
    'if the record really exists twice at the source, support merges it (bad source data); if the integration retried a create it had already made, it is a defect',
};

/** The question whose answer decides between the two candidate classes, in words support can check. */
export function decidingQuestion(category: Category, first: OwnerClass, second: OwnerClass): string {
  return (
    BY_CATEGORY[category] ??
    BY_PAIR[PAIR(first, second)] ??
    'a person who knows the integration decides; reclassifying teaches Seam'
  );
}
