import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every state change of an issue and every change of configuration, people, channels and keys, by whom and why. */
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

  /** the team a configuration or people change touched, for GET /v1/audit?team= */
  @Column({ type: 'varchar', length: 100, nullable: true })
  team: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, unknown>;
}
