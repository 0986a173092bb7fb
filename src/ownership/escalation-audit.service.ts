import { Injectable, Logger } from '@nestjs/common';
import { auditPaths, type AuditFinding } from '../escalation/domain/path-audit';
import { ConfigStore, type AuditRun } from './config.store';

/**
 * The escalation audit as a job: run after every configuration change and periodically by the worker,
 * because an away period starting or a contact going stale breaks a path without anyone changing the
 * file. The latest run is kept (GET /v1/escalation-audit shows it as lastRun); readers still compute
 * the findings fresh, so a fix shows at once.
 */
@Injectable()
export class EscalationAuditService {
  private readonly logger = new Logger(EscalationAuditService.name);

  constructor(private readonly store: ConfigStore) {}

  async run(trigger: AuditRun['trigger'], now = new Date()): Promise<AuditFinding[]> {
    const findings = auditPaths(await this.store.fresh(), now);
    const critical = findings.filter((f) => f.severity === 'critical').length;
    const previous = await this.store.lastAuditRun();
    await this.store.recordAuditRun({ at: now.toISOString(), trigger, total: findings.length, critical, kinds: [...new Set(findings.map((f) => f.kind))] });
    if (critical > 0 && critical !== previous?.critical) this.logger.warn(`escalation audit (${trigger}): ${critical} critical of ${findings.length} problems`);
    return findings;
  }

  /** After a change: never fails the change that triggered it. */
  async afterChange(trigger: AuditRun['trigger']): Promise<void> {
    await this.run(trigger).catch((error: Error) => this.logger.warn(`escalation audit after ${trigger} failed: ${error.message}`));
  }
}
