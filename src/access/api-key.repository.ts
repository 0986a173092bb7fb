import { Injectable } from '@nestjs/common';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';
import type { Role } from './domain/permissions';

/** What a request's key stands for, as stored. */
export interface ApiKeyIdentity {
  id: string;
  name: string;
  role: Role;
  integrations: string[] | null;
}

/** A key as GET /v1/keys lists it (never its hash). */
export interface ApiKeyListing extends ApiKeyIdentity {
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface NewApiKey {
  name: string;
  role: Role;
  hash: string;
  createdBy: string;
  integrations: string[] | null;
}

/** All SQL of api_key: keys stored as hashes, revoked rather than deleted. */
@Injectable()
export class ApiKeyRepository {
  constructor(private readonly db: DataSource) {}

  async findById(id: string, tx: Tx = this.db.manager): Promise<ApiKeyListing | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: ApiKeyListing[] = await tx.query(
      `SELECT id, name, role, integrations, created_by AS "createdBy", created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt" FROM api_key WHERE id = $1`,
      [id],
    );
    return row;
  }

  async anyActiveAdmin(): Promise<boolean> {
    const [admin] = await this.db.query(`SELECT 1 FROM api_key WHERE role = 'admin' AND revoked_at IS NULL LIMIT 1`);
    return Boolean(admin);
  }

  /** The key whose hash this is, marked used now; undefined when there is none or it is revoked. */
  async useByHash(hash: string): Promise<ApiKeyIdentity | undefined> {
    const [rows]: [ApiKeyIdentity[], number] = await this.db.query(
      `UPDATE api_key SET last_used_at = now() WHERE hash = $1 AND revoked_at IS NULL RETURNING id, name, role, integrations`,
      [hash],
    );
    return rows[0];
  }

  async insert(key: NewApiKey, tx: Tx = this.db.manager): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO api_key (name, role, hash, created_by, integrations) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [key.name, key.role, key.hash, key.createdBy, key.integrations],
    );
    return row.id;
  }

  /** SEAM_ADMIN_KEY's row, in the transaction that holds lockEnvAdminKey. */
  async insertEnvAdmin(name: string, hash: string, createdBy: string, tx: Tx): Promise<void> {
    await tx.query(`INSERT INTO api_key (name, role, hash, created_by) VALUES ($1, 'admin', $2, $3)`, [
      name,
      hash,
      createdBy,
    ]);
  }

  /** The admin key made at a first start without SEAM_ADMIN_KEY. */
  async insertGeneratedAdmin(name: string, hash: string): Promise<void> {
    await this.db.query(
      `INSERT INTO api_key (name, role, hash, created_by) VALUES ($1, 'admin', $2, 'generated at first start')`,
      [name, hash],
    );
  }

  /** Processes starting together take turns on SEAM_ADMIN_KEY's row: held to the end of the caller's transaction. */
  async lockEnvAdminKey(tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('seam:bootstrap-admin-key'))`);
  }

  async findByHash(hash: string, tx: Tx): Promise<{ id: string; revoked: boolean } | undefined> {
    const [row]: Array<{ id: string; revoked: boolean }> = await tx.query(
      `SELECT id, revoked_at IS NOT NULL AS revoked FROM api_key WHERE hash = $1`,
      [hash],
    );
    return row;
  }

  /** Revokes every active key a creator made except the one with this hash; the ids revoked. */
  async revokeOthersOf(createdBy: string, keptHash: string, tx: Tx): Promise<string[]> {
    const [rows]: [Array<{ id: string }>, number] = await tx.query(
      `UPDATE api_key SET revoked_at = now() WHERE created_by = $1 AND hash <> $2 AND revoked_at IS NULL RETURNING id`,
      [createdBy, keptHash],
    );
    return rows.map((row) => row.id);
  }

  /** The key as it was, when it was active (a malformed id is not found). */
  async revoke(id: string, tx: Tx = this.db.manager): Promise<ApiKeyIdentity | undefined> {
    if (!isUuid(id)) return undefined;
    const [rows]: [ApiKeyIdentity[], number] = await tx.query(
      `UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id, name, role, integrations`,
      [id],
    );
    return rows[0];
  }

  list(): Promise<ApiKeyListing[]> {
    return this.db.query(
      `SELECT id, name, role, integrations, created_by AS "createdBy", created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt" FROM api_key ORDER BY created_at`,
    );
  }
}

/**
 * The operator CLI's statements (src/cli.ts), on a plain pg client: it runs without the service. A key and
 * its audit record are one statement, so a key made from the command line is in the audit log too.
 */
export const apiKeyCliStatements = {
  async create(client: ClientBase, name: string, role: Role, hash: string): Promise<string> {
    const { rows } = await client.query(
      `WITH k AS (INSERT INTO api_key (name, role, hash, created_by) VALUES ($1, $2, $3, 'cli') RETURNING id, name, role)
       INSERT INTO audit_log (actor, action, detail)
       SELECT 'cli', 'api_key_created', jsonb_build_object('before', NULL, 'after', jsonb_build_object('id', id, 'name', name, 'role', role)) FROM k
       RETURNING detail->'after'->>'id' AS id`,
      [name, role, hash],
    );
    return rows[0].id as string;
  },

  async list(client: ClientBase): Promise<
    Array<{
      id: string;
      name: string;
      role: Role;
      created_at: Date;
      revoked_at: Date | null;
      last_used_at: Date | null;
    }>
  > {
    const { rows } = await client.query(
      `SELECT id, name, role, created_at, revoked_at, last_used_at FROM api_key ORDER BY created_at`,
    );
    return rows;
  },

  /** Whether an active key with this id was revoked. */
  async revoke(client: ClientBase, id: string): Promise<boolean> {
    const { rowCount } = await client.query(
      `WITH k AS (UPDATE api_key SET revoked_at = now() WHERE id::text = $1 AND revoked_at IS NULL RETURNING id, name, role)
       INSERT INTO audit_log (actor, action, detail)
       SELECT 'cli', 'api_key_revoked', jsonb_build_object('name', name, 'role', role, 'before', jsonb_build_object('id', id, 'revoked', false), 'after', jsonb_build_object('id', id, 'revoked', true)) FROM k`,
      [id],
    );
    return Boolean(rowCount);
  },
};
