import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';

/** All writes of digest_item: low-urgency issue states waiting for their team's daily digest. */
@Injectable()
export class DigestItemRepository {
  constructor(private readonly db: DataSource) {}

  /** Once per issue state: queueing it again changes nothing. */
  async queue(issueId: string, stateKey: string, team: string, tx: Tx = this.db.manager): Promise<void> {
    await tx.query(`INSERT INTO digest_item (issue_id, state_key, team) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      issueId,
      stateKey,
      team,
    ]);
  }

  /** The team's unsent items of these issues went out in the digest sent at `at`. */
  async markSent(team: string, issueIds: string[], at: Date, tx: Tx = this.db.manager): Promise<void> {
    await tx.query(
      `UPDATE digest_item SET sent_at = $3 WHERE team = $1 AND sent_at IS NULL AND issue_id = ANY($2::uuid[])`,
      [team, issueIds, at],
    );
  }
}
