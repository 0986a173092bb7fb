import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the console's list query (GET /v1/issues) still lacked at 100,000 issues (scripts/bench/console.ts):
 *
 * - `until` filters on first_seen_at, which no index led with: an early `until` walked the whole
 *   activity index (last_seen_at) to find the few issues first seen before it. A btree on first_seen_at
 *   lets the planner collect those few and sort them instead.
 * - The console's columns are not independent: the owner follows from the classification, systems and
 *   entities from the integration. Assuming independence, the planner expected plenty of rows for
 *   combinations that have few or none (classification=process_change&owner=engineering,
 *   integration=magento-sap-orders&system=netsuite) and walked a whole per-column index for them.
 *   Multivariate statistics (MCV lists; each group has fewer combinations than the list holds) give it
 *   the real frequencies, so it intersects the indexes instead.
 */
export class ConsoleIndexes1764000900000 implements MigrationInterface {
  name = 'ConsoleIndexes1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX issue_first_seen_idx ON issue (first_seen_at)`);
    await q.query(
      `CREATE STATISTICS issue_triage_stats (mcv, dependencies) ON classification, owner_team, status FROM issue`,
    );
    await q.query(
      `CREATE STATISTICS issue_flow_stats (mcv, dependencies) ON integration, source_system, target_system, source_entity, target_entity FROM issue`,
    );
    // statistics objects are empty until the table is analysed; ANALYZE samples, so this stays quick on a big table
    await q.query(`ANALYZE issue`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS IF EXISTS issue_flow_stats`);
    await q.query(`DROP STATISTICS IF EXISTS issue_triage_stats`);
    await q.query(`DROP INDEX IF EXISTS issue_first_seen_idx`);
  }
}
