import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1764000300000 implements MigrationInterface {
  name = 'ApiKeys1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        role varchar(20) NOT NULL,
        hash char(64) NOT NULL UNIQUE,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key`);
  }
}
