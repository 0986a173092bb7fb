import { MigrationInterface, QueryRunner } from 'typeorm';

export class IssueAssignment1764000500000 implements MigrationInterface {
  name = 'IssueAssignment1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE issue ADD COLUMN assignee varchar(200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE issue DROP COLUMN assignee`);
  }
}
