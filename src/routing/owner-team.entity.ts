import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A team that owns a class of problems; its slug is also the name of its BullMQ queue. */
@Entity('owner_team')
export class OwnerTeamEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
