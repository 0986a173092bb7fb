import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordedOnceRepository } from '../platform/database/recorded-once.repository';
import type { Tx } from '../platform/database/unit-of-work';
import type { CauseWindow } from './cause-window';
import { ReleaseEntity } from './release.entity';

export type NewRelease = Pick<ReleaseEntity, 'version' | 'deployedAt' | 'integration' | 'system'>;

export interface ReleaseRow {
  version: string;
  deployed_at: Date;
  integration: string | null;
  system: string | null;
}

/** All SQL for release (deploy markers). A marker is recorded once and never edited: the table has no updated_at. */
@Injectable()
export class ReleaseRepository extends RecordedOnceRepository<ReleaseEntity, NewRelease> {
  constructor(db: DataSource) {
    super(db, ReleaseEntity);
  }

  /**
   * The latest five deploys between `from` and `to` of the integration, or of no integration and one of
   * these systems (or of no system at all).
   */
  latestAround({ integration, systems, from, to }: CauseWindow, tx: Tx = this.db.manager): Promise<ReleaseRow[]> {
    return tx.query(
      `SELECT version, deployed_at, integration, system FROM release
       WHERE deployed_at BETWEEN $1 AND $2
         AND (integration = $3 OR (integration IS NULL AND (system IS NULL OR system = ANY($4))))
       ORDER BY deployed_at DESC LIMIT 5`,
      [from, to, integration, systems],
    );
  }
}
