import { CurrentCaller, Requires } from '../access/access.decorators';
import type { Caller } from '../access/key.store';
import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BodyLimit, INGEST_BODY_LIMIT_BYTES } from '../platform/http/route-config';
import { parseEvents } from './dto/parse-events';
import { IngestService, type IngestResult } from './ingest.service';
import { FailedEventListDto, IngestResultDto } from './dto/ingest-responses.dto';

@ApiTags('ingest')
@Controller('v1/events')
export class IngestController {
  constructor(private readonly ingest: IngestService) {}

  @Requires('issues.read')
  @Get('failed')
  @ApiOperation({ summary: 'Events whose processing failed for good (poison events), with the error, newest first' })
  @ApiOkResponse({ type: FailedEventListDto })
  async failed() {
    return { items: await this.ingest.failedEvents() };
  }

  @Requires('events.write')
  @BodyLimit(INGEST_BODY_LIMIT_BYTES)
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'One sync event, or { events: [...] } with 1..1000 events. Stored before the 202.' })
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: '#/components/schemas/SyncEventDto' },
        {
          type: 'object',
          properties: { events: { type: 'array', items: { $ref: '#/components/schemas/SyncEventDto' } } },
        },
      ],
    },
  })
  @ApiAcceptedResponse({ type: IngestResultDto, description: 'stored (and queued for classification)' })
  async receive(
    @Body() body: unknown,
    @Req() request: FastifyRequest & { rawBody?: Buffer },
    @CurrentCaller() caller?: Caller,
  ): Promise<IngestResult> {
    const signature = request.headers['x-seam-signature'];
    return this.ingest.receive(parseEvents(body), {
      caller,
      signature: Array.isArray(signature) ? signature[0] : signature,
      rawBody: request.rawBody ?? Buffer.alloc(0),
    });
  }
}
