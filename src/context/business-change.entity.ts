import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A rule, status or setting the business changed: failures that start right after one are its owner's. */
@Entity('business_change')
export class BusinessChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  system: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entity: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  integration: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
