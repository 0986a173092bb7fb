import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('payload retention', () => {
  it('prunes processed events older than RETENTION_DAYS; issues keep their counts and record ids', async () => {
    const old = syncEvent({ integration: 'retention-old', occurredAt: daysAgo(40), source: { system: 'crm', entity: 'contact', id: 'OLD-1' }, error: { message: 'Email address must be valid.', httpStatus: 400 } });
    const recent = syncEvent({ integration: 'retention-recent', occurredAt: daysAgo(1), source: { system: 'crm', entity: 'contact', id: 'NEW-1' }, error: { message: 'Email address must be valid.', httpStatus: 400 } });
    await t.api().post('/v1/events').send({ events: [old, recent] }).expect(202);
    const issue = await waitFor(async () => (await t.api().get('/v1/issues').query({ integration: 'retention-old' })).body.items?.[0], { what: 'the old issue' });
    await waitFor(async () => {
      const [{ n }] = await t.db.query(`SELECT COUNT(*)::int AS n FROM sync_event WHERE integration = 'retention-old'`);
      return n === 0 ? true : undefined;
    }, { what: 'the old event pruned' });
    const detail = (await t.api().get(`/v1/issues/${issue.id}`)).body;
    expect(detail).toMatchObject({ occurrences: 1, distinctRecords: 1 });
    expect(detail.records.map((r: { id: string }) => r.id)).toEqual(['OLD-1']);
    expect(detail.sampleEvents).toEqual([]);
    const [{ n }] = await t.db.query(`SELECT COUNT(*)::int AS n FROM sync_event WHERE integration = 'retention-recent'`);
    expect(n).toBe(1);
  });
});
