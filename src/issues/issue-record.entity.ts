import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RecordState } from './domain/failure-outcome';

/** Trace-back: a source record an issue touched, and whether it still fails. */
@Entity('issue_record')
export class IssueRecordEntity {
  @PrimaryColumn({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  system: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  entity: string;

  @PrimaryColumn({ name: 'record_id', type: 'varchar', length: 200 })
  recordId: string;

  @Column({ type: 'varchar', length: 100 })
  integration: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** the record's name at the source (source.label), e.g. a customer's name */
  @Column({ type: 'varchar', length: 200, nullable: true })
  label: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 200, nullable: true })
  targetId: string | null;

  @Column({ name: 'target_url', type: 'text', nullable: true })
  targetUrl: string | null;

  @Column({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ type: 'integer', default: 0 })
  count: number;

  @Column({ type: 'varchar', length: 12, default: 'failing' })
  state: RecordState;

  @Column({ name: 'recovered_at', type: 'timestamptz', nullable: true })
  recoveredAt: Date | null;
}
