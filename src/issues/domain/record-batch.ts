/** What a failure says about the record it failed on. */
export interface FailedRecord {
  sourceSystem: string;
  sourceEntity: string;
  sourceId: string;
  occurredAt: Date;
  sourceUrl: string | null;
  sourceLabel: string | null;
  targetId: string | null;
  targetUrl: string | null;
}

export type RecordLinks = Pick<FailedRecord, 'sourceUrl' | 'sourceLabel' | 'targetId' | 'targetUrl'>;

/** One record's failures in a batch. */
export interface BatchRecord<F extends FailedRecord> {
  /** its latest failure: it decides the record's state */
  latest: F;
  first: Date;
  count: number;
  /** urls, label and target id from the latest failure that has each, as one-by-one COALESCEs would keep them */
  links: RecordLinks;
}

const linksOf = (facts: FailedRecord): RecordLinks => ({
  sourceUrl: facts.sourceUrl,
  sourceLabel: facts.sourceLabel,
  targetId: facts.targetId,
  targetUrl: facts.targetUrl,
});

/**
 * A batch of failures of one issue, per record (system, entity, id), in the order each record first
 * failed: as if the failures had been linked one by one in time order.
 */
export function recordsOfBatch<F extends FailedRecord>(failures: F[]): Array<BatchRecord<F>> {
  const byRecord = new Map<string, BatchRecord<F>>();
  for (const facts of [...failures].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const key = JSON.stringify([facts.sourceSystem, facts.sourceEntity, facts.sourceId]);
    const seen = byRecord.get(key);
    if (!seen) {
      byRecord.set(key, { latest: facts, first: facts.occurredAt, count: 1, links: linksOf(facts) });
      continue;
    }
    seen.count += 1;
    seen.latest = facts;
    seen.links = {
      sourceUrl: facts.sourceUrl ?? seen.links.sourceUrl,
      sourceLabel: facts.sourceLabel ?? seen.links.sourceLabel,
      targetId: facts.targetId ?? seen.links.targetId,
      targetUrl: facts.targetUrl ?? seen.links.targetUrl,
    };
  }
  return [...byRecord.values()];
}
