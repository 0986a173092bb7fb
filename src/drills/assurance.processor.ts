import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { EscalationAudit } from '../core/escalation-audit';
import { AppConfig } from '../platform/config/app-config';
import { QueueService } from '../platform/queue/queue.service';
import { DrillsService } from './drills.service';

/** The worker role's periodic checks that escalation paths work: the audit, and drill verdicts. */
@Injectable()
export class AssuranceProcessor implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(AssuranceProcessor.name);

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly drills: DrillsService,
    private readonly audit: EscalationAudit,
  ) {}

  onModuleInit(): void {
    if (this.config.ROLE === 'api') return;
    this.queues.handle(
      'judge-drills',
      async () => this.trace('judge-drills', `${await this.drills.judgeUndecided()} drill(s) decided`),
      { concurrency: 1 },
    );
    this.queues.handle(
      'escalation-audit',
      async () => this.trace('escalation-audit', `${(await this.audit.run('scheduled')).length} finding(s)`),
      { concurrency: 1 },
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.ROLE === 'api') return;
    this.queues.keepScheduled('escalation-audit', this.config.ESCALATION_AUDIT_MS);
    this.queues.keepScheduled('judge-drills', this.config.DRILL_JUDGE_MS);
  }

  private trace(job: string, outcome: string): string {
    this.logger.debug(`${job}: ${outcome}`);
    return outcome;
  }
}
