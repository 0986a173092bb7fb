import { Actor, CurrentCaller, Requires } from '../access/access.decorators';
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
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ConfigurationService, type RenderedDocument } from './configuration.service';
import { PeopleService } from './people.service';
import { OnCallDto } from './dto/on-call.dto';
import { AwaySetDto, ConfigAppliedDto, EscalationAuditDto, TeamListDto } from './dto/ownership-responses.dto';
import { AwayReason, AwayUntil, SeamConfigDto, TeamDto } from './dto/seam-config.dto';

export class AwayDto {
  @IsBoolean({ message: 'away must be true or false' })
  away: boolean;

  /** with from, until or reason, away: true records a dated away period instead of the open-ended flag */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time' })
  from?: string;

  @AwayUntil()
  until?: string;

  @AwayReason()
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
  constructor(
    private readonly configuration: ConfigurationService,
    private readonly people: PeopleService,
  ) {}

  @Requires('config.read')
  @Get('config')
  @ApiOperation({
    summary:
      'The whole configuration as seam.yaml (or JSON with ?format=json); webhook secrets are never exported, webhook URLs only to admins',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['yaml', 'json'], description: 'json for JSON; YAML otherwise' })
  @ApiProduces('application/yaml', 'application/json')
  @ApiOkResponse({
    description: 'seam.yaml text, or with ?format=json the same as JSON',
    content: {
      'application/yaml': { schema: { type: 'string', example: SEAM_YAML_EXAMPLE } },
      'application/json': { schema: { $ref: getSchemaPath(SeamConfigDto) } },
    },
  })
  async exportConfig(
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentCaller() caller: Caller | undefined,
  ) {
    return send(reply, await this.configuration.exported(format, caller));
  }

  @Requires('config.write')
  @Put('config')
  @BodyLimit(CONFIG_BODY_LIMIT_BYTES)
  @TextDocumentBody()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Replace the configuration with a seam.yaml (YAML text, or the same as JSON); answers with what the escalation audit finds in it',
  })
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
    return this.configuration.importConfig(body, actor);
  }

  @Requires('config.read')
  @Get('teams')
  @ApiOperation({ summary: 'Teams with their members, channels, hours and cover (webhook URLs whole only to admins)' })
  @ApiOkResponse({ type: TeamListDto })
  async teams(@CurrentCaller() caller: Caller | undefined) {
    return { items: (await this.configuration.readable(caller)).teams };
  }

  @Requires('config.read')
  @Get('teams/:team')
  @ApiOperation({ summary: 'One team, in the shape PUT /v1/teams/:team takes: what GET answers can be put back as-is' })
  @ApiOkResponse({ type: TeamDto, description: 'the team as seam.yaml holds it (webhook URLs whole only to admins)' })
  async team(@Param('team') slug: string, @CurrentCaller() caller: Caller | undefined) {
    return this.configuration.team(slug, caller);
  }

  @Requires('issues.read')
  @Get('teams/:team/on-call')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: "Who is on call now and who takes over next, in each of the team's rotations (overrides applied)",
  })
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
    return this.configuration.putTeam(slug, body, actor);
  }

  @Requires('config.write')
  @Delete('teams/:team')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a team; refused while routing, policies or cover still name it' })
  @ApiOkResponse({ type: ConfigAppliedDto })
  async deleteTeam(@Param('team') slug: string, @Actor() actor: string) {
    return this.configuration.deleteTeam(slug, actor);
  }

  @Requires('people.write')
  @Post('teams/:team/members/:member/away')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a member away (escalation skips them) or back' })
  @ApiOkResponse({ type: AwaySetDto })
  async setAway(
    @Param('team') team: string,
    @Param('member') member: string,
    @Body() body: AwayDto,
    @Actor() actor: string,
  ) {
    return this.people.setAway(team, member, body, actor);
  }

  @Requires('issues.read')
  @Get('ownership')
  @ApiOperation({
    summary:
      'Who owns what, who responds first, who escalates, who talks to users, after-hours cover: Markdown, or HTML with ?format=html',
  })
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
    return send(reply, await this.configuration.ownershipDocument(format));
  }

  @Requires('issues.read')
  @Get('escalation-audit')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'Escalation paths that have rotted: away or unknown members, no after-hours cover, unverified contacts, failing channels, undrilled policies',
  })
  @ApiOkResponse({ type: EscalationAuditDto })
  async escalationAudit() {
    return this.configuration.escalationAudit();
  }
}

/** The body as rendered, with its content type when it is not JSON. */
function send(reply: FastifyReply, document: RenderedDocument): unknown {
  if (document.contentType) void reply.header('content-type', document.contentType);
  return document.body;
}
