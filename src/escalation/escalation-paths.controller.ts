import { Requires } from '../access/access.decorators';
import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EscalationAuditDto } from '../ownership/dto/ownership-responses.dto';
import { sendRendered } from '../platform/http/rendered-document';
import { OnCallDto } from './dto/on-call.dto';
import { EscalationPathsService } from './escalation-paths.service';

/** Who is on call, the one-page ownership document, and the audit of escalation paths: the config as escalation reads it. */
@ApiTags('ownership')
@Controller('v1')
export class EscalationPathsController {
  constructor(private readonly paths: EscalationPathsService) {}

  @Requires('issues.read')
  @Get('teams/:team/on-call')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: "Who is on call now and who takes over next, in each of the team's rotations (overrides applied)",
  })
  @ApiOkResponse({ type: OnCallDto })
  async onCall(@Param('team') slug: string) {
    return this.paths.onCall(slug);
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
    return sendRendered(reply, await this.paths.ownershipDocument(format));
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
    return this.paths.escalationAudit();
  }
}
