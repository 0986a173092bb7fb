import { CurrentCaller, Requires } from '../access/access.decorators';
import type { Caller } from '../access/key.store';
import { integrationNameProblem, lookalikeOf } from './domain/integration-name';
import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FastifyRequest } from 'fastify';
import { ConfigStore } from '../ownership/config.store';
import { verifySignature } from './domain/signature';
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
  constructor(
    private readonly ingest: IngestService,
    private readonly config: ConfigStore,
    private readonly db: DataSource,
  ) {}

  @Requires('issues.read')
  @Get('failed')
  @ApiOperation({ summary: 'Events whose processing failed for good (poison events), with the error, newest first' })
  @ApiOkResponse({ type: FailedEventListDto })
  async failed() {
    const items = await this.db.query(
      `SELECT id::text, event_id AS "eventId", integration, received_at AS "receivedAt", failed_at AS "failedAt", failure
       FROM sync_event WHERE failed_at IS NOT NULL ORDER BY failed_at DESC LIMIT 200`,
    );
    return { items };
  }

  @Requires('events.write')
  @BodyLimit(INGEST_BODY_LIMIT_BYTES)
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'One sync event, or { events: [...] } with 1..1000 events. Stored before the 202.' })
  @ApiBody({ schema: { oneOf: [{ $ref: '#/components/schemas/SyncEventDto' }, { type: 'object', properties: { events: { type: 'array', items: { $ref: '#/components/schemas/SyncEventDto' } } } }] } })
  @ApiAcceptedResponse({ type: IngestResultDto, description: 'stored (and queued for classification)' })
  async receive(@Body() body: unknown, @Req() request: FastifyRequest & { rawBody?: Buffer }, @CurrentCaller() caller?: Caller): Promise<IngestResult> {
    const events = parseEvents(body);
    const integrations = [...new Set(events.map((event) => event.integration))];
    refuseUnboundIntegrations(integrations, caller);
    await this.checkSignatures(integrations, request);
    return this.ingest.ingest(events);
  }

  /**
   * API.md, Signatures: where an integration has a secret, its events must come signed. A batch that
   * mixes integrations must satisfy the secret of each one that has any.
   */
  private async checkSignatures(integrations: string[], request: FastifyRequest & { rawBody?: Buffer }): Promise<void> {
    const secrets = await this.config.signingSecrets();
    if (secrets.size === 0) return;
    const header = request.headers['x-seam-signature'];
    const now = Math.floor(Date.now() / 1000);
    for (const integration of integrations) {
      const own = secrets.get(integration);
      if (!own) {
        // names are already in normal form (parseEvents); what is left is a look-alike: "orders‐eu" for "orders-eu"
        const imitated = lookalikeOf(integration, secrets.keys());
        if (imitated) throw new SeamError('request.invalid', [`integration "${integration}" looks like the signed integration "${imitated}": send its exact name`]);
        continue;
      }
      const check = verifySignature(own, Array.isArray(header) ? header[0] : header, request.rawBody ?? Buffer.alloc(0), now);
      if (!check.ok) throw new SeamError('ingest.signature_invalid', [`${check.reason} (integration ${integration})`]);
    }
  }
}

/** A key bound to integrations posts for those only: 403 naming the first other one. */
function refuseUnboundIntegrations(integrations: string[], caller: Caller | undefined): void {
  const bound = caller?.integrations;
  if (!bound) return;
  const other = integrations.find((integration) => !bound.includes(integration));
  if (other !== undefined) {
    throw new SeamError('ingest.integration_forbidden', [`this key may post events for ${bound.map((name) => `"${name}"`).join(', ')} only, not for integration "${other}"`]);
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
  if (extra.length > 0) throw new SeamError('request.invalid', extra.map((key) => `${key} is not an allowed field`));
  if (!Array.isArray(events)) throw new SeamError('request.invalid', ['events must be an array']);
  if (events.length === 0) throw new SeamError('request.invalid', ['events must contain at least 1 event']);
  if (events.length > MAX_BATCH) throw new SeamError('ingest.batch_too_large', [`events must contain at most ${MAX_BATCH} events (got ${events.length})`]);
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
    return problem ? [`${prefix}${prefix ? `${i}.` : ''}integration ${problem} (got ${JSON.stringify(event.integration)})`] : [];
  });
  if (errors.length > 0) throw new SeamError('request.invalid', errors.slice(0, 50));
}
