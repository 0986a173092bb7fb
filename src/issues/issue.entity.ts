import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Category, Classification, Reason } from '../core/classification.types';
import type { IssueRoutedPayload } from '../platform/queue/queue-catalogue';
import type { IssueStatus } from './domain/issue-lifecycle';

/** Every failure that shares a fingerprint, with the classification and owner it has now. */
@Entity('issue')
export class IssueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  fingerprint: string;

  @Column({ type: 'varchar', length: 100 })
  integration: string;

  @Column({ name: 'source_system', type: 'varchar', length: 100 })
  sourceSystem: string;

  @Column({ name: 'source_entity', type: 'varchar', length: 100 })
  sourceEntity: string;

  @Column({ name: 'target_system', type: 'varchar', length: 100, nullable: true })
  targetSystem: string | null;

  @Column({ name: 'target_entity', type: 'varchar', length: 100, nullable: true })
  targetEntity: string | null;

  @Column({ name: 'error_code', type: 'varchar', length: 200, nullable: true })
  errorCode: string | null;

  /** the latest failure's own words (ids kept), what people read; see domain/issue-story readableTitle */
  @Column({ type: 'text' })
  title: string;

  /** the normalised message: what all the grouped failures have in common (null on issues from before it was kept) */
  @Column({ name: 'normalised_message', type: 'text', nullable: true })
  normalisedMessage: string | null;

  /** the two classes the classifier hesitated between, best first (what needs_triage asks a person to choose) */
  @Column({ type: 'jsonb', nullable: true })
  candidates: string[] | null;

  @Column({ name: 'sample_message', type: 'text' })
  sampleMessage: string;

  @Column({ type: 'varchar', length: 20 })
  classification: Classification;

  @Column({ type: 'varchar', length: 40 })
  category: Category;

  @Column({ type: 'real' })
  confidence: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons: Reason[];

  /** set when a person reclassified: the classifier no longer overrides it */
  @Column({ name: 'classified_by_human', type: 'boolean', default: false })
  classifiedByHuman: boolean;

  @Column({ name: 'owner_team', type: 'varchar', length: 60 })
  ownerTeam: string;

  @Column({ type: 'varchar', length: 20 })
  status: IssueStatus;

  @Column({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ type: 'integer', default: 0 })
  occurrences: number;

  @Column({ name: 'distinct_records', type: 'integer', default: 0 })
  distinctRecords: number;

  @Column({ name: 'failing_records', type: 'integer', default: 0 })
  failingRecords: number;

  @Column({ name: 'last_release', type: 'varchar', length: 100, nullable: true })
  lastRelease: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_reason', type: 'text', nullable: true })
  resolvedReason: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'regressions', type: 'integer', default: 0 })
  regressions: number;

  /** a routing notification decided but not yet on the owner's queue (outbox: delivered after commit) */
  @Column({ name: 'pending_route', type: 'varchar', length: 20, nullable: true })
  pendingRoute: IssueRoutedPayload['transition'] | null;

  /** the state change (see stateChangeKey) its owner was last notified of: one notification per state change */
  @Column({ name: 'notified_state_key', type: 'varchar', length: 300, nullable: true })
  notifiedStateKey: string | null;

  /** the escalation level last notified for that state, null before the first notification */
  @Column({ name: 'escalation_level', type: 'integer', nullable: true })
  escalationLevel: number | null;

  /** a known issue that matched: it labels the issue and holds its notifications until it expires */
  @Column({ name: 'known_issue_id', type: 'varchar', length: 100, nullable: true })
  knownIssueId: string | null;

  /** who in the owner team is working on it (a member id or a name), set from the console */
  @Column({ type: 'varchar', length: 200, nullable: true })
  assignee: string | null;

  /** set on issues a drill created: they never count among real issues */
  @Column({ name: 'drill_id', type: 'uuid', nullable: true })
  drillId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
