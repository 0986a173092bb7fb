import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AwayPeriod } from '../core/seam-config.types';
import type { Tx } from '../platform/database/unit-of-work';

export interface TeamMemberRow {
  team: string;
  id: string;
  name: string;
  time_zone: string | null;
  away: boolean;
  away_periods: AwayPeriod[];
}

/** What people set through the API rather than the file: kept across an import unless the file says otherwise. */
export type TeamMemberPeopleState = Pick<TeamMemberRow, 'team' | 'id' | 'away' | 'away_periods'>;

export interface NewTeamMember {
  team: string;
  id: string;
  name: string;
  timeZone: string | null;
  away: boolean;
  awayPeriods: AwayPeriod[];
  position: number;
}

/** All SQL of team_member: replaced by the config import, away flags and periods set through the API. */
@Injectable()
export class TeamMemberRepository {
  constructor(private readonly db: DataSource) {}

  async findById(team: string, id: string, tx: Tx = this.db.manager): Promise<TeamMemberRow | undefined> {
    const [row]: TeamMemberRow[] = await tx.query(
      `SELECT team, id, name, time_zone, away, away_periods FROM team_member WHERE team = $1 AND id = $2`,
      [team, id],
    );
    return row;
  }

  /** Each team's members in seam.yaml's order. */
  listForConfig(tx: Tx = this.db.manager): Promise<TeamMemberRow[]> {
    return tx.query(
      `SELECT team, id, name, time_zone, away, away_periods FROM team_member ORDER BY team, position, id`,
    );
  }

  listPeopleState(tx: Tx): Promise<TeamMemberPeopleState[]> {
    return tx.query(`SELECT team, id, away, away_periods FROM team_member`);
  }

  async deleteAll(tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM team_member`);
  }

  async insert(member: NewTeamMember, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO team_member (team, id, name, time_zone, away, away_periods, position) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        member.team,
        member.id,
        member.name,
        member.timeZone,
        member.away,
        JSON.stringify(member.awayPeriods),
        member.position,
      ],
    );
  }

  /** The member's away flag, locked for the rest of the transaction; undefined when there is no such member. */
  async lockAway(team: string, member: string, tx: Tx): Promise<boolean | undefined> {
    const [row]: Array<{ away: boolean }> = await tx.query(
      `SELECT away FROM team_member WHERE team = $1 AND id = $2 FOR UPDATE`,
      [team, member],
    );
    return row?.away;
  }

  async setAway(team: string, member: string, away: boolean, tx: Tx): Promise<void> {
    await tx.query(`UPDATE team_member SET away = $3 WHERE team = $1 AND id = $2`, [team, member, away]);
  }

  /** The member's away periods, locked for the rest of the transaction; undefined when there is no such member. */
  async lockAwayPeriods(team: string, member: string, tx: Tx): Promise<AwayPeriod[] | undefined> {
    const [row]: Array<{ away_periods: AwayPeriod[] }> = await tx.query(
      `SELECT away_periods FROM team_member WHERE team = $1 AND id = $2 FOR UPDATE`,
      [team, member],
    );
    return row?.away_periods;
  }

  async setAwayPeriods(team: string, member: string, periods: AwayPeriod[], tx: Tx): Promise<void> {
    await tx.query(`UPDATE team_member SET away_periods = $3 WHERE team = $1 AND id = $2`, [
      team,
      member,
      JSON.stringify(periods),
    ]);
  }
}
