import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every state change of an issue, by whom and why: the issue's timeline is read from here. */
@Entity('audit_log')
@Index('audit_log_issue_id_at_idx', ['issueId', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'issue_id', type: 'uuid', nullable: true })
  issueId: string | null;

  /** 'system' for the pipeline, otherwise the person or key that acted */
  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, unknown>;
}
