import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncEvent } from './support/events';
import { startPeer, startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const EVENTS = 4000;
const FAMILIES = 10;
let api: TestApp;
const workers: NestFastifyApplication[] = [];

beforeAll(async () => {
  // the api role only: events wait in the queue until the workers start. The prefix is a Redis Cluster hash tag.
  api = await startTestApp({ ROLE: 'api' }, { hashTaggedPrefix: true });
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.close()));
  await api?.close();
});

describe('two worker processes on one Redis', () => {
  it('drain a backlog together without processing any event twice', async () => {
    expect(api.prefix).toMatch(/^\{.+\}$/);
    for (let batch = 0; batch < EVENTS / 100; batch++) {
      const events = Array.from({ length: 100 }, (_, i) => {
        const n = batch * 100 + i;
        return syncEvent({
          integration: 'backlog',
          source: { system: 'shopify', entity: 'order', id: `SO-${n % 700}` },
          error: { code: `REF_${n % FAMILIES}`, message: `Invalid reference key ${n} for subsidiary ${n % 7}.` },
        });
      });
      const res = await api.api().post('/v1/events').send({ events }).expect(202);
      expect(res.body.accepted).toBe(100);
    }
    const [waiting] = await api.db.query(`SELECT count(*)::int AS n FROM sync_event WHERE processed_at IS NULL`);
    expect(waiting.n).toBe(EVENTS);

    workers.push(...(await Promise.all([startPeer(api, { ROLE: 'worker' }), startPeer(api, { ROLE: 'worker' })])));
    await waitFor(
      async () => {
        const [row] = await api.db.query(`SELECT count(*)::int AS n FROM sync_event WHERE processed_at IS NOT NULL`);
        return row.n === EVENTS ? row.n : undefined;
      },
      { timeoutMs: 90_000, what: `all ${EVENTS} events processed by two workers` },
    );

    // an event processed twice would show as an occurrence or a record count too many
    const [counts] = await api.db.query(
      `SELECT count(*)::int AS issues, sum(occurrences)::int AS occurrences FROM issue`,
    );
    expect(counts).toEqual({ issues: FAMILIES, occurrences: EVENTS });
    const mismatched = await api.db.query(`
      SELECT i.id FROM issue i LEFT JOIN (SELECT issue_id, count(*)::int AS n FROM sync_event GROUP BY issue_id) e ON e.issue_id = i.id
      WHERE i.occurrences <> coalesce(e.n, 0)`);
    expect(mismatched).toEqual([]);
    const [records] = await api.db.query(
      `SELECT sum(count)::int AS failures, count(*)::int AS records FROM issue_record`,
    );
    expect(records).toEqual({ failures: EVENTS, records: FAMILIES * 70 });
    const [opened] = await api.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'opened'`);
    expect(opened.n).toBe(FAMILIES);
  });
});
