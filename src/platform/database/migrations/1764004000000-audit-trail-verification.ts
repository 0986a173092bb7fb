import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log becomes the record of every change, not only of issues: entries name the team a change
 * touched (filterable), and GET /v1/audit pages it newest first by id with filters on actor, action and team.
 * channel_verification holds the one pending code per channel (its hash, never the code) that Seam sent
 * through the channel; a channel is verified only by confirming that code.
 * The trace-back pages an issue's records newest first: (issue_id, last_seen_at) serves it.
 */
export class AuditTrailVerification1764004000000 implements MigrationInterface {
  name = 'AuditTrailVerification1764004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN team varchar(100)`);
    await q.query(`CREATE INDEX audit_log_actor_id_idx ON audit_log (actor, id)`);
    await q.query(`CREATE INDEX audit_log_action_id_idx ON audit_log (action, id)`);
    await q.query(`CREATE INDEX audit_log_team_id_idx ON audit_log (team, id) WHERE team IS NOT NULL`);
    await q.query(`
      CREATE TABLE channel_verification (
        channel_id varchar(100) PRIMARY KEY,
        target varchar(1000) NOT NULL,
        code_hash varchar(64) NOT NULL,
        sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        failed_attempts integer NOT NULL DEFAULT 0,
        requested_by varchar(200) NOT NULL
      )`);
    await q.query(`CREATE INDEX issue_record_issue_last_seen_idx ON issue_record (issue_id, last_seen_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS issue_record_issue_last_seen_idx`);
    await q.query(`DROP TABLE IF EXISTS channel_verification`);
    await q.query(`DROP INDEX IF EXISTS audit_log_team_id_idx`);
    await q.query(`DROP INDEX IF EXISTS audit_log_action_id_idx`);
    await q.query(`DROP INDEX IF EXISTS audit_log_actor_id_idx`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN team`);
  }
}
