import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EscalationPolicy } from '../core/seam-config.types';
import type { Tx } from '../platform/database/unit-of-work';

export interface EscalationPolicyRow {
  team: string;
  levels: EscalationPolicy['levels'];
  urgency: EscalationPolicy['urgency'];
  page_at_records: number | null;
  calendar_window_days: number | null;
  ack_within_minutes: number | null;
  last_drill_at: Date | null;
}

export interface NewEscalationPolicy {
  team: string;
  levels: EscalationPolicy['levels'];
  urgency: EscalationPolicy['urgency'];
  pageAtRecords: number | null;
  calendarWindowDays: number | null;
  ackWithinMinutes: number | null;
  lastDrillAt: Date | string | null;
}

/** All SQL of escalation_policy: replaced by the config import; a passed drill stamps last_drill_at. */
@Injectable()
export class EscalationPolicyRepository {
  constructor(private readonly db: DataSource) {}

  async findById(team: string, tx: Tx = this.db.manager): Promise<EscalationPolicyRow | undefined> {
    const [row]: EscalationPolicyRow[] = await tx.query(`SELECT * FROM escalation_policy WHERE team = $1`, [team]);
    return row;
  }

  listForConfig(tx: Tx = this.db.manager): Promise<EscalationPolicyRow[]> {
    return tx.query(`SELECT * FROM escalation_policy ORDER BY team`);
  }

  /** When each team's policy last passed a drill, before an import replaces the policies. */
  async lastDrills(tx: Tx): Promise<Map<string, Date | null>> {
    const drills: Array<{ team: string; last_drill_at: Date | null }> = await tx.query(
      `SELECT team, last_drill_at FROM escalation_policy`,
    );
    return new Map(drills.map((row) => [row.team, row.last_drill_at]));
  }

  async deleteAll(tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM escalation_policy`);
  }

  async insert(policy: NewEscalationPolicy, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO escalation_policy (team, levels, urgency, page_at_records, calendar_window_days, ack_within_minutes, last_drill_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        policy.team,
        JSON.stringify(policy.levels),
        JSON.stringify(policy.urgency ?? {}),
        policy.pageAtRecords,
        policy.calendarWindowDays,
        policy.ackWithinMinutes,
        policy.lastDrillAt,
      ],
    );
  }

  async markDrilled(team: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE escalation_policy SET last_drill_at = $2 WHERE team = $1`, [team, at]);
  }
}
