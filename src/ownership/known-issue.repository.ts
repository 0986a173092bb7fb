import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { KnownIssue } from '../core/seam-config.types';
import type { Tx } from '../platform/database/unit-of-work';

export interface KnownIssueRow {
  id: string;
  title: string;
  support_script: string | null;
  release: string | null;
  expires_at: Date;
  max_records: number | null;
  match: KnownIssue['match'];
}

/**
 * All SQL of known_issue: what noise control keeps quiet about until it expires. The config import replaces
 * the rows inside its own transaction (pass its `tx`), so a half-applied import never matches anything.
 */
@Injectable()
export class KnownIssueRepository {
  constructor(private readonly db: DataSource) {}

  async listForConfig(tx: Tx = this.db.manager): Promise<KnownIssueRow[]> {
    return tx.query(`SELECT * FROM known_issue ORDER BY id`);
  }

  async replaceAll(knownIssues: readonly KnownIssue[], tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM known_issue`);
    for (const known of knownIssues) {
      await tx.query(
        `INSERT INTO known_issue (id, title, support_script, release, expires_at, match, max_records) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          known.id,
          known.title,
          known.supportScript ?? null,
          known.release ?? null,
          known.expiresAt,
          JSON.stringify(known.match),
          known.maxRecords ?? null,
        ],
      );
    }
  }
}
