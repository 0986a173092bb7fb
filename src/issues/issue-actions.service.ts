import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ChannelSender } from '../escalation/channel-sender';
import { ConfigStore } from '../ownership/config.store';
import { SeamError } from '../platform/errors/seam-error';
import { OutboundError } from '../platform/outbound/outbound-request';

interface RecordState {
  system: string;
  entity: string;
  record_id: string;
  changed: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The console's other actions: assign, link to a known issue, ask the integration to retry. */
@Injectable()
export class IssueActionsService {
  private readonly logger = new Logger(IssueActionsService.name);

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: ConfigStore,
    private readonly sender: ChannelSender,
  ) {}

  async assign(id: string, assignee: string | null, actor: string) {
    const issue = await this.issue(id);
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE issue SET assignee = $2, updated_at = now() WHERE id = $1`, [id, assignee]);
      await this.audit.record([{ issueId: id, actor, action: assignee ? 'assigned' : 'unassigned', detail: { from: issue.assignee, to: assignee } }], manager);
    });
    return { id, assignee };
  }

  async linkKnownIssue(id: string, knownIssueId: string, actor: string) {
    await this.issue(id);
    const known = (await this.config.load()).knownIssues.find((k) => k.id === knownIssueId);
    if (!known) throw new SeamError('request.invalid', [`knownIssueId ${knownIssueId} names no known issue in the configuration`]);
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE issue SET known_issue_id = $2, updated_at = now() WHERE id = $1`, [id, known.id]);
      await this.audit.record([{ issueId: id, actor, action: 'known_issue_linked', detail: { knownIssue: known.id, title: known.title, supportScript: known.supportScript ?? null } }], manager);
    });
    return { id, knownIssue: known.id };
  }

  /**
   * Asks the integration to re-sync the issue's failing records. Bad source data is only retried for
   * records that changed at the source since they failed: replaying an unchanged bad record fails the
   * same way and only adds noise.
   */
  async retry(id: string, actor: string) {
    const issue = await this.issue(id);
    const endpoint = await this.config.retryEndpoint(issue.integration);
    if (!endpoint) throw new SeamError('issue.retry_unavailable', [`no retry URL is configured for ${issue.integration} (seam.yaml: integrations)`]);
    // changed: the record's latest payload (from any event of the integration) differs from the one it first failed with
    const records: RecordState[] = await this.db.query(
      `SELECT r.system, r.entity, r.record_id,
              (SELECT body->'payload' FROM sync_event WHERE integration = $2 AND source_id = r.record_id ORDER BY occurred_at DESC, id DESC LIMIT 1)
                IS DISTINCT FROM
              (SELECT body->'payload' FROM sync_event WHERE issue_id = $1 AND source_id = r.record_id ORDER BY occurred_at, id LIMIT 1) AS changed
       FROM issue_record r WHERE r.issue_id = $1 AND r.state = 'failing' ORDER BY r.record_id LIMIT 1000`,
      [id, issue.integration],
    );
    if (records.length === 0) throw new SeamError('issue.retry_unavailable', ['no record of this issue is still failing']);
    const badData = issue.classification === 'bad_source_data';
    const due = badData ? records.filter((r) => r.changed) : records;
    const skipped = records.filter((r) => !due.includes(r)).map((r) => r.record_id);
    if (due.length === 0) {
      throw new SeamError('issue.retry_unavailable', [`${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ' …' : ''} unchanged at the source since failing: fix the data there first, a replay would fail the same way`]);
    }
    const body = { type: 'retry', issueId: id, integration: issue.integration, records: due.map((r) => ({ system: r.system, entity: r.entity, id: r.record_id })), requestedBy: actor };
    try {
      await this.sender.send({ kind: 'webhook', target: endpoint.retryUrl, secret: endpoint.secret }, { json: body });
    } catch (error) {
      // the caller learns only that it failed: which port answered, with what, or not at all would make
      // the retry button a scanner of whatever network the retry URL can reach. Operators get it in the log.
      this.logger.warn(`retry of issue ${id} via ${issue.integration}'s retry URL failed: ${(error as Error).message}`);
      if (error instanceof OutboundError && error.failure === 'refused') {
        throw new SeamError('issue.retry_unavailable', [`the retry URL of ${issue.integration} points at an address outbound requests may not reach (an admin can allow it with OUTBOUND_ALLOW)`]);
      }
      throw new SeamError('issue.retry_failed', [`the retry endpoint of ${issue.integration} did not accept the request`]);
    }
    await this.audit.record([{ issueId: id, actor, action: 'retry_requested', detail: { records: body.records.map((r) => r.id), skipped } }]);
    return { id, retried: body.records.map((r) => r.id), skipped };
  }

  private async issue(id: string): Promise<{ id: string; integration: string; classification: string; assignee: string | null }> {
    const [row] = UUID.test(id) ? await this.db.query(`SELECT id, integration, classification, assignee FROM issue WHERE id = $1`, [id]) : [];
    if (!row) throw new SeamError('issue.not_found', [`issue ${id} does not exist`]);
    return row;
  }
}
