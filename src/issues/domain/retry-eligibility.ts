/** A failing record of an issue, and whether its payload changed at the source since it failed. */
export interface RetryCandidate {
  system: string;
  entity: string;
  record_id: string;
  changed: boolean;
}

export type RetryPlan = { due: RetryCandidate[]; skipped: string[] } | { refused: string };

/**
 * Which failing records a retry asks the integration to re-sync. Bad source data is only retried for
 * records that changed at the source since they failed: replaying an unchanged bad record fails the same
 * way and only adds noise. Any other class retries every failing record.
 */
export function retryPlan(classification: string, records: RetryCandidate[]): RetryPlan {
  if (records.length === 0) return { refused: 'no record of this issue is still failing' };
  const due = classification === 'bad_source_data' ? records.filter((r) => r.changed) : records;
  const skipped = records.filter((r) => !due.includes(r)).map((r) => r.record_id);
  if (due.length === 0) {
    const named = `${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ' …' : ''}`;
    return {
      refused:
        `${named} unchanged at the source since failing: ` +
        'fix the data there first, a replay would fail the same way',
    };
  }
  return { due, skipped };
}
