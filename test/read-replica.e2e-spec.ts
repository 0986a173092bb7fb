import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../src/platform/database/data-source-options';
import { ReadReplica } from '../src/platform/database/read-replica';
import { openResourcesOf } from '../src/platform/shutdown-overrun';
import { syncEvent } from './support/events';
import { TEST_DATABASE_URL } from './support/env';
import { createDatabase, dropDatabase, withClient } from './support/postgres';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// A real streaming replica needs a second Postgres server; what is tested here is the routing. The
// "replica" is a separate database holding one issue the primary does not have: whatever the console
// reads from it, it read from the replica, and whatever lands in the primary, it did not.
const replicaName = `seam_replica_${process.pid}_${randomBytes(4).toString('hex')}`;
const REPLICA_ISSUE = '00000000-0000-4000-8000-00000000feed';

let t: TestApp;
beforeAll(async () => {
  const replicaUrl = await createDatabase(TEST_DATABASE_URL, replicaName);
  await runMigrations(replicaUrl);
  await withClient(replicaUrl, (replica) =>
    replica.query(
      `INSERT INTO issue (id, fingerprint, integration, source_system, source_entity, title, sample_message, classification, category, confidence, owner_team, status, first_seen_at, last_seen_at, occurrences)
     VALUES ($1, 'replica-only', 'replica-integration', 'crm', 'contact', 'Only on the replica', 'Only on the replica', 'defect', 'code_defect', 0.9, 'engineering', 'new', now(), now(), 3)`,
      [REPLICA_ISSUE],
    ),
  );
  t = await startTestApp({ DATABASE_REPLICA_URL: replicaUrl, DATABASE_POOL_SIZE: '4' });
});
afterAll(async () => {
  await t?.close();
  await dropDatabase(TEST_DATABASE_URL, replicaName);
});

describe('DATABASE_REPLICA_URL', () => {
  it('serves the console list, the detail and the engineering queue from the replica', async () => {
    const list = (await t.api().get('/v1/issues').expect(200)).body;
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([REPLICA_ISSUE]);
    const detail = (await t.api().get(`/v1/issues/${REPLICA_ISSUE}`).expect(200)).body;
    expect(detail).toMatchObject({
      id: REPLICA_ISSUE,
      title: 'Only on the replica',
      occurrences: 3,
      records: [],
      sampleEvents: [],
    });
    const queue = (await t.api().get('/v1/queues/engineering').expect(200)).body;
    expect(queue.items.map((item: { id: string }) => item.id)).toEqual([REPLICA_ISSUE]);
  });

  it('hands the replica connection one query at a time when a read asks for several at once', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const answers = await t.app.get(ReadReplica).read(async (manager) => {
      // count what reaches the pg client itself, under whatever the runner does above it
      const client = (await manager.queryRunner!.connect()) as { query: (...args: unknown[]) => Promise<unknown> };
      const clientQuery = client.query.bind(client);
      client.query = async (...args: unknown[]) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        try {
          return await clientQuery(...args);
        } finally {
          inFlight--;
        }
      };
      return Promise.all(
        [1, 2, 3, 4, 5].map((n) => manager.query(`SELECT $1::int AS n, pg_sleep(0.02), current_database() AS db`, [n])),
      );
    });
    expect(answers.map(([row]) => row.n)).toEqual([1, 2, 3, 4, 5]);
    expect(answers.every(([row]) => row.db === replicaName)).toBe(true);
    expect(mostInFlight).toBe(1);
  });

  it('writes, and everything else, to the primary', async () => {
    await t
      .api()
      .post('/v1/events')
      .send(syncEvent({ integration: 'primary-integration' }))
      .expect(202);
    const [stored] = await waitFor(
      async () => {
        const rows = await t.db.query(`SELECT id FROM issue WHERE integration = 'primary-integration'`);
        return rows.length > 0 ? rows : undefined;
      },
      { what: 'the issue counted in the primary' },
    );
    // the pipeline wrote to the primary; the console, reading the replica, does not see it
    expect(
      (await t.api().get('/v1/issues').query({ integration: 'primary-integration' }).expect(200)).body.items,
    ).toEqual([]);
    await t.api().get(`/v1/issues/${stored.id}`).expect(404);
    // an action locks and writes the issue on the primary, which has no replica-only issue
    await t.api().post(`/v1/issues/${REPLICA_ISSUE}/acknowledge`).send({}).expect(404);
    const acknowledged = (await t.api().post(`/v1/issues/${stored.id}/acknowledge`).send({}).expect(200)).body;
    expect(acknowledged.status).toBe('acknowledged');
  });

  it('counts both pools when a shutdown overruns (what describeOpenResources reports)', async () => {
    await t.api().get('/v1/issues').expect(200);
    const open = await openResourcesOf(t.app);
    expect(open.pools.map((pool) => pool.name)).toEqual(['primary', 'replica 1']);
    for (const pool of open.pools) {
      expect(pool.totalCount).toBeGreaterThanOrEqual(1);
      expect(pool.totalCount).toBeLessThanOrEqual(4);
      expect(pool.waitingCount).toBe(0);
    }
    expect(open.httpConnections).toEqual(expect.any(Number));
    expect(open.resources).toContain('TCPSocketWrap');
  });
});
