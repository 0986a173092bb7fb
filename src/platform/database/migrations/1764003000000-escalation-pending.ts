import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The next step of each issue's escalation, in Postgres: the level (or noise re-check) that is due and
 * when. BullMQ's delayed job is only the fast path; the periodic sweep re-creates a job for any row that
 * is due, so a Redis that lost its jobs delays a level by one sweep interval instead of dropping it.
 * A known issue may cap how many records it covers before its issues page after all.
 */
export class EscalationPending1764003000000 implements MigrationInterface {
  name = 'EscalationPending1764003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE escalation_pending (
        issue_id uuid PRIMARY KEY REFERENCES issue(id) ON DELETE CASCADE,
        state_key varchar(300) NOT NULL,
        level integer NOT NULL,
        -- null: a noise re-check (grace, age, known-issue expiry) that may start a chain
        started_at timestamptz,
        due_at timestamptz NOT NULL,
        clock_offset_ms bigint NOT NULL DEFAULT 0,
        reason varchar(40) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX escalation_pending_due_idx ON escalation_pending (due_at)`);
    await q.query(`ALTER TABLE known_issue ADD COLUMN max_records integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE known_issue DROP COLUMN max_records`);
    await q.query(`DROP TABLE IF EXISTS escalation_pending`);
  }
}
