import { SeamError } from '../../platform/errors/seam-error';
import { integrationNameProblem } from '../../platform/text/integration-name';
import type { SyncEventDto } from './sync-event.dto';
import { validateSyncEvent } from './sync-event.fast-path';

export const MAX_BATCH = 1000;

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
