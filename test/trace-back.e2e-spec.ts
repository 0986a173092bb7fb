import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncEvent } from './support/events';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const RECORDS = 530;

describe('the trace-back', () => {
  it('pages through every record of an issue with a cursor, past the 500 shown in the detail', async () => {
    // one failure on 530 records, most at the same instant: the cursor must break ties, not skip or repeat
    const at = new Date(Date.now() - 60_000).toISOString();
    const events = Array.from({ length: RECORDS }, (_, i) =>
      syncEvent({
        integration: 'trace-back-orders',
        occurredAt: i % 10 === 0 ? new Date(Date.parse(at) + i).toISOString() : at,
        source: { system: 'shop', entity: 'order', id: `SO-${i}` },
      }),
    );
    await t.api().post('/v1/events').send({ events }).expect(202);
    const issue = await waitFor(
      async () => {
        const [found] = (await t.api().get('/v1/issues').query({ integration: 'trace-back-orders' })).body.items ?? [];
        return found?.distinctRecords === RECORDS ? found : undefined;
      },
      { timeoutMs: 60_000, what: `one issue with ${RECORDS} records` },
    );

    const detail = (await t.api().get(`/v1/issues/${issue.id}`).expect(200)).body;
    expect(detail.records).toHaveLength(500);
    expect(detail.recordsNextCursor).toEqual(expect.any(String));
    const rest = (
      await t
        .api()
        .get(`/v1/issues/${issue.id}/records`)
        .query({ cursor: detail.recordsNextCursor, limit: 200 })
        .expect(200)
    ).body;
    expect(rest.items).toHaveLength(RECORDS - 500);
    expect(rest.nextCursor).toBeNull();

    const seen: string[] = [];
    const lastSeen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = (
        await t
          .api()
          .get(`/v1/issues/${issue.id}/records`)
          .query({ limit: 37, ...(cursor ? { cursor } : {}) })
          .expect(200)
      ).body;
      seen.push(...page.items.map((r: { id: string }) => r.id));
      lastSeen.push(...page.items.map((r: { lastSeenAt: string }) => Date.parse(r.lastSeenAt)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(RECORDS);
    expect(new Set(seen).size).toBe(RECORDS);
    expect([...detail.records, ...rest.items].map((r: { id: string }) => r.id)).toEqual(seen);
    // most recently failing first, across page boundaries
    expect(lastSeen).toEqual([...lastSeen].sort((a, b) => b - a));
  }, 90_000);

  it.each<[string, Record<string, string>, number, RegExp]>([
    ['a forged cursor', { cursor: 'WyJ4Il0' }, 400, /^cursor is not a cursor this API returned/],
    ['a limit out of range', { limit: '500' }, 400, /^limit /],
  ])('refuses %s with a 400 naming the parameter', async (_name, query, status, line) => {
    const [issue] = (await t.api().get('/v1/issues').query({ integration: 'trace-back-orders' })).body.items;
    const res = await t.api().get(`/v1/issues/${issue.id}/records`).query(query).expect(status);
    expect(res.body.message[0]).toMatch(line);
  });

  it('answers 404 for an unknown issue', async () => {
    await t.api().get('/v1/issues/00000000-0000-4000-8000-000000000000/records').expect(404);
    await t.api().get('/v1/issues/not-an-id/records').expect(404);
  });
});
