import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Team } from '../core/seam-config.types';
import type { Tx } from '../platform/database/unit-of-work';

export interface OwnerTeamRow {
  slug: string;
  name: string;
  region: string | null;
  business_hours: Team['businessHours'] | null;
  after_hours: Team['afterHours'] | null;
  lead: string | null;
  roles: Team['roles'] | null;
  schedule: Team['schedule'] | null;
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** All SQL of owner_team: written by the config import only (teams keep their slug and creation order). */
@Injectable()
export class OwnerTeamRepository {
  constructor(private readonly db: DataSource) {}

  async findById(slug: string, tx: Tx = this.db.manager): Promise<OwnerTeamRow | undefined> {
    const [row]: OwnerTeamRow[] = await tx.query(
      `SELECT slug, name, region, business_hours, after_hours, lead, roles, schedule FROM owner_team WHERE slug = $1`,
      [slug],
    );
    return row;
  }

  /** In the order they were first created (seam.yaml's order on the first import). */
  listForConfig(tx: Tx = this.db.manager): Promise<OwnerTeamRow[]> {
    return tx.query(
      `SELECT slug, name, region, business_hours, after_hours, lead, roles, schedule FROM owner_team ORDER BY created_at, slug`,
    );
  }

  async slugs(): Promise<string[]> {
    const teams: Array<{ slug: string }> = await this.db.query(`SELECT slug FROM owner_team ORDER BY slug`);
    return teams.map((team) => team.slug);
  }

  /** Removes every team not named (their members, channels and policies go with them: ON DELETE CASCADE). */
  async deleteAllExcept(slugs: string[], tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM owner_team WHERE NOT (slug = ANY($1))`, [slugs]);
  }

  /** An existing team keeps its row (and created_at, hence its place in the list). */
  async upsert(team: Team, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO owner_team (slug, name, region, business_hours, after_hours, lead, roles, schedule) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region, business_hours = EXCLUDED.business_hours,
         after_hours = EXCLUDED.after_hours, lead = EXCLUDED.lead, roles = EXCLUDED.roles, schedule = EXCLUDED.schedule`,
      [
        team.slug,
        team.name,
        team.region ?? null,
        json(team.businessHours),
        json(team.afterHours),
        team.lead ?? null,
        json(team.roles),
        json(team.schedule),
      ],
    );
  }
}
