import { Actor, CurrentCaller, Requires } from '../access/access.decorators';
import type { Caller } from '../access/key.store';
import { BodyLimit, CONFIG_BODY_LIMIT_BYTES, TextDocumentBody } from '../platform/http/route-config';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
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
import { sendRendered } from '../platform/http/rendered-document';
import { ConfigurationService } from './configuration.service';
import { PeopleService } from './people.service';
import { AwaySetDto, ConfigAppliedDto, TeamListDto } from './dto/ownership-responses.dto';
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

/** seam.yaml over HTTP, and who is away (escalation's EscalationPathsController shows what the paths make of it). */
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
    return sendRendered(reply, await this.configuration.exported(format, caller));
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
}
