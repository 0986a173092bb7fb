import { Injectable, Logger } from '@nestjs/common';
import type { AuditTrigger, EscalationAudit } from '../core/escalation-audit';
import type { SeamConfig } from '../core/seam-config.types';
import { ConfigStore } from '../ownership/config.store';
import { auditBanner } from './domain/audit-banner';
import { auditPaths, type AuditFinding } from './domain/path-audit';

/**
 * The escalation audit as a job: run after every configuration change and periodically by the worker,
 * because an away period starting or a contact going stale breaks a path without anyone changing the
 * file. The latest run is kept (GET /v1/escalation-audit shows it as lastRun); readers still compute
 * the findings fresh, so a fix shows at once.
 */
@Injectable()
export class EscalationAuditService implements EscalationAudit {
  private readonly logger = new Logger(EscalationAuditService.name);

  private memo?: { config: SeamConfig; minute: number; findings: AuditFinding[] };

  constructor(private readonly store: ConfigStore) {}

  /**
   * The findings for the console's banner, on every issue list: planning every team's chains is too much
   * work per request, so the answer is kept while the cached config is the same and the minute has not
   * turned (the audit endpoint itself always computes afresh).
   */
  async current(now = new Date()): Promise<AuditFinding[]> {
    const config = await this.store.load();
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.memo?.config !== config || this.memo.minute !== minute)
      this.memo = { config, minute, findings: auditPaths(config, now) };
    return this.memo.findings;
  }

  /**
   * The banner in words fit for a header (counts only, no names): what to set up first where nobody can be
   * reached, else how many problems; null when there is nothing to say.
   */
  async banner(now = new Date()): Promise<string | null> {
    const findings = await this.current(now);
    return auditBanner(await this.store.load(), findings, { quoteWorst: false });
  }

  async run(trigger: AuditTrigger, now = new Date()): Promise<AuditFinding[]> {
    const findings = auditPaths(await this.store.fresh(), now);
    const critical = findings.filter((f) => f.severity === 'critical').length;
    const previous = await this.store.lastAuditRun();
    await this.store.recordAuditRun({
      at: now.toISOString(),
      trigger,
      total: findings.length,
      critical,
      kinds: [...new Set(findings.map((f) => f.kind))],
    });
    if (critical > 0 && critical !== previous?.critical)
      this.logger.warn(`escalation audit (${trigger}): ${critical} critical of ${findings.length} problems`);
    return findings;
  }

  findings(config: SeamConfig, now: Date): AuditFinding[] {
    return auditPaths(config, now);
  }

  /** After a change: never fails the change that triggered it. */
  async afterChange(trigger: AuditTrigger): Promise<void> {
    await this.run(trigger).catch((error: Error) =>
      this.logger.warn(`escalation audit after ${trigger} failed: ${error.message}`),
    );
  }
}
