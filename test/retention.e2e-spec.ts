import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartitionSql, weekPartition } from '../src/platform/database/event-partitions';
import { syncEvent } from './support/events';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// RETENTION_DAYS 30, and the retention job every half second instead of every hour.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RETENTION_DAYS: '30', RETENTION_SWEEP_MS: '500' });
});
afterAll(async () => {
  await t?.close();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const count = async (sql: string, params: unknown[] = []): Promise<number> => (await t.db.query(sql, params))[0].n;
const partitions = async (): Promise<string[]> =>
  (
    await t.db.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'sync_event'::regclass ORDER BY 1`,
    )
  ).map((row: { name: string }) => row.name);

/** Posts events and waits until the pipeline has counted them. */
async function ingested(integration: string, n: number): Promise<string[]> {
  const events = Array.from({ length: n }, (_, i) =>
    syncEvent({
      integration,
      source: { system: 'crm', entity: 'contact', id: `${integration}-${i}` },
      error: { message: 'Email address must be valid.', httpStatus: 400 },
    }),
  );
  await t.api().post('/v1/events').send({ events }).expect(202);
  await waitFor(
    async () =>
      (await count(`SELECT count(*)::int AS n FROM sync_event WHERE integration = $1 AND processed_at IS NOT NULL`, [
        integration,
      ])) === n || undefined,
    { what: `${integration} processed` },
  );
  return events.map((event) => event.eventId as string);
}

describe('event partitions', () => {
  it('has this week, the weeks ahead and a default partition from the start', async () => {
    const names = await partitions();
    expect(names).toContain(weekPartition(new Date()).name);
    expect(names).toContain(weekPartition(new Date(Date.now() + 14 * 86_400_000)).name);
    expect(names).toContain('sync_event_default');
  });

  it('refuses a replay of a stored event across partitions: idempotency does not depend on the partition', async () => {
    const [eventId] = await ingested('retention-replay', 1);
    const replay = await t
      .api()
      .post('/v1/events')
      .send(syncEvent({ integration: 'retention-replay', eventId }))
      .expect(202);
    expect(replay.body).toMatchObject({ accepted: 0, duplicates: 1 });
  });
});

describe('payload retention', () => {
  it('deletes processed events received more than RETENTION_DAYS ago, with their keys; issues keep their counts and record ids', async () => {
    await ingested('retention-old', 1);
    await ingested('retention-recent', 1);
    const issue = (await t.api().get('/v1/issues').query({ integration: 'retention-old' })).body.items[0];
    // received 40 days ago: the row moves to the default partition (no week of its own that far back)
    await t.db.query(`UPDATE sync_event SET received_at = $1 WHERE integration = 'retention-old'`, [daysAgo(40)]);
    await waitFor(
      async () =>
        (await count(`SELECT count(*)::int AS n FROM sync_event WHERE integration = 'retention-old'`)) === 0 ||
        undefined,
      { what: 'the old event pruned' },
    );
    expect(await count(`SELECT count(*)::int AS n FROM sync_event_key WHERE integration = 'retention-old'`)).toBe(0);
    const detail = (await t.api().get(`/v1/issues/${issue.id}`)).body;
    expect(detail).toMatchObject({ occurrences: 1, distinctRecords: 1 });
    expect(detail.records.map((r: { id: string }) => r.id)).toEqual(['retention-old-0']);
    expect(detail.sampleEvents).toEqual([]);
    expect(await count(`SELECT count(*)::int AS n FROM sync_event WHERE integration = 'retention-recent'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM sync_event_key WHERE integration = 'retention-recent'`)).toBe(1);
  });

  it('drops a whole week once retention has passed it and every event in it is processed', async () => {
    await ingested('retention-week', 20);
    const week = weekPartition(daysAgo(60));
    // the week is made and filled in one transaction, so the retention job sees it full or not at all
    await t.db.transaction(async (manager) => {
      await manager.query(createPartitionSql(week));
      await manager.query(`UPDATE sync_event SET received_at = $1 WHERE integration = 'retention-week'`, [
        new Date(week.from.getTime() + 3_600_000),
      ]);
    });
    await waitFor(async () => !(await partitions()).includes(week.name) || undefined, { what: `${week.name} dropped` });
    expect(await count(`SELECT count(*)::int AS n FROM sync_event WHERE integration = 'retention-week'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM sync_event_key WHERE integration = 'retention-week'`)).toBe(0);
    const [issue] = (await t.api().get('/v1/issues').query({ integration: 'retention-week' })).body.items;
    expect(issue.occurrences).toBe(20);
  });

  it('keeps a week that still holds an unprocessed event, and that event; its processed events go', async () => {
    await ingested('retention-held', 5);
    const week = weekPartition(daysAgo(50));
    await t.db.transaction(async (manager) => {
      await manager.query(createPartitionSql(week));
      await manager.query(`UPDATE sync_event SET received_at = $1 WHERE integration = 'retention-held'`, [
        new Date(week.from.getTime() + 3_600_000),
      ]);
      // accepted long ago and never processed (its job lost, say): retention must not take it
      await manager.query(
        `INSERT INTO sync_event (integration, event_id, occurred_at, received_at, status, source_system, source_entity, source_id, body, queued, queued_at)
         VALUES ('retention-held', 'held-unprocessed', $1, $1, 'failed', 'crm', 'contact', 'H-1', '{}', true, now())`,
        [new Date(week.from.getTime() + 7_200_000)],
      );
    });
    await waitFor(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM sync_event WHERE integration = 'retention-held' AND processed_at IS NOT NULL`,
        )) === 0 || undefined,
      {
        what: 'the processed events of the held week pruned',
      },
    );
    expect(await partitions()).toContain(week.name);
    expect(await count(`SELECT count(*)::int AS n FROM sync_event WHERE event_id = 'held-unprocessed'`)).toBe(1);
    // cleanup, so the other tests' weeks are not held by this one
    await t.db.query(`DELETE FROM sync_event WHERE event_id = 'held-unprocessed'`);
  });
});
