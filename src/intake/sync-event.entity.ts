import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SyncStatus = 'failed' | 'succeeded';

/**
 * A sync event exactly as the integration layer sent it, plus where the pipeline has taken it. The table
 * is partitioned by week of received_at (migration PartitionSyncEvent1764001000000); its idempotency key
 * (integration, event_id) lives in sync_event_key, which holds the id stored for it.
 */
@Entity('sync_event')
export class SyncEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  integration: string;

  @Column({ name: 'event_id', type: 'varchar', length: 200 })
  eventId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ type: 'varchar', length: 10 })
  status: SyncStatus;

  @Column({ name: 'source_system', type: 'varchar', length: 100 })
  sourceSystem: string;

  @Column({ name: 'source_entity', type: 'varchar', length: 100 })
  sourceEntity: string;

  @Column({ name: 'source_id', type: 'varchar', length: 200 })
  sourceId: string;

  @Column({ name: 'target_system', type: 'varchar', length: 100, nullable: true })
  targetSystem: string | null;

  @Column({ name: 'target_entity', type: 'varchar', length: 100, nullable: true })
  targetEntity: string | null;

  @Column({ name: 'error_code', type: 'varchar', length: 200, nullable: true })
  errorCode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  release: string | null;

  @Column({ name: 'run_id', type: 'varchar', length: 200, nullable: true })
  runId: string | null;

  /** the whole event as received: the trail back to the source record */
  @Column({ type: 'jsonb' })
  body: Record<string, unknown>;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fingerprint: string | null;

  @Column({ name: 'issue_id', type: 'uuid', nullable: true })
  issueId: string | null;

  /** false until the event is on the queue: the outbox sweep picks up what Redis missed */
  @Column({ type: 'boolean', default: false })
  queued: boolean;

  /** when it was last handed to the queue; the sweep re-queues a stale event once per OUTBOX_STALE_MS */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
