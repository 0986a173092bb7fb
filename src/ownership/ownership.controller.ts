import { Actor, CurrentCaller, Requires } from '../access/access.decorators';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { configChanges } from './domain/config-changes';
import type { Caller } from '../access/key.store';
import { BodyLimit, CONFIG_BODY_LIMIT_BYTES, TextDocumentBody } from '../platform/http/route-config';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { auditPaths } from '../escalation/domain/path-audit';
import { auditBanner } from '../escalation/domain/audit-banner';
import { reachability } from '../escalation/domain/reachability';
import { renderOwnershipHtml, renderOwnershipMarkdown } from '../escalation/domain/ownership-doc';
import { AppConfig, outboundPolicyOf } from '../platform/config/app-config';
import { SeamError } from '../platform/errors/seam-error';
import type { OutboundPolicy } from '../platform/outbound/domain/outbound-policy';
import { RoutingService } from '../routing/routing.service';
import { ConfigStore } from './config.store';
import { EscalationAuditService } from './escalation-audit.service';
import { PeopleService } from './people.service';
import { OnCallDto } from './dto/on-call.dto';
import { outboundTargetErrors } from './domain/outbound-targets';
import { withRedactedTargets } from './domain/target-redaction';
import {
  AwaySetDto,
  ConfigAppliedDto,
  EscalationAuditDto,
  TeamListDto,
} from './dto/ownership-responses.dto';
import { SeamConfigDto, TeamDto } from './dto/seam-config.dto';
import { parseSeamConfig, toSeamYaml, withTeam, type ParsedConfig } from './seam-yaml';

export class AwayDto {
  @IsBoolean({ message: 'away must be true or false' })
  away: boolean;

  /** with from, until or reason, away: true records a dated away period instead of the open-ended flag */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 date-time' })
  until?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

/** A short seam.yaml for the OpenAPI page; seam.example.yaml at the repository root is the complete one. */
const SEAM_YAML_EXAMPLE = `teams:
  - slug: support
    name: Support desk
    lead: mia
    businessHours: { timeZone: Australia/Melbourne, days: [1, 2, 3, 4, 5], start: "08:30", end: "17:30" }
    afterHours: { team: engineering }
    members:
      - { id: mia, name: Mia Chen, channels: [{ id: mia-mail, kind: email, target: mia@example.com }] }
routing:
  - { priority: 10, classification: defect, team: engineering }
  - { priority: 1000, team: support }
policies:
  - team: support
    levels: [{ afterMinutes: 0, notify: [mia] }, { afterMinutes: 30, notify: [lead] }]
`;

/** seam.yaml over HTTP, the one-page ownership document, and the audit of escalation paths. */
@ApiTags('ownership')
@ApiExtraModels(SeamConfigDto)
@Controller('v1')
export class OwnershipController {
  private readonly outbound: OutboundPolicy;

  constructor(
    private readonly store: ConfigStore,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
    private readonly pathAudit: EscalationAuditService,
    private readonly people: PeopleService,
    config: AppConfig,
  ) {
    this.outbound = outboundPolicyOf(config);
  }

  /** Webhook URLs are credentials: shown whole only to whoever may also change them. */
  private async readable(caller: Caller | undefined) {
    const config = await this.store.fresh();
    return caller?.role === 'admin' ? config : withRedactedTargets(config);
  }

  @Requires('config.read')
  @Get('config')
  @ApiOperation({ summary: 'The whole configuration as seam.yaml (or JSON with ?format=json); webhook secrets are never exported, webhook URLs only to admins' })
  @ApiQuery({ name: 'format', required: false, enum: ['yaml', 'json'], description: 'json for JSON; YAML otherwise' })
  @ApiProduces('application/yaml', 'application/json')
  @ApiOkResponse({
    description: 'seam.yaml text, or with ?format=json the same as JSON',
    content: {
      'application/yaml': { schema: { type: 'string', example: SEAM_YAML_EXAMPLE } },
      'application/json': { schema: { $ref: getSchemaPath(SeamConfigDto) } },
    },
  })
  async exportConfig(@Query('format') format: string | undefined, @Res({ passthrough: true }) reply: FastifyReply, @CurrentCaller() caller: Caller | undefined) {
    const config = await this.readable(caller);
    if (format === 'json') return config;
    void reply.header('content-type', 'application/yaml; charset=utf-8');
    return toSeamYaml(config);
  }

