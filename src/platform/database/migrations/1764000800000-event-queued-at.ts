import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an event was last handed to the queue. Jobs now carry many events, so a re-queue is not
 * deduplicated by job id; the sweep re-queues a stale event at most once per OUTBOX_STALE_MS instead.
 */
export class EventQueuedAt1764000800000 implements MigrationInterface {
  name = 'EventQueuedAt1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sync_event ADD COLUMN queued_at timestamptz`);
    await q.query(`UPDATE sync_event SET queued_at = received_at WHERE queued`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sync_event DROP COLUMN queued_at`);
  }
}
