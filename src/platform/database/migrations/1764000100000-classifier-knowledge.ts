import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClassifierKnowledge1764000100000 implements MigrationInterface {
  name = 'ClassifierKnowledge1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE classification_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200),
        priority integer NOT NULL DEFAULT 100,
        match jsonb NOT NULL,
        classification varchar(20) NOT NULL,
        category varchar(40),
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One row: the naive Bayes counts learned from people's reclassifications.
    await q.query(`
      CREATE TABLE learned_model (
        id smallint PRIMARY KEY CHECK (id = 1),
        model jsonb NOT NULL,
        examples integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE learned_model`);
    await q.query(`DROP TABLE classification_rule`);
  }
}
