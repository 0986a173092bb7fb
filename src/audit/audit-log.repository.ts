import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuditEntry } from '../core/audit-trail';

export type { AuditEntry };

export interface AuditFilter {
  actor?: string;
  action?: string;
  team?: string;
  issueId?: string;
  since?: Date;
  /** actions left out (API key changes are shown to those who may manage keys only) */
  withoutActions?: readonly string[];
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  team: string | null;
  issueId: string | null;
  detail: Record<string, unknown>;
}

/** All SQL of the audit_log table that GET /v1/audit and the change records need. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly db: DataSource) {}

  /** Inside the caller's transaction when given one, so a change and its record commit together. */
  async append(entries: AuditEntry[], manager: EntityManager = this.db.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO audit_log (issue_id, actor, action, team, detail)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
      [
        entries.map((e) => e.issueId),
        entries.map((e) => e.actor),
        entries.map((e) => e.action),
        entries.map((e) => e.team ?? null),
        entries.map((e) => JSON.stringify(e.detail ?? {})),
      ],
    );
  }

  /** Newest first; `beforeId` is the last id of the previous page. */
  async page(filter: AuditFilter, limit: number, beforeId?: string): Promise<AuditRow[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    if (filter.actor !== undefined) add((p) => `actor = ${p}`, filter.actor);
    if (filter.action !== undefined) add((p) => `action = ${p}`, filter.action);
    if (filter.team !== undefined) add((p) => `team = ${p}`, filter.team);
    if (filter.issueId !== undefined) add((p) => `issue_id = ${p}`, filter.issueId);
    if (filter.since !== undefined) add((p) => `at >= ${p}`, filter.since);
    if (filter.withoutActions?.length) add((p) => `NOT (action = ANY(${p}::text[]))`, filter.withoutActions);
    if (beforeId !== undefined) add((p) => `audit_log.id < ${p}::bigint`, beforeId);
    values.push(limit);
    return this.db.query(
      `SELECT id::text AS id, at, actor, action, team, issue_id AS "issueId", detail FROM audit_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY audit_log.id DESC LIMIT $${values.length}`,
      values,
    );
  }
}
