import type { DataSource, DeepPartial, EntityTarget, FindOptionsWhere } from 'typeorm';
import { isUuid } from '../text/uuid';
import type { Tx } from './unit-of-work';

/**
 * What the repositories of tables whose rows are recorded once and never edited (they have no updated_at)
 * share: a row by its UUID, and a new row. Each table's repository adds its own queries.
 */
export abstract class RecordedOnceRepository<Row extends { id: string }, NewRow extends DeepPartial<Row>> {
  protected constructor(
    protected readonly db: DataSource,
    private readonly entity: EntityTarget<Row>,
  ) {}

  /** Null for an id that is not a UUID, as for one that names no row. */
  async findById(id: string, tx: Tx = this.db.manager): Promise<Row | null> {
    return isUuid(id) ? tx.getRepository(this.entity).findOne({ where: { id } as FindOptionsWhere<Row> }) : null;
  }

  create(row: NewRow, tx: Tx = this.db.manager): Promise<Row> {
    const rows = tx.getRepository(this.entity);
    return rows.save(rows.create(row));
  }
}
