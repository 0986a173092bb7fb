import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Category, Classification, Reason } from '../core/classification.types';
import type { IssueStatus } from './domain/issue-lifecycle';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';
import type { RecordState } from './domain/failure-outcome';
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

type Placeholder = Pick<IssuePatch, 'classification' | 'category' | 'ownerTeam'>;
type OpenedIssue = { issue: IssueEntity; opened: boolean };
type IssueColumn = 'assignee' | 'known_issue_id' | 'failing_records';

/**
 * All writes to the issue table, and its reads by id or fingerprint: the row is read in one shape
 * (IssueEntity) and `updated_at` is set here only (by `save`, whose entity has an update date column,
 * and by `update`). Grouping runs in the caller's transaction with the issue row locked first, so
 * concurrent failures of one fingerprint serialise instead of losing counts.
 */
@Injectable()
export class IssueRepository {
  constructor(private readonly db: DataSource) {}

  /** The issue of this fingerprint, created if it is the first failure, locked for update; plus whether it is new. */
  async lockOrOpen(facts: FailureFacts, placeholder: Placeholder, tx: Tx): Promise<OpenedIssue>;
  /** With `wait: false`, undefined when another transaction holds the issue, instead of waiting for it. */
  async lockOrOpen(
    facts: FailureFacts,
    placeholder: Placeholder,
    tx: Tx,
    options: { wait: boolean },
  ): Promise<OpenedIssue | undefined>;
  async lockOrOpen(
    facts: FailureFacts,
    placeholder: Placeholder,
    tx: Tx,
    options = { wait: true },
  ): Promise<OpenedIssue | undefined> {
    const inserted: Array<{ id: string }> = await tx.query(
      `INSERT INTO issue (fingerprint, integration, source_system, source_entity, target_system, target_entity, error_code,
                          title, sample_message, classification, category, confidence, owner_team, status, first_seen_at, last_seen_at, last_release,
                          normalised_message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, 'new', $13, $13, $14, $15)
       ON CONFLICT (fingerprint) DO NOTHING RETURNING id`,
      [
        facts.fingerprint,
        facts.integration,
        facts.sourceSystem,
        facts.sourceEntity,
        facts.targetSystem,
        facts.targetEntity,
        facts.errorCode,
        facts.title,
        facts.message,
        placeholder.classification,
        placeholder.category,
        placeholder.ownerTeam,
        facts.occurredAt,
        facts.release,
        facts.normalisedMessage,
      ],
    );
    const query = this.rows(tx)
      .setLock('pessimistic_write')
      .where('issue.fingerprint = :fingerprint', { fingerprint: facts.fingerprint });
    if (options.wait) return { issue: await query.getOneOrFail(), opened: inserted.length > 0 };
    const issue = await query.setOnLocked('skip_locked').getOne();
    return issue ? { issue, opened: inserted.length > 0 } : undefined;
  }

  /** Null for an id that is not a UUID, as for one that names no issue. */
  async findById(id: string, tx: Tx = this.db.manager): Promise<IssueEntity | null> {
    if (!isUuid(id)) return null;
    return this.rows(tx).where('issue.id = :id', { id }).getOne();
  }

  /** The issue, locked for update until the transaction ends; null when there is none. */
  async lock(id: string, tx: Tx): Promise<IssueEntity | null> {
    if (!isUuid(id)) return null;
    return this.rows(tx).setLock('pessimistic_write').where('issue.id = :issueId', { issueId: id }).getOne();
  }

  findByFingerprint(fingerprint: string, tx: Tx = this.db.manager): Promise<IssueEntity | null> {
    return this.rows(tx).where('issue.fingerprint = :fingerprint', { fingerprint }).getOne();
  }

  /** Open issues of one category (real ones: drills never count). */
  openOfCategory(category: Category, tx: Tx = this.db.manager): Promise<IssueEntity[]> {
    return this.rows(tx)
      .where(`issue.category = :category AND issue.status <> 'resolved' AND issue.drill_id IS NULL`, { category })
      .orderBy('issue.id')
      .getMany();
  }

