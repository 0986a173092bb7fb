import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../src/intake/ingest.service';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('a poison event', () => {
  it('ends visibly failed with its error after its attempts, and the outbox sweep leaves it alone', async () => {
    // a stored event whose body the pipeline cannot read: it throws on every attempt
    const [{ id }] = await t.db.query(
      `INSERT INTO sync_event (integration, event_id, occurred_at, status, source_system, source_entity, source_id, body, queued)
       VALUES ('poison', 'p-1', now(), 'failed', 'crm', 'contact', 'C-1', '{"status":"failed","integration":"poison"}', true) RETURNING id::text`,
    );
    await t
      .queue('classify')
      .add(
        'classify-event',
        { eventId: id },
        { jobId: `event-${id}`, attempts: 2, backoff: { type: 'fixed', delay: 50 } },
      );
    const failed = await waitFor(
      async () =>
        (await t.api().get('/v1/events/failed').expect(200)).body.items.find((item: { id: string }) => item.id === id),
      { what: 'the poison event marked failed' },
    );
    expect(failed).toMatchObject({ eventId: 'p-1', integration: 'poison' });
    expect(failed.failure).toMatch(/\S/);
    const job = await t.queue('classify').getJob(`event-${id}`);
    expect(await job?.getState()).toBe('failed');
    expect(job?.attemptsMade).toBe(2);
    // the sweep that re-offers stale queued events skips it
    await t.db.query(`UPDATE sync_event SET received_at = now() - interval '1 day' WHERE id = $1`, [id]);
    expect(await t.app.get(IngestService).sweepOutbox(0, 0)).toBe(0);
  });
});
