import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

export interface AuditEntry {
  issueId: string | null;
  actor: string;
  action: string;
  detail?: Record<string, unknown>;
}

/** Appends to the audit log, inside the caller's transaction when given one, so a change and its record commit together. */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(entries: AuditEntry[], manager: EntityManager = this.db.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO audit_log (issue_id, actor, action, detail) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])`,
      [entries.map((e) => e.issueId), entries.map((e) => e.actor), entries.map((e) => e.action), entries.map((e) => JSON.stringify(e.detail ?? {}))],
    );
  }
}
