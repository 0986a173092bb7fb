import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Category, Classification, Reason } from '../classification/domain/classification.types';
import type { IssueStatus } from './domain/issue-lifecycle';
import type { RecordState } from './issue-record.entity';
import { IssueEntity } from './issue.entity';

export interface FailureFacts {
  fingerprint: string;
  integration: string;
  sourceSystem: string;
  sourceEntity: string;
  sourceId: string;
  sourceUrl: string | null;
  sourceLabel: string | null;
  targetSystem: string | null;
  targetEntity: string | null;
  targetId: string | null;
  targetUrl: string | null;
  errorCode: string | null;
  /** readable: the message's own words (domain/issue-story readableTitle) */
  title: string;
  /** what the fingerprint compares */
  normalisedMessage: string;
  message: string;
  occurredAt: Date;
  release: string | null;
}

export interface IssuePatch {
  status: IssueStatus;
  classification: Classification;
  category: Category;
  confidence: number;
  reasons: Reason[];
  ownerTeam: string;
  resolvedAt?: Date | null;
  resolvedReason?: string | null;
  acknowledgedAt?: Date | null;
  regressions?: number;
  classifiedByHuman?: boolean;
}

/** One record's link to an issue, before and after a batch of its failures. */
export interface RecordLinkChange {
  facts: FailureFacts;
  before: RecordState | null;
  after: RecordState;
}

export interface RecordLink {
  issueId: string;
  system: string;
  entity: string;
  recordId: string;
}

/**
 * Grouping writes for the pipeline. Every method runs in the caller's transaction; the issue row is
 * locked first, so concurrent failures of one fingerprint serialise instead of losing counts.
 */
