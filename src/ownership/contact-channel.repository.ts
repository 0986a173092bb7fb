import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ContactChannel } from '../core/seam-config.types';
import type { Tx } from '../platform/database/unit-of-work';

export interface ContactChannelRow {
  id: string;
  team: string;
  member_id: string | null;
  kind: ContactChannel['kind'];
  target: string;
  secret: string | null;
  verified_at: Date | null;
  last_delivery_at: Date | null;
  last_delivery_ok: boolean | null;
  last_delivery_error: string | null;
}

/**
 * All SQL of contact_channel: replaced by the config import; verification and delivery outcomes are
 * written as they happen.
 */
@Injectable()
export class ContactChannelRepository {
  constructor(private readonly db: DataSource) {}

  async findById(id: string): Promise<ContactChannelRow | undefined> {
    const [row]: ContactChannelRow[] = await this.db.query(`SELECT * FROM contact_channel WHERE id = $1`, [id]);
    return row;
  }

  listForConfig(tx: Tx = this.db.manager): Promise<ContactChannelRow[]> {
    return tx.query(`SELECT * FROM contact_channel ORDER BY id`);
  }

  /** Every channel with its history, before an import replaces them. */
  listAll(tx: Tx): Promise<ContactChannelRow[]> {
    return tx.query(`SELECT * FROM contact_channel`);
  }

  async deleteAll(tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM contact_channel`);
  }

  async insert(row: ContactChannelRow, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO contact_channel (id, team, member_id, kind, target, secret, verified_at, last_delivery_at, last_delivery_ok, last_delivery_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.id,
        row.team,
        row.member_id,
        row.kind,
        row.target,
        row.secret,
        row.verified_at,
        row.last_delivery_at,
        row.last_delivery_ok,
        row.last_delivery_error,
      ],
    );
  }

  /** Whether the channel exists. */
  async markVerified(id: string, at: Date, tx: Tx = this.db.manager): Promise<boolean> {
    const [, count] = await tx.query(`UPDATE contact_channel SET verified_at = $2 WHERE id = $1`, [id, at]);
    return count > 0;
  }

  async recordDelivery(id: string, ok: boolean, error: string | null, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE contact_channel SET last_delivery_at = $2, last_delivery_ok = $3, last_delivery_error = $4 WHERE id = $1`,
      [id, at, ok, error],
    );
  }
}
