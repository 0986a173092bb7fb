import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApiKeyIdentity } from './api-key.repository';

/** All SQL of console_session: a signed-in console's cookie, stored as a hash and tied to the key that signed in. */
@Injectable()
export class ConsoleSessionRepository {
  constructor(private readonly db: DataSource) {}

  async insert(hash: string, keyId: string, expiresAt: Date): Promise<void> {
    await this.db.query(`INSERT INTO console_session (hash, key_id, expires_at) VALUES ($1, $2, $3)`, [
      hash,
      keyId,
      expiresAt,
    ]);
  }

  /** The key of an unexpired session whose key is still active. */
  async activeKeyOf(hash: string): Promise<ApiKeyIdentity | undefined> {
    const [row]: ApiKeyIdentity[] = await this.db.query(
      `SELECT k.id, k.name, k.role, k.integrations FROM console_session s JOIN api_key k ON k.id = s.key_id
       WHERE s.hash = $1 AND s.expires_at > now() AND k.revoked_at IS NULL`,
      [hash],
    );
    return row;
  }

  async delete(hash: string): Promise<void> {
    await this.db.query(`DELETE FROM console_session WHERE hash = $1`, [hash]);
  }
}
