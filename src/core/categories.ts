import type { Category, OwnerClass } from './classification.types';

export type ClassVotes = Partial<Record<OwnerClass, number>>;

/**
 * What each kind of failure usually means for the owner, as a share of one vote. These are priors,
 * not verdicts: a category only says where the evidence starts, and context signals move it
 * (a "reference not found" is bad data for one record, and a mapping defect when thirty records
 * fail on the same key minutes after a release).
 */
export const CATEGORY_PRIORS: Record<Category, ClassVotes> = {
  missing_required_value: { bad_source_data: 0.65, defect: 0.25, process_change: 0.1 },
  invalid_reference: { bad_source_data: 0.65, process_change: 0.2, defect: 0.15 },
  inactive_reference: { process_change: 0.6, bad_source_data: 0.35, defect: 0.05 },
  duplicate_record: { bad_source_data: 0.7, defect: 0.25, process_change: 0.05 },
  value_format: { bad_source_data: 0.7, defect: 0.25, process_change: 0.05 },
  value_too_long: { bad_source_data: 0.75, defect: 0.2, process_change: 0.05 },
  unmapped_value: { process_change: 0.6, bad_source_data: 0.25, defect: 0.15 },
  period_locked: { process_change: 0.85, bad_source_data: 0.1, defect: 0.05 },
  approval_required: { process_change: 0.85, bad_source_data: 0.1, defect: 0.05 },
  permission_changed: { process_change: 0.6, defect: 0.35, bad_source_data: 0.05 },
  setup_missing: { process_change: 0.5, bad_source_data: 0.3, defect: 0.2 },
  upstream_5xx: { defect: 0.9, process_change: 0.05, bad_source_data: 0.05 },
  timeout: { defect: 0.9, process_change: 0.05, bad_source_data: 0.05 },
  rate_limited: { defect: 0.95, process_change: 0.05 },
  auth_config: { defect: 0.85, process_change: 0.15 },
  concurrency: { defect: 0.9, process_change: 0.05, bad_source_data: 0.05 },
  malformed_request: { defect: 0.85, bad_source_data: 0.1, process_change: 0.05 },
  mapping_error: { defect: 0.75, process_change: 0.15, bad_source_data: 0.1 },
  code_exception: { defect: 0.95, bad_source_data: 0.05 },
  integration_silent: { defect: 1 },
  unknown: {},
};

/** Failures the integration's own retry usually clears: noise control and the triage text use this. */
export const TRANSIENT_CATEGORIES: ReadonlySet<Category> = new Set([
  'timeout',
  'rate_limited',
  'upstream_5xx',
  'concurrency',
]);

export const CATEGORY_LABELS: Record<Category, string> = {
  missing_required_value: 'a required value is missing',
  invalid_reference: 'a referenced record does not exist in the target',
  inactive_reference: 'a referenced record is inactive, blocked or deleted',
  duplicate_record: 'the record already exists',
  value_format: 'a value has the wrong format',
  value_too_long: 'a value is longer than the target allows',
  unmapped_value: 'a value is not one the target accepts (picklist, status, code)',
  period_locked: 'the posting period or lock date refuses the transaction',
  approval_required: 'the target requires an approval or workflow step first',
  permission_changed: 'the integration user lacks a permission or feature',
  setup_missing: 'the target is missing set-up the record relies on',
  upstream_5xx: 'the target system failed or is unavailable',
  timeout: 'the call timed out',
  rate_limited: 'the call was throttled',
  auth_config: 'the integration could not authenticate',
  concurrency: 'another process changed or locked the record at the same time',
  malformed_request: 'the integration sent a request the API cannot parse',
  mapping_error: 'the integration mapped a field or value wrongly',
  code_exception: 'the integration code threw an exception',
  integration_silent: 'the integration stopped sending events',
  unknown: 'no known error family',
};
