import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A deploy marker of the integration code: failures that start right after one point at it. */
@Entity('release')
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  version: string;

  @Column({ name: 'deployed_at', type: 'timestamptz' })
  deployedAt: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  integration: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  system: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