@Injectable()
export class IssueStore {
  /** The issue of this fingerprint, created if it is the first failure, locked for update; plus whether it is new. */
  async lockOrOpen(manager: EntityManager, facts: FailureFacts, placeholder: Pick<IssuePatch, 'classification' | 'category' | 'ownerTeam'>): Promise<{ issue: IssueEntity; opened: boolean }>;
  /** With `wait: false`, undefined when another transaction holds the issue, instead of waiting for it. */
  async lockOrOpen(manager: EntityManager, facts: FailureFacts, placeholder: Pick<IssuePatch, 'classification' | 'category' | 'ownerTeam'>, options: { wait: boolean }): Promise<{ issue: IssueEntity; opened: boolean } | undefined>;
  async lockOrOpen(manager: EntityManager, facts: FailureFacts, placeholder: Pick<IssuePatch, 'classification' | 'category' | 'ownerTeam'>, options = { wait: true }): Promise<{ issue: IssueEntity; opened: boolean } | undefined> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO issue (fingerprint, integration, source_system, source_entity, target_system, target_entity, error_code,
                          title, sample_message, classification, category, confidence, owner_team, status, first_seen_at, last_seen_at, last_release,
                          normalised_message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, 'new', $13, $13, $14, $15)
       ON CONFLICT (fingerprint) DO NOTHING RETURNING id`,
      [
        facts.fingerprint, facts.integration, facts.sourceSystem, facts.sourceEntity, facts.targetSystem, facts.targetEntity, facts.errorCode,
        facts.title, facts.message, placeholder.classification, placeholder.category, placeholder.ownerTeam, facts.occurredAt, facts.release,
        facts.normalisedMessage,
      ],
    );
    const query = manager.getRepository(IssueEntity).createQueryBuilder('issue').setLock('pessimistic_write').where('issue.fingerprint = :fingerprint', { fingerprint: facts.fingerprint });
    if (options.wait) return { issue: await query.getOneOrFail(), opened: inserted.length > 0 };
    const issue = await query.setOnLocked('skip_locked').getOne();
    return issue ? { issue, opened: inserted.length > 0 } : undefined;
  }

  /**
   * Counts a batch of failures of one issue in three statements, whatever the batch size: the records'
   * states before, the later successes already stored (a batch is processed in any order), and one upsert
   * of every record touched. Per record, its latest failure in the batch decides its state, as if the
   * failures had been linked one by one in time order.
   */
  async linkFailures(manager: EntityManager, issueId: string, failures: FailureFacts[]): Promise<RecordLinkChange[]> {
    // links (urls, target id) are kept from the latest failure that has them, as one-by-one COALESCEs would
    type Links = Pick<FailureFacts, 'sourceUrl' | 'sourceLabel' | 'targetId' | 'targetUrl'>;
    const byRecord = new Map<string, { latest: FailureFacts; first: Date; count: number; links: Links }>();
    const linksOf = (facts: FailureFacts): Links => ({ sourceUrl: facts.sourceUrl, sourceLabel: facts.sourceLabel, targetId: facts.targetId, targetUrl: facts.targetUrl });
    for (const facts of [...failures].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
      const key = JSON.stringify([facts.sourceSystem, facts.sourceEntity, facts.sourceId]);
      const seen = byRecord.get(key);
      if (!seen) byRecord.set(key, { latest: facts, first: facts.occurredAt, count: 1, links: linksOf(facts) });
      else {
        seen.count += 1;
        seen.latest = facts;
        seen.links = {
          sourceUrl: facts.sourceUrl ?? seen.links.sourceUrl,
          sourceLabel: facts.sourceLabel ?? seen.links.sourceLabel,
          targetId: facts.targetId ?? seen.links.targetId, targetUrl: facts.targetUrl ?? seen.links.targetUrl };
      }
    }
    const records = [...byRecord.values()];
    const column = <T>(pick: (record: (typeof records)[number]) => T): T[] => records.map(pick);
    const systems = column((r) => r.latest.sourceSystem);
    const entities = column((r) => r.latest.sourceEntity);
    const ids = column((r) => r.latest.sourceId);

    const previous: Array<{ n: string; state: RecordState }> = await manager.query(
      `SELECT u.n::text AS n, r.state FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(system, entity, record_id, n)
       JOIN issue_record r ON r.issue_id = $1 AND r.system = u.system AND r.entity = u.entity AND r.record_id = u.record_id
       ORDER BY r.system, r.entity, r.record_id FOR UPDATE OF r`,
      [issueId, systems, entities, ids],
    );
    const laterSuccesses: Array<{ n: string; occurred_at: Date | null }> = await manager.query(
      `SELECT u.n::text AS n,
              (SELECT s.occurred_at FROM sync_event s
               WHERE s.source_id = u.record_id AND s.integration = u.integration AND s.source_system = u.system AND s.source_entity = u.entity
                 AND s.status = 'succeeded' AND s.occurred_at > u.failed_at
               ORDER BY s.occurred_at LIMIT 1) AS occurred_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS u(integration, system, entity, record_id, failed_at, n)`,
      [column((r) => r.latest.integration), systems, entities, ids, column((r) => r.latest.occurredAt)],
    );
    const before = new Map(previous.map((row) => [Number(row.n) - 1, row.state]));
    const recoveredAt = new Map(laterSuccesses.map((row) => [Number(row.n) - 1, row.occurred_at]));
    const changes: RecordLinkChange[] = records.map((record, i) => ({
      facts: record.latest,
      before: before.get(i) ?? null,
      after: recoveredAt.get(i) ? 'recovered' : 'failing',
    }));
    await manager.query(
      `INSERT INTO issue_record (issue_id, system, entity, record_id, integration, url, target_id, target_url, first_seen_at, last_seen_at, count, state, recovered_at,
                                 label)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::int[], $12::text[], $13::timestamptz[],
                                $14::text[])
       ON CONFLICT (issue_id, system, entity, record_id) DO UPDATE SET
         count = issue_record.count + EXCLUDED.count,
         first_seen_at = LEAST(issue_record.first_seen_at, EXCLUDED.first_seen_at),
         last_seen_at = GREATEST(issue_record.last_seen_at, EXCLUDED.last_seen_at),
         url = COALESCE(EXCLUDED.url, issue_record.url),
         label = COALESCE(EXCLUDED.label, issue_record.label),
         target_id = COALESCE(EXCLUDED.target_id, issue_record.target_id),
         target_url = COALESCE(EXCLUDED.target_url, issue_record.target_url),
         state = EXCLUDED.state,
         recovered_at = EXCLUDED.recovered_at`,
      [
        issueId, systems, entities, ids,
        column((r) => r.latest.integration),
        column((r) => r.links.sourceUrl),
        column((r) => r.links.targetId),
        column((r) => r.links.targetUrl),
        column((r) => r.first),
        column((r) => r.latest.occurredAt),
        column((r) => r.count),
        changes.map((change) => change.after),
        records.map((_, i) => recoveredAt.get(i) ?? null),
        column((r) => r.links.sourceLabel),
      ],
    );
    return changes;
  }

  async recordStats(manager: EntityManager, issueId: string): Promise<{ maxFailuresPerRecord: number; recordsRecovered: number }> {
    const [row] = await manager.query(
      `SELECT COALESCE(MAX(count), 0)::int AS max, COUNT(*) FILTER (WHERE state = 'recovered')::int AS recovered FROM issue_record WHERE issue_id = $1`,
      [issueId],
    );
    return { maxFailuresPerRecord: row.max, recordsRecovered: row.recovered };
  }

  /**
   * A successful sync of a record: its failing links (failures that happened before this success) are
   * recovered. Returns the issues touched, locked, issue rows first to keep the lock order of the failure path.
   */
  async recoverRecord(
    manager: EntityManager,
    record: { integration: string; system: string; entity: string; recordId: string; succeededAt: Date },
  ): Promise<Array<{ issue: IssueEntity }>> {
    const links: Array<{ issue_id: string }> = await manager.query(
      `SELECT issue_id FROM issue_record
       WHERE integration = $1 AND system = $2 AND entity = $3 AND record_id = $4 AND state = 'failing' AND last_seen_at <= $5
       ORDER BY issue_id`,
      [record.integration, record.system, record.entity, record.recordId, record.succeededAt],
    );
    const touched: Array<{ issue: IssueEntity }> = [];
    for (const { issue_id: issueId } of links) {
      const issue = await manager
        .getRepository(IssueEntity)
        .createQueryBuilder('issue')
        .setLock('pessimistic_write')
        .where('issue.id = :issueId', { issueId })
        .getOneOrFail();
      // TypeORM answers an UPDATE with [rows, affectedCount].
      const [, recovered]: [unknown[], number] = await manager.query(
        `UPDATE issue_record SET state = 'recovered', recovered_at = $5
         WHERE issue_id = $1 AND system = $2 AND entity = $3 AND record_id = $4 AND state = 'failing'`,
        [issueId, record.system, record.entity, record.recordId, record.succeededAt],
      );
      if (recovered === 0) continue;
      issue.failingRecords = Math.max(0, issue.failingRecords - 1);
      await manager.query(`UPDATE issue SET failing_records = $2, updated_at = now() WHERE id = $1`, [issueId, issue.failingRecords]);
      touched.push({ issue });
    }
    return touched;
  }

  /** Open issues of one category (real ones: drills never count), with when they were last seen. */
  async openOfCategory(manager: EntityManager, category: Category): Promise<Array<{ id: string; integration: string; lastSeenAt: Date }>> {
    return manager.query(
      `SELECT id, integration, last_seen_at AS "lastSeenAt" FROM issue WHERE category = $1 AND status <> 'resolved' AND drill_id IS NULL ORDER BY id`,
      [category],
    );
  }

  async lock(manager: EntityManager, issueId: string): Promise<IssueEntity | null> {
    return manager.getRepository(IssueEntity).createQueryBuilder('issue').setLock('pessimistic_write').where('issue.id = :issueId', { issueId }).getOne();
  }

  async save(manager: EntityManager, issue: IssueEntity): Promise<void> {
    await manager.getRepository(IssueEntity).save(issue);
  }
}
