import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { EscalationService } from '../escalation/escalation.service';
import { IssueRepository } from '../issues/issue.repository';
import { RouteDeliveryService } from '../issues/route-delivery.service';
import type { IssueEntity } from '../issues/issue.entity';
import { transition } from '../issues/domain/issue-lifecycle';
import { ConfigStore } from '../ownership/config.store';
import { AppConfig } from '../platform/config/app-config';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { RoutingService } from '../routing/routing.service';
import { ArrivalHistoryRepository } from './arrival-history.repository';
import { decideSilence, DEFAULT_SILENCE_SETTINGS, silenceText, type SilenceDecisions } from './domain/silence';

const CATEGORY = 'integration_silent' as const;
/** The system an integration_silent issue names: Seam noticed it, no event carried it. */
const SEAM = 'seam';

/** One issue per integration, across silences: a second silence after a resolve is a regression of it. */
export const silenceFingerprint = (integration: string): string =>
  `silent:${createHash('sha256').update(integration).digest('hex').slice(0, 25)}`;

/**
 * The periodic check (job `check-silence`): an integration that used to send events and has gone quiet for
 * longer than expected opens an issue of its own (defect, integration_silent, routed like any defect:
 * engineering by default), which escalates like any other; it resolves when events arrive again.
 */
@Injectable()
export class SilenceWatchService {
  private readonly logger = new Logger('silence');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly arrivals: ArrivalHistoryRepository,
    private readonly issues: IssueRepository,
    private readonly store: ConfigStore,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
    private readonly delivery: RouteDeliveryService,
    private readonly escalation: EscalationService,
    private readonly config: AppConfig,
  ) {}

  async check(now = new Date()): Promise<{ opened: number; resolved: number }> {
    const integrations = (await this.store.load()).integrations ?? [];
    const configured = new Map(
      integrations.flatMap((i) =>
        i.expectedIntervalMinutes === undefined ? [] : [[i.integration, i.expectedIntervalMinutes] as const],
      ),
    );
    const histories = await this.arrivals.since(
      new Date(now.getTime() - this.config.SILENCE_HISTORY_DAYS * 86_400_000),
    );
    const open = (await this.issues.openOfCategory(CATEGORY)).map((issue) => ({
      issueId: issue.id,
      integration: issue.integration,
      detectedAt: issue.lastSeenAt,
    }));
    const decisions = decideSilence(histories, configured, open, now, {
      ...DEFAULT_SILENCE_SETTINGS,
      floorMinutes: this.config.SILENCE_MIN_EXPECTED_MINUTES,
    });
    let opened = 0;
    for (const silence of decisions.open) if (await this.raise(silence, now)) opened += 1;
    let resolved = 0;
    for (const back of decisions.resolve) if (await this.resolve(back, now)) resolved += 1;
    if (opened > 0 || resolved > 0)
      this.logger.log(`silence check: ${opened} integration(s) went quiet, ${resolved} sending again`);
    return { opened, resolved };
  }

  private async raise(silence: SilenceDecisions['open'][number], now: Date): Promise<boolean> {
    const text = silenceText(silence);
    // the router is loaded before the transaction (it reads on its own connection)
    const ownerOf = await this.routing.router();
    const ownerTeam = ownerOf({
      classification: 'defect',
      category: CATEGORY,
      system: null,
      sourceSystem: SEAM,
      entity: null,
      integration: silence.integration,
    });
    const issue = await this.unitOfWork.run(async (manager): Promise<IssueEntity | undefined> => {
      const facts = {
        fingerprint: silenceFingerprint(silence.integration),
        integration: silence.integration,
        sourceSystem: SEAM,
        sourceEntity: 'integration',
        sourceId: silence.integration,
        sourceUrl: null,
        sourceLabel: null,
        targetSystem: null,
        targetEntity: null,
        targetId: null,
        targetUrl: null,
        errorCode: null,
        title: text.title,
        // what the fingerprint stands for: the integration, not a message (the minutes change per silence)
        normalisedMessage: `integration ${silence.integration} has sent no events`,
        message: text.detail,
        occurredAt: now,
        release: null,
      };
      const { issue, opened } = await this.issues.lockOrOpen(
        facts,
        {
          classification: 'defect',
          category: CATEGORY,
          ownerTeam,
        },
        manager,
      );
      // open already (another worker raised it first): nothing new to say
      const reopened = transition(issue.status, 'failure');
      if (!opened && !(reopened.ok && reopened.changed)) return undefined;
      if (!opened && reopened.ok) {
        issue.status = reopened.status;
        issue.regressions += 1;
        issue.resolvedAt = null;
        issue.resolvedReason = null;
        issue.acknowledgedAt = null;
      }
      Object.assign(issue, {
        classification: 'defect',
        category: CATEGORY,
        confidence: 1,
        ownerTeam,
        title: text.title,
        sampleMessage: text.detail,
        lastSeenAt: now,
      });
      issue.reasons = [{ signal: 'silence', detail: text.detail, weight: 1 }];
      issue.occurrences += 1;
      issue.pendingRoute = opened ? 'opened' : 'regressed';
      await this.issues.save(issue, manager);
      await this.audit.record(
        [
          {
            issueId: issue.id,
            actor: 'system',
            action: AUDIT_ACTIONS.integrationSilent,
            detail: {
              lastEventAt: silence.lastEventAt.toISOString(),
              silentMinutes: silence.silentMinutes,
              expectedMinutes: silence.expectedMinutes,
              expectedFrom: silence.source,
            },
          },
        ],
        manager,
      );
      return issue;
    });
    if (!issue) return false;
    if (issue.pendingRoute)
      await this.delivery
        .deliver(issue, issue.pendingRoute)
        .catch((error: Error) =>
          this.logger.warn(`routing of issue ${issue.id} left to the outbox sweep: ${error.message}`),
        );
    await this.escalation.consider(issue.id);
    return true;
  }

  private async resolve(back: SilenceDecisions['resolve'][number], now: Date): Promise<boolean> {
    const issue = await this.unitOfWork.run(async (manager) => {
      const issue = await this.issues.lock(back.issueId, manager);
      if (!issue || issue.status === 'resolved') return undefined;
      const before = {
        status: issue.status,
        classification: issue.classification,
        owner_team: issue.ownerTeam,
        regressions: issue.regressions,
      };
      issue.status = 'resolved';
      issue.resolvedAt = now;
      issue.resolvedReason = `events arrived again (the latest at ${back.lastEventAt.toISOString()})`;
      await this.issues.save(issue, manager);
      await this.audit.record(
        [{ issueId: issue.id, actor: 'system', action: 'resolved', detail: { reason: issue.resolvedReason } }],
        manager,
      );
      return { id: issue.id, ...before };
    });
    if (!issue) return false;
    await this.escalation.stop(issue, 'system', 'resolved').catch(() => undefined);
    return true;
  }
}
