import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * - drill verdicts: a drill passes only when someone it meant to reach acknowledged in time; the verdict
 *   and why are kept with the drill, and only a pass moves the policy's last_drill_at;
 *   escalation_policy.ack_within_minutes is how long a drill gives to acknowledge (NULL: the default).
 * - team_member.away_periods: dated absences with a reason ([{ from, until?, reason? }]); the bare
 *   away flag stays and means away with no end.
 * - owner_team.schedule: on-call rotations and overrides ({ rotations, overrides }), as in seam.yaml.
 */
export class DrillVerdictsAwaySchedules1764002000000 implements MigrationInterface {
  name = 'DrillVerdictsAwaySchedules1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE drill ADD COLUMN verdict text, ADD COLUMN verdict_reason text, ADD COLUMN judged_at timestamptz`,
    );
    await q.query(`ALTER TABLE escalation_policy ADD COLUMN ack_within_minutes double precision`);
    await q.query(`CREATE INDEX drill_undecided_idx ON drill (started_at) WHERE verdict IS NULL`);
    await q.query(`ALTER TABLE team_member ADD COLUMN away_periods jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE owner_team ADD COLUMN schedule jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE owner_team DROP COLUMN schedule`);
    await q.query(`ALTER TABLE team_member DROP COLUMN away_periods`);
    await q.query(`DROP INDEX IF EXISTS drill_undecided_idx`);
    await q.query(`ALTER TABLE escalation_policy DROP COLUMN ack_within_minutes`);
    await q.query(`ALTER TABLE drill DROP COLUMN judged_at, DROP COLUMN verdict_reason, DROP COLUMN verdict`);
  }
}
