import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../../platform/database/unit-of-work';
import { isUuid } from '../../platform/text/uuid';
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
export class ClassificationRuleRepository {
  constructor(private readonly db: DataSource) {}

  /** Every rule, in the order they are tried. */
  all(tx: Tx = this.db.manager): Promise<ClassificationRuleEntity[]> {
    return this.rules(tx).find({ order: { priority: 'ASC', createdAt: 'ASC' } });
  }

  /** Null for an id that is not a UUID, as for one that names no rule. */
  async findById(id: string, tx: Tx = this.db.manager): Promise<ClassificationRuleEntity | null> {
    return isUuid(id) ? this.rules(tx).findOne({ where: { id } }) : null;
  }

  create(rule: NewRule, tx: Tx = this.db.manager): Promise<ClassificationRuleEntity> {
    const rules = this.rules(tx);
    return rules.save(rules.create(rule));
  }

  async delete(id: string, tx: Tx = this.db.manager): Promise<void> {
    await this.rules(tx).delete({ id });
  }

  private rules(tx: Tx) {
    return tx.getRepository(ClassificationRuleEntity);
  }
}
