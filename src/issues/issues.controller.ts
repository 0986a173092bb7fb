import { ReadReplica } from '../platform/database/read-replica';
import { Actor, CurrentCaller, Requires } from '../access/access.decorators';
import { maskFields, maskText } from '../access/domain/masking';
import type { Caller } from '../access/key.store';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { auditPaths } from '../escalation/domain/path-audit';
import { ConfigStore } from '../ownership/config.store';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AssignDto, IssueActionDto, IssueQueryDto, LinkKnownIssueDto, PageQueryDto, ReclassifyDto } from './dto/issue-query.dto';
import { IssueActionsService } from './issue-actions.service';
import { IssuesService } from './issues.service';


@ApiTags('issues')
@Controller('v1')
export class IssuesController {
  constructor(
    private readonly issues: IssuesService,
    private readonly config: ConfigStore,
    private readonly actions: IssueActionsService,
    private readonly reads: ReadReplica,
  ) {}

  @Requires('issues.read')
  @Get('issues')
  @ApiOperation({ summary: 'Support console query: classified issues, newest activity first. X-Seam-Banner carries the escalation audit banner when paths have rotted.' })
  async list(@Query() query: IssueQueryDto, @Res({ passthrough: true }) reply: FastifyReply, @CurrentCaller() caller?: Caller) {
    // the console's banner: rot in the escalation paths is shown where support already looks
    const findings = auditPaths(await this.config.load(), new Date());
    if (findings.length > 0) {
      const critical = findings.filter((f) => f.severity === 'critical').length;
      void reply.header('x-seam-banner', `${findings.length} escalation path problem${findings.length === 1 ? '' : 's'} (${critical} critical): GET /v1/escalation-audit`);
    }
    const page = await this.issues.list(query);
    const privacy = await this.privacyFor(caller);
    if (!privacy) return page;
    // titles quote messages, and messages quote values: hide the ones the latest payload marks sensitive
    // one index probe per issue for its latest event (sync_event_issue_idx), not every event of every issue listed
    const latest: Array<{ issue_id: string; payload: unknown }> = await this.reads.read((manager) =>
      manager.query(
        `SELECT listed.id AS issue_id, (SELECT e.body->'payload' FROM sync_event e WHERE e.issue_id = listed.id ORDER BY e.id DESC LIMIT 1) AS payload
         FROM unnest($1::uuid[]) AS listed(id)`,
        [page.items.map((item) => item.id)],
      ),
    );
    const hiddenBy = new Map(latest.map((row) => [row.issue_id, maskFields(row.payload, privacy.sensitiveFields).hidden]));
    return { ...page, items: page.items.map((item) => ({ ...item, title: maskText(item.title, hiddenBy.get(item.id) ?? []), sampleMessage: maskText(item.sampleMessage, hiddenBy.get(item.id) ?? []) })) };
  }

  /** The privacy settings when this caller's role must not see sensitive fields; undefined when it may. */
  private async privacyFor(caller: Caller | undefined) {
    const privacy = (await this.config.load()).privacy;
    if (!privacy || privacy.sensitiveFields.length === 0 || (caller && privacy.visibleTo.includes(caller.role))) return undefined;
    return privacy;
  }

  @Requires('issues.read')
  @Get('issues/:id')
  @ApiOperation({ summary: 'One issue with its reasons, trace-back records, sample events and timeline' })
  async detail(@Param('id') id: string, @CurrentCaller() caller: Caller | undefined) {
    const issue = await this.issues.detail(id);
    const privacy = await this.privacyFor(caller);
    if (!privacy) return issue;
    // this role may not see the sensitive fields: not in payloads, and not where a message quotes them
    const hidden: string[] = [];
    const sampleEvents = issue.sampleEvents.map((event: { payload?: unknown; error?: { message?: string; details?: unknown } }) => {
      const payload = maskFields(event.payload, privacy.sensitiveFields);
      const details = maskFields(event.error?.details, privacy.sensitiveFields);
      hidden.push(...payload.hidden, ...details.hidden);
      return { ...event, payload: payload.masked, error: event.error && { ...event.error, details: details.masked } };
    });
    for (const event of sampleEvents) if (event.error?.message) event.error.message = maskText(event.error.message, hidden);
    return { ...issue, sampleMessage: maskText(issue.sampleMessage, hidden), title: maskText(issue.title, hidden), sampleEvents, masked: privacy.sensitiveFields };
  }

  @Requires('issues.act')
  @Post('issues/:id/acknowledge')
  @HttpCode(200)
  acknowledge(@Param('id') id: string, @Body() body: IssueActionDto, @Actor() actor: string) {
    return this.issues.act(id, 'acknowledge', actor, body.note);
  }

  @Requires('issues.act')
  @Post('issues/:id/resolve')
  @HttpCode(200)
  resolve(@Param('id') id: string, @Body() body: IssueActionDto, @Actor() actor: string) {
    return this.issues.act(id, 'resolve', actor, body.note);
  }

  @Requires('issues.act')
  @Post('issues/:id/reclassify')
  @HttpCode(200)
  @ApiOperation({ summary: "A person's classification: it sticks to the fingerprint and reroutes the issue" })
  reclassify(@Param('id') id: string, @Body() body: ReclassifyDto, @Actor() actor: string) {
    return this.issues.reclassify(id, actor, body);
  }

  @Requires('issues.act')
  @Post('issues/:id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign the issue to someone (a member id or a name); null unassigns' })
  assign(@Param('id') id: string, @Body() body: AssignDto, @Actor() actor: string) {
    return this.actions.assign(id, body.assignee ?? null, actor);
  }

  @Requires('issues.act')
  @Post('issues/:id/known-issue')
  @HttpCode(200)
  @ApiOperation({ summary: 'Link the issue to a known issue from the configuration' })
  linkKnownIssue(@Param('id') id: string, @Body() body: LinkKnownIssueDto, @Actor() actor: string) {
    return this.actions.linkKnownIssue(id, body.knownIssueId, actor);
  }

  @Requires('issues.act')
  @Post('issues/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: "Ask the integration's retry URL to re-sync the failing records (bad source data: only records changed at the source since)" })
  retry(@Param('id') id: string, @Actor() actor: string) {
    return this.actions.retry(id, actor);
  }

  @Requires('issues.read')
  @Get('queues/engineering')
  @ApiOperation({ summary: 'Genuine defects, open, most impact first' })
  engineeringQueue(@Query() query: PageQueryDto) {
    return this.issues.engineeringQueue(query);
  }
}
