import { Actor, CurrentCaller, Requires } from '../access/access.decorators';
import type { Caller } from '../access/key.store';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AssignDto,
  IssueActionDto,
  IssueQueryDto,
  LinkKnownIssueDto,
  PageQueryDto,
  ReclassifyDto,
} from './dto/issue-query.dto';
import { TraceBackPageDto } from './dto/trace-back.dto';
import { IssueActionsService } from './issue-actions.service';
import { IssuesService } from './issues.service';
import {
  AssignedDto,
  IssueDetailDto,
  IssueDto,
  IssuePageDto,
  KnownIssueLinkedDto,
  RetryRequestedDto,
} from './dto/issue-responses.dto';

@ApiTags('issues')
@Controller('v1')
export class IssuesController {
  constructor(
    private readonly issues: IssuesService,
    private readonly actions: IssueActionsService,
  ) {}

  @Requires('issues.read')
  @Get('issues')
  @ApiOperation({
    summary:
      'Support console query: classified issues, newest activity first. X-Seam-Banner carries the escalation audit banner when paths have rotted.',
  })
  @ApiOkResponse({ type: IssuePageDto })
  async list(
    @Query() query: IssueQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentCaller() caller?: Caller,
  ) {
    const { banner, page } = await this.issues.listFor(query, caller);
    if (banner) void reply.header('x-seam-banner', `${banner}: GET /v1/escalation-audit`);
    return page;
  }

  @Requires('issues.read')
  @Get('issues/:id')
  @ApiOperation({ summary: 'One issue with its reasons, trace-back records, sample events and timeline' })
  @ApiOkResponse({ type: IssueDetailDto })
  detail(@Param('id') id: string) {
    return this.issues.detail(id);
  }

  @Requires('issues.read')
  @Get('issues/:id/records')
  @ApiOperation({
    summary: "The issue's trace-back: every source record it touched, most recently failing first, a page at a time",
  })
  @ApiOkResponse({ type: TraceBackPageDto })
  records(@Param('id') id: string, @Query() query: PageQueryDto) {
    return this.issues.records(id, query);
  }

  @Requires('issues.act')
  @Post('issues/:id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Someone is on it: stops the escalation chain' })
  @ApiOkResponse({ type: IssueDto })
  acknowledge(@Param('id') id: string, @Body() body: IssueActionDto, @Actor() actor: string) {
    return this.issues.act(id, 'acknowledge', actor, body.note);
  }

  @Requires('issues.act')
  @Post('issues/:id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Fixed: a later failure of the same fingerprint reopens it as regressed' })
  @ApiOkResponse({ type: IssueDto })
  resolve(@Param('id') id: string, @Body() body: IssueActionDto, @Actor() actor: string) {
    return this.issues.act(id, 'resolve', actor, body.note);
  }

  @Requires('issues.act')
  @Post('issues/:id/reclassify')
  @HttpCode(200)
  @ApiOperation({ summary: "A person's classification: it sticks to the fingerprint and reroutes the issue" })
  @ApiBody({
    type: ReclassifyDto,
    examples: { reclassify: { value: { classification: 'bad_source_data', note: 'the customer has no email' } } },
  })
  @ApiOkResponse({ type: IssueDto })
  reclassify(@Param('id') id: string, @Body() body: ReclassifyDto, @Actor() actor: string) {
    return this.issues.reclassify(id, actor, body);
  }

  @Requires('issues.act')
  @Post('issues/:id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign the issue to someone (a member id or a name); null unassigns' })
  @ApiBody({
    type: AssignDto,
    examples: { assign: { value: { assignee: 'raj' } }, unassign: { value: { assignee: null } } },
  })
  @ApiOkResponse({ type: AssignedDto })
  assign(@Param('id') id: string, @Body() body: AssignDto, @Actor() actor: string) {
    return this.actions.assign(id, body.assignee ?? null, actor);
  }

  @Requires('issues.act')
  @Post('issues/:id/known-issue')
  @HttpCode(200)
  @ApiOperation({ summary: 'Link the issue to a known issue from the configuration' })
  @ApiOkResponse({ type: KnownIssueLinkedDto })
  linkKnownIssue(@Param('id') id: string, @Body() body: LinkKnownIssueDto, @Actor() actor: string) {
    return this.actions.linkKnownIssue(id, body.knownIssueId, actor);
  }

  @Requires('issues.act')
  @Post('issues/:id/retry')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Ask the integration's retry URL to re-sync the failing records (bad source data: only records changed at the source since)",
  })
  @ApiOkResponse({ type: RetryRequestedDto })
  retry(@Param('id') id: string, @Actor() actor: string) {
    return this.actions.retry(id, actor);
  }

  @Requires('issues.read')
  @Get('queues/engineering')
  @ApiOperation({ summary: 'Genuine defects, open, most impact first' })
  @ApiOkResponse({ type: IssuePageDto })
  engineeringQueue(@Query() query: PageQueryDto) {
    return this.issues.engineeringQueue(query);
  }
}
