import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordedOnceRepository } from '../../platform/database/recorded-once.repository';
import type { Tx } from '../../platform/database/unit-of-work';
import { ClassificationRuleEntity } from './classification-rule.entity';

export type NewRule = Pick<
  ClassificationRuleEntity,
  'name' | 'priority' | 'match' | 'classification' | 'category' | 'createdBy'
>;

/**
 * All SQL for classification_rule (user rules). The table has no updated_at: a rule is created or deleted,
 * never edited.
 */
@Injectable()
export class ClassificationRuleRepository extends RecordedOnceRepository<ClassificationRuleEntity, NewRule> {
  constructor(db: DataSource) {
    super(db, ClassificationRuleEntity);
  }

  /** Every rule, in the order they are tried. */
  all(tx: Tx = this.db.manager): Promise<ClassificationRuleEntity[]> {
    return this.rules(tx).find({ order: { priority: 'ASC', createdAt: 'ASC' } });
  }

  async delete(id: string, tx: Tx = this.db.manager): Promise<void> {
    await this.rules(tx).delete({ id });
  }

  private rules(tx: Tx) {
    return tx.getRepository(ClassificationRuleEntity);
  }
}
