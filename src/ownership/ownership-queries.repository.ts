import { Injectable } from '@nestjs/common';
import type { Tx } from '../platform/database/unit-of-work';

/** Ownership's reads of other capabilities' tables (issue). */
@Injectable()
export class OwnershipQueriesRepository {
  /** Teams not among `slugs` that still own unresolved issues, with how many: the import may not remove them. */
  openIssuesOfTeamsOtherThan(slugs: string[], tx: Tx): Promise<Array<{ owner_team: string; open: number }>> {
    return tx.query(
      `SELECT owner_team, count(*)::int AS open FROM issue WHERE status <> 'resolved' AND NOT (owner_team = ANY($1)) GROUP BY owner_team ORDER BY owner_team`,
      [slugs],
    );
  }
}
