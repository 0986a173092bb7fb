import { MigrationInterface, QueryRunner } from 'typeorm';

/** Console sign-ins: the browser holds a random token in an httpOnly cookie; only its hash is stored. */
export class ConsoleSessions1764000400000 implements MigrationInterface {
  name = 'ConsoleSessions1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE console_session (
        hash char(64) PRIMARY KEY,
        key_id uuid NOT NULL REFERENCES api_key(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE console_session`);
  }
}
