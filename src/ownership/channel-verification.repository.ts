import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PendingVerification } from './domain/channel-verification';

type Row = { code_hash: string; target: string; expires_at: Date; failed_attempts: number };

/** All SQL of channel_verification: the one pending code per channel, as a hash. */
@Injectable()
export class ChannelVerificationRepository {
  constructor(private readonly db: DataSource) {}

  /** A new code replaces any pending one (and its failed attempts). */
  async put(channelId: string, pending: PendingVerification & { sentAt: Date; requestedBy: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO channel_verification (channel_id, target, code_hash, sent_at, expires_at, failed_attempts, requested_by)
       VALUES ($1, $2, $3, $4, $5, 0, $6)
       ON CONFLICT (channel_id) DO UPDATE SET target = EXCLUDED.target, code_hash = EXCLUDED.code_hash, sent_at = EXCLUDED.sent_at,
         expires_at = EXCLUDED.expires_at, failed_attempts = 0, requested_by = EXCLUDED.requested_by`,
      [channelId, pending.target, pending.codeHash, pending.sentAt, pending.expiresAt, pending.requestedBy],
    );
  }

  /** Locked for the rest of the transaction: two confirmations of one code cannot both count. */
  async findForUpdate(channelId: string, manager: EntityManager): Promise<PendingVerification | undefined> {
    const [row]: Row[] = await manager.query(
      `SELECT code_hash, target, expires_at, failed_attempts FROM channel_verification
       WHERE channel_id = $1 FOR UPDATE`,
      [channelId],
    );
    return (
      row && {
        codeHash: row.code_hash,
        target: row.target,
        expiresAt: row.expires_at,
        failedAttempts: row.failed_attempts,
      }
    );
  }

  async countFailure(channelId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE channel_verification SET failed_attempts = failed_attempts + 1 WHERE channel_id = $1`, [
      channelId,
    ]);
  }

  async discard(channelId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM channel_verification WHERE channel_id = $1`, [channelId]);
  }
}
