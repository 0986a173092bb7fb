import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SeamConfig } from '../core/seam-config.types';
import type { Tx } from '../platform/database/unit-of-work';

export interface HypercareWindowRow {
  integration: string;
  starts_at: Date;
  ends_at: Date;
  engineering_team: string | null;
  first_responder_team: string | null;
}

/**
 * All SQL of hypercare_window: while one is in force, support and the build team both hear of an
 * integration's issues. The config import replaces the rows inside its own transaction (pass its `tx`).
 */
@Injectable()
export class HypercareWindowRepository {
  constructor(private readonly db: DataSource) {}

  async listForConfig(tx: Tx = this.db.manager): Promise<HypercareWindowRow[]> {
    return tx.query(`SELECT * FROM hypercare_window ORDER BY integration`);
  }

  async replaceAll(windows: SeamConfig['hypercare'], tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM hypercare_window`);
    for (const window of windows) {
      await tx.query(
        `INSERT INTO hypercare_window (integration, starts_at, ends_at, engineering_team, first_responder_team) VALUES ($1, $2, $3, $4, $5)`,
        [
          window.integration,
          window.from,
          window.until,
          window.engineeringTeam ?? null,
          window.firstResponderTeam ?? null,
        ],
      );
    }
  }
}
