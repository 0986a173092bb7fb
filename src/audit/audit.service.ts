import { Injectable } from '@nestjs/common';
import type { Role } from '../access/domain/permissions';
import { decodeCursor, encodeCursor } from '../platform/http/cursor';
import type { Tx } from '../platform/database/unit-of-work';
import { SeamError } from '../platform/errors/seam-error';
import { AuditLogRepository, type AuditEntry, type AuditRow } from './audit-log.repository';
import { API_KEY_ACTIONS } from './domain/audit-actions';
import type { AuditTrail } from '../core/audit-trail';

export type { AuditEntry };

export interface AuditQuery {
  actor?: string;
  action?: string;
  team?: string;
  issue?: string;
  since?: string;
  limit?: number;
  cursor?: string;
}

const DEFAULT_LIMIT = 50;

/** Appends to the audit log, inside the caller's transaction when given one, so a change and its record commit together. */
@Injectable()
export class AuditService implements AuditTrail {
  constructor(private readonly log: AuditLogRepository) {}

  async record(entries: AuditEntry[], tx?: Tx): Promise<void> {
    await this.log.append(entries, tx);
  }

  /** GET /v1/audit: newest first. Key changes are for the roles that manage keys. */
  async list(query: AuditQuery, role: Role | undefined): Promise<{ items: AuditRow[]; nextCursor: string | null }> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    let beforeId: string | undefined;
    if (query.cursor) {
      const parts = decodeCursor(query.cursor, ['serial'] as const);
      if (!parts)
        throw new SeamError('request.invalid', ['cursor is not a cursor this API returned (use nextCursor as given)']);
      beforeId = parts[0];
    }
    const rows = await this.log.page(
      {
        actor: query.actor,
        action: query.action,
        team: query.team,
        issueId: query.issue,
        since: query.since ? new Date(query.since) : undefined,
        withoutActions: role === 'admin' ? undefined : API_KEY_ACTIONS,
      },
      limit + 1,
      beforeId,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
  }
}
