import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The drill columns of escalation_policy, as drills write them: when a team's paths last passed a drill.
 * The policy rows themselves are written by the config import (ownership), which keeps this column when the
 * file does not state it.
 */
@Injectable()
export class EscalationPolicyDrillRepository {
  constructor(private readonly db: DataSource) {}

  async markDrilled(team: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE escalation_policy SET last_drill_at = $2 WHERE team = $1`, [team, at]);
  }
}
