import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';
import { BusinessChangeEntity } from './business-change.entity';

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
export class BusinessChangeRepository {
  constructor(private readonly db: DataSource) {}

  async findById(id: string, tx: Tx = this.db.manager): Promise<BusinessChangeEntity | null> {
    return isUuid(id) ? tx.getRepository(BusinessChangeEntity).findOne({ where: { id } }) : null;
  }

  create(change: NewBusinessChange, tx: Tx = this.db.manager): Promise<BusinessChangeEntity> {
    const changes = tx.getRepository(BusinessChangeEntity);
    return changes.save(changes.create(change));
  }

  /**
   * The latest five changes between `from` and `to` of the integration, or of no integration and one of
   * these systems.
   */
  latestAround(
    integration: string,
    systems: string[],
    from: Date,
    to: Date,
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
