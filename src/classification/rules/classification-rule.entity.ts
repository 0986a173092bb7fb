import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Category, OwnerClass, UserRule } from '../domain/classification.types';

/** A user rule: explicit match conditions that decide class and category before any other signal. */
@Entity('classification_rule')
export class ClassificationRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'integer', default: 100 })
  priority: number;

  @Column({ type: 'jsonb' })
  match: UserRule['match'];

  @Column({ type: 'varchar', length: 20 })
  classification: OwnerClass;

  @Column({ type: 'varchar', length: 40, nullable: true })
  category: Category | null;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export function toUserRule(entity: ClassificationRuleEntity): UserRule {
  return {
    id: entity.id,
    name: entity.name ?? undefined,
    priority: entity.priority,
    match: entity.match,
    classification: entity.classification,
    category: entity.category ?? undefined,
  };
}
