import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { AppConfig } from '../platform/config/app-config';
import { announceUnredacted } from '../platform/logging/seam-logger';
import { hashApiKey, newApiKey } from './domain/api-key';
import type { Role } from './domain/permissions';

export interface Caller {
  keyId: string;
  name: string;
  role: Role;
  /** the integrations this key may post events for; null: any */
  integrations: string[] | null;
}

type KeyRow = { id: string; name: string; role: Role; integrations: string[] | null };
const callerOf = (row: KeyRow | undefined): Caller | null => (row ? { keyId: row.id, name: row.name, role: row.role, integrations: row.integrations ?? null } : null);

const CACHE_TTL_MS = 30_000;
const MAX_CACHED_CREDENTIALS = 10_000;
const BOOTSTRAP_NAME = 'bootstrap admin';
/** created_by of the rows SEAM_ADMIN_KEY made: how a rotation finds the previous one */
const ENV_KEY_CREATOR = 'SEAM_ADMIN_KEY';

/**
 * API keys, stored as hashes. Lookups are cached briefly because every request asks (ingest must not pay a
 * query per webhook); a revocation in this process applies at once, in others within 30 seconds.
 */
@Injectable()
export class KeyStore implements OnApplicationBootstrap {
  private readonly logger = new Logger('access');
  private readonly cache = new Map<string, { at: number; caller: Caller | null }>();

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SEAM_ADMIN_KEY) {
      await this.adoptEnvAdminKey(this.config.SEAM_ADMIN_KEY);
      return;
    }
    const [admin] = await this.db.query(`SELECT 1 FROM api_key WHERE role = 'admin' AND revoked_at IS NULL LIMIT 1`);
    if (admin) return;
    if (this.config.NODE_ENV === 'production') {
      this.logger.warn('no admin API key: set SEAM_ADMIN_KEY, or create one with `npm run seam -- keys create --role admin --name …`');
      return;
    }
    const { key, hash } = newApiKey();
    await this.db.query(`INSERT INTO api_key (name, role, hash, created_by) VALUES ($1, 'admin', $2, 'generated at first start')`, [BOOTSTRAP_NAME, hash]);
    const file = join(this.config.DATA_DIR, 'admin-key');
    let kept = true;
    try {
      mkdirSync(this.config.DATA_DIR, { recursive: true });
      writeFileSync(file, `${key}\n`, { mode: 0o600 });
    } catch {
      kept = false;
    }
    // printed once, whole and on purpose (past the redactor): this is how a new user gets in; never logged again
    const where = kept ? `also in ${file}` : `could not be written to ${file}: copy it now`;
    announceUnredacted('access', `generated the admin API key (shown once, ${where}): ${key}`);
  }

  /**
   * SEAM_ADMIN_KEY's row is tied to the value's hash. A new value is a rotation: its row is added and the
   * rows of earlier values revoked. A value whose row was revoked (through the API, or by a rotation) stays
   * revoked: a restart must not undo a revocation. Processes starting together take turns on a lock.
   */
  private async adoptEnvAdminKey(key: string): Promise<void> {
    const outcome = await this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('seam:bootstrap-admin-key'))`);
      const hash = hashApiKey(key);
      const [row]: Array<{ id: string; revoked: boolean }> = await manager.query(`SELECT id, revoked_at IS NOT NULL AS revoked FROM api_key WHERE hash = $1`, [hash]);
      if (row?.revoked) return 'revoked' as const;
      if (row) return 'current' as const;
      await manager.query(`INSERT INTO api_key (name, role, hash, created_by) VALUES ($1, 'admin', $2, $3)`, [BOOTSTRAP_NAME, hash, ENV_KEY_CREATOR]);
      const [rotatedRows]: [Array<{ id: string }>, number] = await manager.query(
        `UPDATE api_key SET revoked_at = now() WHERE created_by = $1 AND hash <> $2 AND revoked_at IS NULL RETURNING id`,
        [ENV_KEY_CREATOR, hash],
      );
      await this.audit.record(
        [
          rotatedRows.length > 0
            ? { issueId: null, actor: ENV_KEY_CREATOR, action: AUDIT_ACTIONS.apiKeyRotated, detail: { name: BOOTSTRAP_NAME, role: 'admin', before: { ids: rotatedRows.map((r) => r.id) }, after: { revoked: true } } }
            : { issueId: null, actor: ENV_KEY_CREATOR, action: AUDIT_ACTIONS.apiKeyCreated, detail: { name: BOOTSTRAP_NAME, role: 'admin', before: null, after: { name: BOOTSTRAP_NAME, role: 'admin' } } },
        ],
        manager,
      );
      return rotatedRows.length > 0 ? ('rotated' as const) : ('added' as const);
    });
    if (outcome === 'rotated') this.logger.log('SEAM_ADMIN_KEY changed: the previous bootstrap admin key is revoked');
    if (outcome === 'revoked') {
      this.logger.warn(
        'SEAM_ADMIN_KEY is a revoked key (revoked through the API or replaced by a rotation) and stays revoked: ' +
          'to recover, set SEAM_ADMIN_KEY to a new long random value and restart, or create an admin key with `npm run seam -- keys create --role admin --name …`',
      );
    }
    this.cache.clear();
  }

  async caller(key: string, now = Date.now()): Promise<Caller | null> {
    const hash = hashApiKey(key);
    const hit = this.cache.get(hash);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit.caller;
    const [row]: KeyRow[] = await this.db.query(
      `UPDATE api_key SET last_used_at = now() WHERE hash = $1 AND revoked_at IS NULL RETURNING id, name, role, integrations`,
      [hash],
    ).then(([rows]: [KeyRow[]]) => rows);
    const caller = callerOf(row);
    this.remember(hash, caller, now);
    return caller;
  }

  /** Signs a key in to the console: a fresh random token for the cookie; the key itself never leaves the server again. */
  async openSession(key: string, hours: number): Promise<{ token: string; caller: Caller; expiresAt: Date } | null> {
    const caller = await this.caller(key);
    if (!caller) return null;
    const { key: token, hash } = newApiKey();
    const expiresAt = new Date(Date.now() + hours * 3600_000);
    await this.db.query(`INSERT INTO console_session (hash, key_id, expires_at) VALUES ($1, $2, $3)`, [hash, caller.keyId, expiresAt]);
    return { token, caller, expiresAt };
  }

  async sessionCaller(token: string, now = Date.now()): Promise<Caller | null> {
    const hash = hashApiKey(token);
    const hit = this.cache.get(`session:${hash}`);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit.caller;
    const [row]: KeyRow[] = await this.db.query(
      `SELECT k.id, k.name, k.role, k.integrations FROM console_session s JOIN api_key k ON k.id = s.key_id
       WHERE s.hash = $1 AND s.expires_at > now() AND k.revoked_at IS NULL`,
      [hash],
    );
    const caller = callerOf(row);
    this.remember(`session:${hash}`, caller, now);
    return caller;
  }

  /** Keys and sessions share one bounded cache: a flood of random credentials cannot grow it without limit. */
  private remember(entry: string, caller: Caller | null, now: number): void {
    if (this.cache.size >= MAX_CACHED_CREDENTIALS) this.cache.clear();
    this.cache.set(entry, { at: now, caller });
  }

  async closeSession(token: string): Promise<void> {
    const hash = hashApiKey(token);
    await this.db.query(`DELETE FROM console_session WHERE hash = $1`, [hash]);
    this.cache.delete(`session:${hash}`);
  }

  async create(name: string, role: Role, createdBy: string, integrations: string[] | null = null): Promise<{ id: string; name: string; role: Role; integrations: string[] | null; key: string }> {
    const { key, hash } = newApiKey();
    const id = await this.db.transaction(async (manager) => {
      const [row] = await manager.query(`INSERT INTO api_key (name, role, hash, created_by, integrations) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [name, role, hash, createdBy, integrations]);
      await this.audit.record([{ issueId: null, actor: createdBy, action: AUDIT_ACTIONS.apiKeyCreated, detail: { name, role, before: null, after: { id: row.id, name, role, integrations } } }], manager);
      return row.id as string;
    });
    return { id, name, role, integrations, key };
  }

  /**
   * A new secret for the same name, role and integrations; the old one is revoked in the same transaction,
   * so exactly one of them works at any moment. Undefined when the key does not exist or is revoked.
   */
  async rotate(id: string, actor: string): Promise<{ id: string; name: string; role: Role; integrations: string[] | null; key: string; replaces: string } | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const { key, hash } = newApiKey();
    const rotated = await this.db.transaction(async (manager) => {
      const [[old]]: [KeyRow[], number] = await manager.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id, name, role, integrations`, [id]);
      if (!old) return undefined;
      const [row] = await manager.query(`INSERT INTO api_key (name, role, hash, created_by, integrations) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [old.name, old.role, hash, actor, old.integrations]);
      await this.audit.record(
        [{ issueId: null, actor, action: AUDIT_ACTIONS.apiKeyRotated, detail: { name: old.name, role: old.role, before: { id: old.id }, after: { id: row.id } } }],
        manager,
      );
      return { id: row.id as string, name: old.name, role: old.role, integrations: old.integrations ?? null, key, replaces: old.id };
    });
    this.cache.clear();
    return rotated;
  }

  async list(): Promise<Array<Record<string, unknown>>> {
    return this.db.query(
      `SELECT id, name, role, integrations, created_by AS "createdBy", created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt" FROM api_key ORDER BY created_at`,
    );
  }

  async revoke(id: string, actor: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
    const revoked = await this.db.transaction(async (manager) => {
      const [rows]: [KeyRow[], number] = await manager.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id, name, role, integrations`, [id]);
      const [row] = rows;
      if (!row) return false;
      await this.audit.record([{ issueId: null, actor, action: AUDIT_ACTIONS.apiKeyRevoked, detail: { name: row.name, role: row.role, before: { id: row.id, revoked: false }, after: { id: row.id, revoked: true } } }], manager);
      return true;
    });
    this.cache.clear();
    return revoked;
  }
}
