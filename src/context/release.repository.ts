import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';
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
export class ReleaseRepository {
  constructor(private readonly db: DataSource) {}

  async findById(id: string, tx: Tx = this.db.manager): Promise<ReleaseEntity | null> {
    return isUuid(id) ? tx.getRepository(ReleaseEntity).findOne({ where: { id } }) : null;
  }

  create(release: NewRelease, tx: Tx = this.db.manager): Promise<ReleaseEntity> {
    const releases = tx.getRepository(ReleaseEntity);
    return releases.save(releases.create(release));
  }

  /**
   * The latest five deploys between `from` and `to` of the integration, or of no integration and one of
   * these systems (or of no system at all).
   */
  latestAround(
    integration: string,
    systems: string[],
    from: Date,
    to: Date,
    tx: Tx = this.db.manager,
  ): Promise<ReleaseRow[]> {
    return tx.query(
      `SELECT version, deployed_at, integration, system FROM release
       WHERE deployed_at BETWEEN $1 AND $2
         AND (integration = $3 OR (integration IS NULL AND (system IS NULL OR system = ANY($4))))
       ORDER BY deployed_at DESC LIMIT 5`,
      [from, to, integration, systems],
    );
  }
}
