import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Routes are rows, not code: the first matching rule by priority names the owner team. Null matches anything. */
@Entity('routing_rule')
export class RoutingRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  priority: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  classification: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  system: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entity: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  integration: string | null;

  @Column({ name: 'owner_team', type: 'varchar', length: 60 })
  ownerTeam: string;
}
