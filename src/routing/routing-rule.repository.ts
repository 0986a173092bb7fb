import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';
import { RoutingRuleEntity } from './routing-rule.entity';

/** A routing row as seam.yaml states it (null matches anything). */
export interface RoutingRuleRow {
  priority: number;
  classification: string | null;
  category: string | null;
  system: string | null;
  entity: string | null;
  integration: string | null;
  owner_team: string;
}

/** All SQL of routing_rule: read by the router on every event (cached there), replaced whole by a config import. */
@Injectable()
export class RoutingRuleRepository {
  constructor(
    @InjectRepository(RoutingRuleEntity) private readonly rules: Repository<RoutingRuleEntity>,
    private readonly db: DataSource,
  ) {}

  async findById(id: string): Promise<RoutingRuleEntity | undefined> {
    if (!isUuid(id)) return undefined;
    return (await this.rules.findOneBy({ id })) ?? undefined;
  }

  /** Every rule, in no particular order (the router orders them). */
  all(): Promise<RoutingRuleEntity[]> {
    return this.rules.find();
  }

  /** As seam.yaml lists them: by priority. */
  listForConfig(tx: Tx = this.db.manager): Promise<RoutingRuleRow[]> {
    return tx.query(
      `SELECT priority, classification, category, system, entity, integration, owner_team FROM routing_rule ORDER BY priority, id`,
    );
  }

  async deleteAll(tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM routing_rule`);
  }

  async insert(rule: RoutingRuleRow, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO routing_rule (priority, classification, category, system, entity, integration, owner_team) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [rule.priority, rule.classification, rule.category, rule.system, rule.entity, rule.integration, rule.owner_team],
    );
  }
}
