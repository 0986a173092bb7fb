import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification budget's counters: pages caused and pages held per integration ('integration:<name>')
 * and overall ('*') in each fixed window, and when the window's summary went out. Noise control keeps
 * its other state beside it in Postgres (the notified_state_key, the audit log), so a restart
 * or a second worker sees the same budget.
 */
export class NotificationBudget1764001250000 implements MigrationInterface {
  name = 'NotificationBudget1764001250000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_budget (
        scope varchar(200) NOT NULL,
        window_start timestamptz NOT NULL,
        paged integer NOT NULL DEFAULT 0,
        held integer NOT NULL DEFAULT 0,
        summarized_at timestamptz,
        PRIMARY KEY (scope, window_start)
      )`);
    await q.query(
      `CREATE INDEX notification_budget_unsummarized_idx ON notification_budget (window_start) WHERE held > 0 AND summarized_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_budget`);
  }
}
