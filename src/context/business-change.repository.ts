import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordedOnceRepository } from '../platform/database/recorded-once.repository';
import type { Tx } from '../platform/database/unit-of-work';
import { BusinessChangeEntity } from './business-change.entity';
import type { CauseWindow } from './cause-window';

export type NewBusinessChange = Pick<
  BusinessChangeEntity,
  'system' | 'description' | 'changedAt' | 'entity' | 'integration'
>;

export interface BusinessChangeRow {
  system: string;
  entity: string | null;
  integration: string | null;
  description: string;
  changed_at: Date;
}

/** All SQL for business_change. A change is recorded once and never edited: the table has no updated_at. */
@Injectable()
export class BusinessChangeRepository extends RecordedOnceRepository<BusinessChangeEntity, NewBusinessChange> {
  constructor(db: DataSource) {
    super(db, BusinessChangeEntity);
  }

  /**
   * The latest five changes between `from` and `to` of the integration, or of no integration and one of
   * these systems.
   */
  latestAround(
    { integration, systems, from, to }: CauseWindow,
    tx: Tx = this.db.manager,
  ): Promise<BusinessChangeRow[]> {
    return tx.query(
      `SELECT system, entity, integration, description, changed_at FROM business_change
       WHERE changed_at BETWEEN $1 AND $2 AND (integration = $3 OR (integration IS NULL AND system = ANY($4)))
       ORDER BY changed_at DESC LIMIT 5`,
      [from, to, integration, systems],
    );
  }
}
