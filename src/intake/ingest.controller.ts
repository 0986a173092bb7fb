import { CurrentCaller, Requires } from '../access/access.decorators';
import type { Caller } from '../access/key.store';
import { integrationNameProblem } from '../platform/text/integration-name';
import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SeamError } from '../platform/errors/seam-error';
import { BodyLimit, INGEST_BODY_LIMIT_BYTES } from '../platform/http/route-config';
import { SyncEventDto } from './dto/sync-event.dto';
import { validateSyncEvent } from './dto/sync-event.fast-path';
import { IngestService, type IngestResult } from './ingest.service';
import { FailedEventListDto, IngestResultDto } from './dto/ingest-responses.dto';

export const MAX_BATCH = 1000;

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

/** Validates the whole request before anything is stored: a batch is accepted whole or rejected whole. */
export function parseEvents(body: unknown): SyncEventDto[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new SeamError('request.invalid', ['body must be a sync event object or { "events": [ ... ] }']);
  }
  if (!('events' in body)) {
    const { value, errors } = validateSyncEvent(body);
    if (!value) throw new SeamError('request.invalid', errors);
    refuseUnnormalNames([value], '');
    return [value];
  }
  const { events, ...rest } = body as { events: unknown };
  const extra = Object.keys(rest);
  if (extra.length > 0)
    throw new SeamError(
      'request.invalid',
      extra.map((key) => `${key} is not an allowed field`),
    );
  if (!Array.isArray(events)) throw new SeamError('request.invalid', ['events must be an array']);
  if (events.length === 0) throw new SeamError('request.invalid', ['events must contain at least 1 event']);
  if (events.length > MAX_BATCH)
    throw new SeamError('ingest.batch_too_large', [
      `events must contain at most ${MAX_BATCH} events (got ${events.length})`,
    ]);
  const parsed: SyncEventDto[] = [];
  const errors: string[] = [];
  events.forEach((event, i) => {
    const result = validateSyncEvent(event, `events.${i}`);
    if (result.value) parsed.push(result.value);
    errors.push(...result.errors);
  });
  if (errors.length > 0) throw new SeamError('request.invalid', errors.slice(0, 50));
  refuseUnnormalNames(parsed, 'events.');
  return parsed;
}

/** Before any signature decision or storage: one spelling per integration (see integration-name.ts). */
function refuseUnnormalNames(events: SyncEventDto[], prefix: string): void {
  const errors = events.flatMap((event, i) => {
    const problem = integrationNameProblem(event.integration);
    return problem
      ? [`${prefix}${prefix ? `${i}.` : ''}integration ${problem} (got ${JSON.stringify(event.integration)})`]
      : [];
  });
  if (errors.length > 0) throw new SeamError('request.invalid', errors.slice(0, 50));
}
