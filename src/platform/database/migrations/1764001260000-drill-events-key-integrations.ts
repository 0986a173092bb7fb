import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two bindings the server decides, never the client:
 * - drill.event_ids: the events a drill posted, recorded before they are stored. An issue is a drill's
 *   when the event that opened it is one of these, not when its runId says "drill:…" (anyone can send that).
 * - api_key.integrations: the integrations an integration key may post events for; NULL is any
 *   (keys made before this, and keys made without the field).
 */
export class DrillEventsKeyIntegrations1764001260000 implements MigrationInterface {
  name = 'DrillEventsKeyIntegrations1764001260000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE drill ADD COLUMN event_ids text[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX drill_integration_idx ON drill (integration)`);
    await q.query(`ALTER TABLE api_key ADD COLUMN integrations text[]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_key DROP COLUMN integrations`);
    await q.query(`DROP INDEX IF EXISTS drill_integration_idx`);
    await q.query(`ALTER TABLE drill DROP COLUMN event_ids`);
  }
}