  /** Routing decisions whose enqueue did not follow their commit within `olderThanMs`, oldest first. */
  pendingRoutes(olderThanMs: number, limit: number, tx: Tx = this.db.manager): Promise<IssueEntity[]> {
    return this.rows(tx)
      .where('issue.pending_route IS NOT NULL')
      .andWhere(`issue.updated_at < now() - make_interval(secs => :seconds::float8)`, { seconds: olderThanMs / 1000 })
      .orderBy('issue.updated_at')
      .limit(limit)
      .getMany();
  }

  /** Saves every column of the issue; its `updated_at` is the entity's update date column. */
  async save(issue: IssueEntity, tx: Tx): Promise<void> {
    await tx.getRepository(IssueEntity).save(issue);
  }

  setAssignee(id: string, assignee: string | null, tx: Tx): Promise<void> {
    return this.update(id, 'assignee', assignee, tx);
  }

  linkKnownIssue(id: string, knownIssueId: string, tx: Tx): Promise<void> {
    return this.update(id, 'known_issue_id', knownIssueId, tx);
  }

  setFailingRecords(id: string, failingRecords: number, tx: Tx): Promise<void> {
    return this.update(id, 'failing_records', failingRecords, tx);
  }

  /**
   * The routing decision is delivered. `updated_at` stays: clearing the marker is bookkeeping of the
   * delivery, not a change of the issue (the routed job's id carries `updated_at`).
   */
  async clearPendingRoute(id: string, transition: string, tx: Tx = this.db.manager): Promise<void> {
    await tx.query(`UPDATE issue SET pending_route = NULL WHERE id = $1 AND pending_route = $2`, [id, transition]);
  }

  /** A known issue now covers this issue (escalation's noise control). */
  async labelKnownIssue(id: string, knownIssueId: string, tx: Tx = this.db.manager): Promise<void> {
    await tx.query(`UPDATE issue SET known_issue_id = $2 WHERE id = $1`, [id, knownIssueId]);
  }

  /**
   * Claims an escalation level for a state of the issue when no pending step records it (jobs queued
   * before pending steps existed): true if this call moved the issue to that state and level, false if a
   * run got there first.
   */
  async claimLevel(id: string, stateKey: string, level: number, tx: Tx): Promise<boolean> {
    // an UPDATE … RETURNING answers [rows, affected count]
    const [claimed]: [unknown[], number] = await tx.query(
      `UPDATE issue SET notified_state_key = $2, escalation_level = $3 WHERE id = $1 AND (notified_state_key IS DISTINCT FROM $2 OR escalation_level < $3) RETURNING id`,
      [id, stateKey, level],
    );
    return claimed.length > 0;
  }

  /** Records the state and level escalation has notified (the pending step was taken already). */
  async markNotified(id: string, stateKey: string, level: number, tx: Tx): Promise<void> {
    await tx.query(`UPDATE issue SET notified_state_key = $2, escalation_level = $3 WHERE id = $1`, [
      id,
      stateKey,
      level,
    ]);
  }

  /** Claims the issue's state for the team's digest: false when that state was already queued or notified. */
  async claimForDigest(id: string, stateKey: string, tx: Tx = this.db.manager): Promise<boolean> {
    // an UPDATE … RETURNING answers [rows, affected count]
    const [claimed]: [unknown[], number] = await tx.query(
      `UPDATE issue SET notified_state_key = $2 WHERE id = $1 AND notified_state_key IS DISTINCT FROM $2 RETURNING id`,
      [id, stateKey],
    );
    return claimed.length > 0;
  }

  private async update(id: string, column: IssueColumn, value: unknown, tx: Tx): Promise<void> {
    await tx.query(`UPDATE issue SET ${column} = $2, updated_at = now() WHERE id = $1`, [id, value]);
  }

  private rows(tx: Tx) {
    return tx.getRepository(IssueEntity).createQueryBuilder('issue');
  }
}
