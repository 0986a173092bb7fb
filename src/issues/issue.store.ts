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
  targetSystem: string | null;
  targetEntity: string | null;
  targetId: string | null;
  targetUrl: string | null;
  errorCode: string | null;
  title: string;
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
  async lockOrOpen(manager: EntityManager, facts: FailureFacts, placeholder: Pick<IssuePatch, 'classification' | 'category' | 'ownerTeam'>): Promise<{ issue: IssueEntity; opened: boolean }> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO issue (fingerprint, integration, source_system, source_entity, target_system, target_entity, error_code,
                          title, sample_message, classification, category, confidence, owner_team, status, first_seen_at, last_seen_at, last_release)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, 'new', $13, $13, $14)
       ON CONFLICT (fingerprint) DO NOTHING RETURNING id`,
      [
        facts.fingerprint, facts.integration, facts.sourceSystem, facts.sourceEntity, facts.targetSystem, facts.targetEntity, facts.errorCode,
        facts.title, facts.message, placeholder.classification, placeholder.category, placeholder.ownerTeam, facts.occurredAt, facts.release,
      ],
    );
    const issue = await manager
      .getRepository(IssueEntity)
      .createQueryBuilder('issue')
      .setLock('pessimistic_write')
      .where('issue.fingerprint = :fingerprint', { fingerprint: facts.fingerprint })
      .getOneOrFail();
    return { issue, opened: inserted.length > 0 };
  }

  /**
   * Counts one more failure of a record on the issue. Events of one batch are processed in any order,
   * so a success of the record that happened after this failure may already be stored: then the record
   * is recovered at once. Returns the record's state before and after.
   */
  async linkFailure(manager: EntityManager, issueId: string, facts: FailureFacts): Promise<{ before: RecordState | null; after: RecordState }> {
    const previous: Array<{ state: RecordState }> = await manager.query(
      `SELECT state FROM issue_record WHERE issue_id = $1 AND system = $2 AND entity = $3 AND record_id = $4 FOR UPDATE`,
      [issueId, facts.sourceSystem, facts.sourceEntity, facts.sourceId],
    );
    const [laterSuccess]: Array<{ occurred_at: Date }> = await manager.query(
      `SELECT occurred_at FROM sync_event
       WHERE source_id = $4 AND integration = $1 AND source_system = $2 AND source_entity = $3 AND status = 'succeeded' AND occurred_at > $5
       ORDER BY occurred_at LIMIT 1`,
      [facts.integration, facts.sourceSystem, facts.sourceEntity, facts.sourceId, facts.occurredAt],
    );
    const after: RecordState = laterSuccess ? 'recovered' : 'failing';
    await manager.query(
      `INSERT INTO issue_record (issue_id, system, entity, record_id, integration, url, target_id, target_url, first_seen_at, last_seen_at, count, state, recovered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 1, $10, $11)
       ON CONFLICT (issue_id, system, entity, record_id) DO UPDATE SET
         count = issue_record.count + 1,
         first_seen_at = LEAST(issue_record.first_seen_at, EXCLUDED.first_seen_at),
         last_seen_at = GREATEST(issue_record.last_seen_at, EXCLUDED.last_seen_at),
         url = COALESCE(EXCLUDED.url, issue_record.url),
         target_id = COALESCE(EXCLUDED.target_id, issue_record.target_id),
         target_url = COALESCE(EXCLUDED.target_url, issue_record.target_url),
         state = EXCLUDED.state,
         recovered_at = EXCLUDED.recovered_at`,
      [issueId, facts.sourceSystem, facts.sourceEntity, facts.sourceId, facts.integration, facts.sourceUrl, facts.targetId, facts.targetUrl, facts.occurredAt, after, laterSuccess?.occurred_at ?? null],
    );
    return { before: previous[0]?.state ?? null, after };
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

  async save(manager: EntityManager, issue: IssueEntity): Promise<void> {
    await manager.getRepository(IssueEntity).save(issue);
  }
}
