import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ChannelSender } from '../platform/outbound/channel-sender';
import { ConfigStore } from '../ownership/config.store';
import { SeamError } from '../platform/errors/seam-error';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { OutboundError } from '../platform/outbound/outbound-request';
import { retryPlan } from './domain/retry-eligibility';
import { IssueRecordRepository } from './issue-record.repository';
import type { IssueEntity } from './issue.entity';
import { IssueRepository } from './issue.repository';

/** The console's other actions: assign, link to a known issue, ask the integration to retry. */
@Injectable()
export class IssueActionsService {
  private readonly logger = new Logger(IssueActionsService.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly issues: IssueRepository,
    private readonly records: IssueRecordRepository,
    private readonly audit: AuditService,
    private readonly config: ConfigStore,
    private readonly sender: ChannelSender,
  ) {}

  async assign(id: string, assignee: string | null, actor: string) {
    const issue = await this.issue(id);
    await this.unitOfWork.run(async (tx) => {
      await this.issues.setAssignee(id, assignee, tx);
      await this.audit.record(
        [
          {
            issueId: id,
            actor,
            action: assignee ? 'assigned' : 'unassigned',
            detail: { from: issue.assignee, to: assignee },
          },
        ],
        tx,
      );
    });
    return { id, assignee };
  }

  async linkKnownIssue(id: string, knownIssueId: string, actor: string) {
    await this.issue(id);
    const known = (await this.config.load()).knownIssues.find((k) => k.id === knownIssueId);
    if (!known)
      throw new SeamError('request.invalid', [
        `knownIssueId ${knownIssueId} names no known issue in the configuration`,
      ]);
    await this.unitOfWork.run(async (tx) => {
      await this.issues.linkKnownIssue(id, known.id, tx);
      await this.audit.record(
        [
          {
            issueId: id,
            actor,
            action: 'known_issue_linked',
            detail: { knownIssue: known.id, title: known.title, supportScript: known.supportScript ?? null },
          },
        ],
        tx,
      );
    });
    return { id, knownIssue: known.id };
  }

  /** Asks the integration to re-sync the issue's failing records (which ones: domain/retry-eligibility). */
  async retry(id: string, actor: string) {
    const issue = await this.issue(id);
    const endpoint = await this.config.retryEndpoint(issue.integration);
    if (!endpoint)
      throw new SeamError('issue.retry_unavailable', [
        `no retry URL is configured for ${issue.integration} (seam.yaml: integrations)`,
      ]);
    const records = await this.records.retryCandidates(id, issue.integration);
    const plan = retryPlan(issue.classification, records);
    if ('refused' in plan) throw new SeamError('issue.retry_unavailable', [plan.refused]);
    const { due, skipped } = plan;
    const body = {
      type: 'retry',
      issueId: id,
      integration: issue.integration,
      records: due.map((r) => ({ system: r.system, entity: r.entity, id: r.record_id })),
      requestedBy: actor,
    };
    try {
      await this.sender.send({ kind: 'webhook', target: endpoint.retryUrl, secret: endpoint.secret }, { json: body });
    } catch (error) {
      // the caller learns only that it failed: which port answered, with what, or not at all would make
      // the retry button a scanner of whatever network the retry URL can reach. Operators get it in the log.
      this.logger.warn(`retry of issue ${id} via ${issue.integration}'s retry URL failed: ${(error as Error).message}`);
      if (error instanceof OutboundError && error.failure === 'refused') {
        throw new SeamError('issue.retry_unavailable', [
          `the retry URL of ${issue.integration} points at an address outbound requests may not reach (an admin can allow it with OUTBOUND_ALLOW)`,
        ]);
      }
      throw new SeamError('issue.retry_failed', [
        `the retry endpoint of ${issue.integration} did not accept the request`,
      ]);
    }
    await this.audit.record([
      { issueId: id, actor, action: 'retry_requested', detail: { records: body.records.map((r) => r.id), skipped } },
    ]);
    return { id, retried: body.records.map((r) => r.id), skipped };
  }

  private async issue(id: string): Promise<IssueEntity> {
    const issue = await this.issues.findById(id);
    if (!issue) throw new SeamError('issue.not_found', [`issue ${id} does not exist`]);
    return issue;
  }
}