  @Requires('config.write')
  @Put('config')
  @BodyLimit(CONFIG_BODY_LIMIT_BYTES)
  @TextDocumentBody()
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the configuration with a seam.yaml (YAML text, or the same as JSON); answers with what the escalation audit finds in it' })
  @ApiConsumes('application/yaml', 'application/json')
  @ApiBody({
    description: 'seam.yaml as YAML text (content-type application/yaml) or as JSON: the whole configuration',
    schema: {
      oneOf: [{ type: 'string', description: 'seam.yaml text' }, { $ref: getSchemaPath(SeamConfigDto) }],
      example: SEAM_YAML_EXAMPLE,
    },
  })
  @ApiOkResponse({ type: ConfigAppliedDto })
  async importConfig(@Body() body: unknown, @Actor() actor: string) {
    return this.apply(parseSeamConfig(body), { actor, action: AUDIT_ACTIONS.configImported });
  }

  @Requires('config.read')
  @Get('teams')
  @ApiOperation({ summary: 'Teams with their members, channels, hours and cover (webhook URLs whole only to admins)' })
  @ApiOkResponse({ type: TeamListDto })
  async teams(@CurrentCaller() caller: Caller | undefined) {
    return { items: (await this.readable(caller)).teams };
  }

  @Requires('config.read')
  @Get('teams/:team')
  @ApiOperation({ summary: 'One team, in the shape PUT /v1/teams/:team takes: what GET answers can be put back as-is' })
  @ApiOkResponse({ type: TeamDto, description: 'the team as seam.yaml holds it (webhook URLs whole only to admins)' })
  async team(@Param('team') slug: string, @CurrentCaller() caller: Caller | undefined) {
    const team = (await this.readable(caller)).teams.find((t) => t.slug === slug);
    if (!team) throw new SeamError('team.not_found', [`team ${slug} does not exist`]);
    return team;
  }

