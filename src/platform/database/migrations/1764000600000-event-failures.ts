import { MigrationInterface, QueryRunner } from 'typeorm';

/** An event whose processing failed for good is marked with its error, visible, and no longer retried. */
export class EventFailures1764000600000 implements MigrationInterface {
  name = 'EventFailures1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sync_event ADD COLUMN failed_at timestamptz, ADD COLUMN failure text`);
    await q.query(`CREATE INDEX sync_event_failed_idx ON sync_event (failed_at DESC) WHERE failed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sync_event DROP COLUMN failure, DROP COLUMN failed_at`);
  }
}
