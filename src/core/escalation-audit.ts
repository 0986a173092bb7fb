import type { SeamConfig } from './seam-config.types';

/** What started a run of the escalation audit. */
export type AuditTrigger = 'config_change' | 'people_change' | 'drill' | 'scheduled';

/** An escalation path that has rotted, as the capabilities that pass it on see it; escalation names every kind. */
export interface PathFinding {
  kind: string;
  team: string;
  subject: string;
  detail: string;
  severity: 'warning' | 'critical';
}

/**
 * The audit of escalation paths. Escalation provides it (EscalationAuditService); it is declared here so that
 * ownership, which escalation reads its configuration from, can have the paths audited after a change without
 * depending on escalation, and so that issues and drills need no more of escalation than this.
 */
export abstract class EscalationAudit {
  /** After a change: records the run as the latest, and never fails the change that triggered it. */
  abstract afterChange(trigger: AuditTrigger): Promise<void>;
  /** Audits the configuration as stored now and records the run as the latest. */
  abstract run(trigger: AuditTrigger, now?: Date): Promise<PathFinding[]>;
  /** The console's banner: counts only, fit for a header; null when there is nothing to say. */
  abstract banner(now?: Date): Promise<string | null>;
  /** The findings in a configuration at an instant: no run is recorded. */
  abstract findings(config: SeamConfig, now: Date): PathFinding[];
}
