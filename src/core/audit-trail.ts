/** One line of the audit log: who did what, to which issue or team, with before/after in `detail`. */
export interface AuditEntry {
  issueId: string | null;
  actor: string;
  action: string;
  /** the team a change touched, when it touched one */
  team?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Where a capability records what it changed. The audit capability provides it (AuditService); it is
 * declared here so that access, which every capability uses, can record key changes without depending on
 * audit. `tx` is the caller's transaction, so a change and its record commit together.
 */
export abstract class AuditTrail {
  abstract record(entries: AuditEntry[], tx?: unknown): Promise<void>;
}