  @Requires('issues.read')
  @Get('teams/:team/on-call')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: "Who is on call now and who takes over next, in each of the team's rotations (overrides applied)" })
  @ApiOkResponse({ type: OnCallDto })
  async onCall(@Param('team') slug: string) {
    return this.people.onCall(slug);
  }

  @Requires('config.write')
  @Put('teams/:team')
  @TextDocumentBody()
  @HttpCode(200)
  @ApiOperation({ summary: 'Create or replace one team (same shape as a team in seam.yaml)' })
  @ApiBody({
    type: TeamDto,
    description: 'one team as in seam.yaml; its slug must be the one in the path',
    examples: {
      team: {
        value: {
          slug: 'support',
          name: 'Support desk (Melbourne)',
          lead: 'mia',
          businessHours: { timeZone: 'Australia/Melbourne', days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
          afterHours: { team: 'engineering' },
          members: [
            { id: 'mia', name: 'Mia Chen', channels: [{ id: 'mia-mail', kind: 'email', target: 'mia@example.com' }] },
          ],
        },
      },
    },
  })
  @ApiOkResponse({ type: ConfigAppliedDto })
  async putTeam(@Param('team') slug: string, @Body() body: unknown, @Actor() actor: string) {
    return this.apply(withTeam(await this.store.fresh(), slug, body), { actor, action: AUDIT_ACTIONS.teamChanged, team: slug });
  }

  @Requires('config.write')
  @Delete('teams/:team')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a team; refused while routing, policies or cover still name it' })
  @ApiOkResponse({ type: ConfigAppliedDto })
  async deleteTeam(@Param('team') slug: string, @Actor() actor: string) {
    const config = await this.store.fresh();
    if (!config.teams.some((t) => t.slug === slug)) throw new SeamError('team.not_found', [`team ${slug} does not exist`]);
    return this.apply(parseSeamConfig(JSON.parse(JSON.stringify({ ...config, teams: config.teams.filter((t) => t.slug !== slug), policies: config.policies.filter((p) => p.team !== slug) }, (key, value) => (key === 'lastDelivery' ? undefined : value)))), {
      actor,
      action: AUDIT_ACTIONS.teamRemoved,
      team: slug,
    });
  }

  private async apply(parsed: ParsedConfig, change: { actor: string; action: string; team?: string }) {
    if (!parsed.config) throw new SeamError('config.invalid', parsed.errors);
    const refused = outboundTargetErrors(parsed.config, this.outbound);
    if (refused.length > 0) throw new SeamError('config.invalid', refused);
    await this.store.replace(parsed.config, parsed.secrets, (before, after, manager) =>
      this.audit.record([{ issueId: null, actor: change.actor, action: change.action, team: change.team ?? null, detail: configChanges(before, after, change.team) }], manager),
    );
    this.routing.invalidate();
    await this.pathAudit.afterChange('config_change');
    const config = await this.store.load();
    return {
      teams: config.teams.length,
      routes: config.routing.length,
      policies: config.policies.length,
      calendarDays: config.calendar.length,
      knownIssues: config.knownIssues.length,
      hypercare: config.hypercare.length,
      findings: auditPaths(config, new Date()),
    };
  }

  @Requires('people.write')
  @Post('teams/:team/members/:member/away')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a member away (escalation skips them) or back' })
  @ApiOkResponse({ type: AwaySetDto })
  async setAway(@Param('team') team: string, @Param('member') member: string, @Body() body: AwayDto, @Actor() actor: string) {
    return this.people.setAway(team, member, body, actor);
  }

  @Requires('issues.read')
  @Get('ownership')
  @ApiOperation({ summary: 'Who owns what, who responds first, who escalates, who talks to users, after-hours cover: Markdown, or HTML with ?format=html' })
  @ApiQuery({ name: 'format', required: false, enum: ['markdown', 'html'] })
  @ApiProduces('text/markdown', 'text/html')
  @ApiOkResponse({
    description: 'the ownership document',
    content: {
      'text/markdown': { schema: { type: 'string', example: '# Ownership\n\n## Support desk (support)\n…' } },
      'text/html': { schema: { type: 'string', example: '<!doctype html><h1>Ownership</h1>…' } },
    },
  })
  async ownership(@Query('format') format: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const config = await this.store.load();
    if (format !== undefined && format !== 'html' && format !== 'markdown') throw new SeamError('request.invalid', ['format must be markdown or html']);
    if (format === 'html') {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return renderOwnershipHtml(config, new Date());
    }
    void reply.header('content-type', 'text/markdown; charset=utf-8');
    return renderOwnershipMarkdown(config, new Date());
  }

  @Requires('issues.read')
  @Get('escalation-audit')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Escalation paths that have rotted: away or unknown members, no after-hours cover, unverified contacts, failing channels, undrilled policies' })
  @ApiOkResponse({ type: EscalationAuditDto })
  async escalationAudit() {
    const now = new Date();
    // uncached: an operator fixing a finding wants to see it go at once
    const config = await this.store.fresh();
    const findings = auditPaths(config, now);
    return {
      checkedAt: now.toISOString(),
      banner: auditBanner(config, findings),
      findings,
      reachability: reachability(config, now),
      // the worker's last run (after a change or on its schedule); the findings above are computed now
      lastRun: (await this.store.lastAuditRun()) ?? null,
    };
  }
}
