import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hypercare copies are labelled as copies (copy_of: the owner team whose issue it is) and may wait for
 * the copied team's business hours (deliver_after) when the issue does not page.
 */
export class NotificationCopy1764003100000 implements MigrationInterface {
  name = 'NotificationCopy1764003100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN copy_of varchar(60), ADD COLUMN deliver_after timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN deliver_after, DROP COLUMN copy_of`);
  }
}
