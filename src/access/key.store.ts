import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AUDIT_ACTIONS } from '../core/audit-actions';
import { AuditTrail } from '../core/audit-trail';
import { AppConfig } from '../platform/config/app-config';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { announceUnredacted } from '../platform/logging/seam-logger';
import { SeamError } from '../platform/errors/seam-error';
import { hashApiKey, newApiKey } from './domain/api-key';
import type { Role } from './domain/permissions';
import { ApiKeyRepository, type ApiKeyIdentity, type ApiKeyListing } from './api-key.repository';
import { isUuid } from '../platform/text/uuid';
import { TtlCache } from '../platform/ttl-cache';
import { ConsoleSessionRepository } from './console-session.repository';

export interface Caller {
  keyId: string;
  name: string;
  role: Role;
  /** the integrations this key may post events for; null: any */
  integrations: string[] | null;
}

const callerOf = (row: ApiKeyIdentity | undefined): Caller | null =>
  row ? { keyId: row.id, name: row.name, role: row.role, integrations: row.integrations ?? null } : null;

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
  /** Keys and sessions share one bounded cache: a flood of random credentials cannot grow it without limit. */
  private readonly cache = new TtlCache<string, Caller | null>(CACHE_TTL_MS, MAX_CACHED_CREDENTIALS);

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly sessions: ConsoleSessionRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    private readonly audit: AuditTrail,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SEAM_ADMIN_KEY) {
      await this.adoptEnvAdminKey(this.config.SEAM_ADMIN_KEY);
      return;
    }
    if (await this.keys.anyActiveAdmin()) return;
    if (this.config.NODE_ENV === 'production') {
      this.logger.warn(
        'no admin API key: set SEAM_ADMIN_KEY, or create one with `npm run seam -- keys create --role admin --name …`',
      );
      return;
    }
    const { key, hash } = newApiKey();
    await this.keys.insertGeneratedAdmin(BOOTSTRAP_NAME, hash);
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
    const outcome = await this.unitOfWork.run(async (manager) => {
      await this.keys.lockEnvAdminKey(manager);
      const hash = hashApiKey(key);
      const row = await this.keys.findByHash(hash, manager);
      if (row?.revoked) return 'revoked' as const;
      if (row) return 'current' as const;
      await this.keys.insertEnvAdmin(BOOTSTRAP_NAME, hash, ENV_KEY_CREATOR, manager);
      const rotatedRows = (await this.keys.revokeOthersOf(ENV_KEY_CREATOR, hash, manager)).map((id) => ({ id }));
      await this.audit.record(
        [
          rotatedRows.length > 0
            ? {
                issueId: null,
                actor: ENV_KEY_CREATOR,
                action: AUDIT_ACTIONS.apiKeyRotated,
                detail: {
                  name: BOOTSTRAP_NAME,
                  role: 'admin',
                  before: { ids: rotatedRows.map((r) => r.id) },
                  after: { revoked: true },
                },
              }
            : {
                issueId: null,
                actor: ENV_KEY_CREATOR,
                action: AUDIT_ACTIONS.apiKeyCreated,
                detail: {
                  name: BOOTSTRAP_NAME,
                  role: 'admin',
                  before: null,
                  after: { name: BOOTSTRAP_NAME, role: 'admin' },
                },
              },
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
    return this.cache.getOrLoad(hash, now, async () => callerOf(await this.keys.useByHash(hash)));
  }

  /** Signs a key in to the console: a fresh random token for the cookie; the key itself never leaves the server again. */
  async openSession(key: string, hours: number): Promise<{ token: string; caller: Caller; expiresAt: Date } | null> {
    const caller = await this.caller(key);
    if (!caller) return null;
    const { key: token, hash } = newApiKey();
    const expiresAt = new Date(Date.now() + hours * 3600_000);
    await this.sessions.insert(hash, caller.keyId, expiresAt);
    return { token, caller, expiresAt };
  }

  async sessionCaller(token: string, now = Date.now()): Promise<Caller | null> {
    const hash = hashApiKey(token);
    return this.cache.getOrLoad(`session:${hash}`, now, async () => callerOf(await this.sessions.activeKeyOf(hash)));
  }

  async closeSession(token: string): Promise<void> {
    const hash = hashApiKey(token);
    await this.sessions.delete(hash);
    this.cache.delete(`session:${hash}`);
  }

  async create(
    name: string,
    role: Role,
    createdBy: string,
    integrations: string[] | null = null,
  ): Promise<{ id: string; name: string; role: Role; integrations: string[] | null; key: string }> {
    if (integrations && role !== 'integration')
      throw new SeamError('request.invalid', [`integrations binds integration keys only; this key's role is ${role}`]);
    const { key, hash } = newApiKey();
    const id = await this.unitOfWork.run(async (manager) => {
      const created = await this.keys.insert({ name, role, hash, createdBy, integrations }, manager);
      await this.audit.record(
        [
          {
            issueId: null,
            actor: createdBy,
            action: AUDIT_ACTIONS.apiKeyCreated,
            detail: { name, role, before: null, after: { id: created, name, role, integrations } },
          },
        ],
        manager,
      );
      return created;
    });
    return { id, name, role, integrations, key };
  }

  /**
   * A new secret for the same name, role and integrations; the old one is revoked in the same transaction,
   * so exactly one of them works at any moment. Undefined when the key does not exist or is revoked.
   */
  async rotate(
    id: string,
    actor: string,
  ): Promise<
    { id: string; name: string; role: Role; integrations: string[] | null; key: string; replaces: string } | undefined
  > {
    if (!isUuid(id)) return undefined;
    const { key, hash } = newApiKey();
    const rotated = await this.unitOfWork.run(async (manager) => {
      const old = await this.keys.revoke(id, manager);
      if (!old) return undefined;
      const replacement = await this.keys.insert(
        { name: old.name, role: old.role, hash, createdBy: actor, integrations: old.integrations },
        manager,
      );
      await this.audit.record(
        [
          {
            issueId: null,
            actor,
            action: AUDIT_ACTIONS.apiKeyRotated,
            detail: { name: old.name, role: old.role, before: { id: old.id }, after: { id: replacement } },
          },
        ],
        manager,
      );
      return {
        id: replacement,
        name: old.name,
        role: old.role,
        integrations: old.integrations ?? null,
        key,
        replaces: old.id,
      };
    });
    this.cache.clear();
    return rotated;
  }

  async list(): Promise<ApiKeyListing[]> {
    return this.keys.list();
  }

  async revoke(id: string, actor: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const revoked = await this.unitOfWork.run(async (manager) => {
      const row = await this.keys.revoke(id, manager);
      if (!row) return false;
      await this.audit.record(
        [
          {
            issueId: null,
            actor,
            action: AUDIT_ACTIONS.apiKeyRevoked,
            detail: {
              name: row.name,
              role: row.role,
              before: { id: row.id, revoked: false },
              after: { id: row.id, revoked: true },
            },
          },
        ],
        manager,
      );
      return true;
    });
    this.cache.clear();
    return revoked;
  }
}
