import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { succeeded, syncEvent } from './support/events';
import { CATALOGUE_JOBS, CONSUMED_BY_OWNER_TEAMS } from '../src/platform/queue/job-handlers';
import { QueueService } from '../src/platform/queue/queue.service';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function issuesFor(query: Record<string, string>) {
  const res = await t.api().get('/v1/issues').query(query).expect(200);
  return res.body.items as Array<Record<string, any>>;
}

async function waitForIssue(query: Record<string, string>, want: (issue: Record<string, any>) => boolean = () => true) {
  return waitFor(async () => (await issuesFor(query)).find(want), { what: `an issue for ${JSON.stringify(query)}` });
}

describe('job handlers', () => {
  it('the worker handles every job of the catalogue that the owner teams do not consume, each once', () => {
    const consumed = CATALOGUE_JOBS.filter((name) => !CONSUMED_BY_OWNER_TEAMS.has(name)).sort();
    expect(t.app.get(QueueService).handledJobs()).toEqual(consumed);
  });
});

describe('event → issue → owner queue', () => {
  it('stores an event, classifies it into an issue with an owner, and queues it to that team', async () => {
    const event = syncEvent({
      integration: 'flow-defect',
      source: { system: 'shopify', entity: 'order', id: 'SO-1' },
      error: {
        message: 'java.lang.NullPointerException at com.acme.sync.OrderMapper.map(OrderMapper.java:42)',
        httpStatus: 500,
      },
    });
    const res = await t.api().post('/v1/events').send(event).expect(202);
    expect(res.body).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(res.body.ids).toHaveLength(1);

    const issue = await waitForIssue({ integration: 'flow-defect' });
    expect(issue).toMatchObject({
      classification: 'defect',
      owner: 'engineering',
      status: 'new',
      occurrences: 1,
      distinctRecords: 1,
    });

    const jobs = await waitFor(
      async () => {
        const found = await t.queue('engineering').getJobs(['waiting', 'delayed', 'prioritized']);
        return found.find((job) => job.data.issueId === issue.id);
      },
      { what: 'the routed job on the engineering queue' },
    );
    expect(jobs.name).toBe('issue-routed');
    expect(jobs.data).toMatchObject({
      transition: 'opened',
      classification: 'defect',
      ownerTeam: 'engineering',
      href: `/v1/issues/${issue.id}`,
    });

    const detail = await t.api().get(`/v1/issues/${issue.id}`).expect(200);
    expect(detail.body.records).toEqual([
      expect.objectContaining({ system: 'shopify', entity: 'order', id: 'SO-1', count: 1, state: 'failing' }),
    ]);
    expect(detail.body.sampleEvents[0]).toMatchObject({ eventId: event.eventId });
    expect(detail.body.reasons.length).toBeGreaterThan(0);
    expect(detail.body.timeline.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['opened', 'classified']),
    );
  });

  it('groups a batch of failures that differ only by record id into one issue and counts each record', async () => {
    const events = Array.from({ length: 25 }, (_, i) =>
      syncEvent({
        integration: 'flow-batch',
        source: { system: 'portal', entity: 'invoice', id: `INV-${i}` },
        error: { message: `Invalid customer reference key ${1000 + i}.`, code: 'INVALID_KEY_OR_REF', httpStatus: 400 },
      }),
    );
    const res = await t.api().post('/v1/events').send({ events }).expect(202);
    expect(res.body).toMatchObject({ accepted: 25, duplicates: 0 });
    const issue = await waitForIssue({ integration: 'flow-batch' }, (candidate) => candidate.occurrences === 25);
    expect(issue.distinctRecords).toBe(25);
    expect(await issuesFor({ integration: 'flow-batch' })).toHaveLength(1);
    expect(await issuesFor({ record: 'INV-7' })).toEqual([expect.objectContaining({ id: issue.id })]);
  });

  it('reports a retried event as a duplicate and never counts it twice, also when retries race', async () => {
    const event = syncEvent({ integration: 'flow-dupes', source: { system: 'shopify', entity: 'order', id: 'SO-D' } });
    const first = await t.api().post('/v1/events').send(event).expect(202);
    const racing = await Promise.all(Array.from({ length: 8 }, () => t.api().post('/v1/events').send(event)));
    for (const res of racing) {
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ accepted: 0, duplicates: 1, ids: first.body.ids });
    }
    const fresh = syncEvent({
      integration: 'flow-dupes-race',
      source: { system: 'shopify', entity: 'order', id: 'SO-R' },
    });
    const simultaneous = await Promise.all(
      Array.from({ length: 8 }, () =>
        t
          .api()
          .post('/v1/events')
          .send({ events: [fresh, fresh] }),
      ),
    );
    expect(simultaneous.reduce((sum, res) => sum + res.body.accepted, 0)).toBe(1);
    expect(simultaneous.reduce((sum, res) => sum + res.body.duplicates, 0)).toBe(15);

    await waitForIssue({ integration: 'flow-dupes-race' });
    const [row] = await t.db.query(
      `SELECT COUNT(*)::int AS n FROM sync_event WHERE integration IN ('flow-dupes', 'flow-dupes-race')`,
    );
    expect(row.n).toBe(2);
    const issue = await waitForIssue({ integration: 'flow-dupes' });
    expect(issue.occurrences).toBe(1);
  });

  it('marks an issue regressed, and nobody yet on it, when it fails again after a resolve', async () => {
    const failure = () =>
      syncEvent({ integration: 'flow-regress', error: { message: 'Internal server error', httpStatus: 500 } });
    await t.api().post('/v1/events').send(failure()).expect(202);
    const issue = await waitForIssue({ integration: 'flow-regress' });
    const acknowledged = await t.api().post(`/v1/issues/${issue.id}/acknowledge`).send({}).expect(200);
    expect(acknowledged.body.acknowledgedAt).toEqual(expect.any(String));
    const resolved = await t.api().post(`/v1/issues/${issue.id}/resolve`).send({ note: 'fixed in 1.2.1' }).expect(200);
    expect(resolved.body.status).toBe('resolved');

    await t.api().post('/v1/events').send(failure()).expect(202);
    const regressed = await waitForIssue(
      { integration: 'flow-regress' },
      (candidate) => candidate.status === 'regressed',
    );
    // the old incident's acknowledgement does not cover the new one: the owner must take it again
    expect(regressed).toMatchObject({ id: issue.id, occurrences: 2, regressions: 1, acknowledgedAt: null });
    const detail = await t.api().get(`/v1/issues/${issue.id}`).expect(200);
    expect(detail.body.timeline.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['resolved', 'regressed']),
    );
  });

  it('resolves bad source data by itself once the failing record syncs successfully', async () => {
    const record = { system: 'portal', entity: 'contact', id: 'CT-9' };
    const failedAt = new Date(Date.now() - 60_000).toISOString();
    await t
      .api()
      .post('/v1/events')
      .send(
        syncEvent({
          integration: 'flow-auto',
          occurredAt: failedAt,
          source: record,
          target: { system: 'xero', entity: 'contact' },
          error: { message: 'Email address must be valid.', httpStatus: 400 },
          payload: { email: 'a@@b.example' },
        }),
      )
      .expect(202);
    const issue = await waitForIssue({ integration: 'flow-auto' });
    expect(issue).toMatchObject({ classification: 'bad_source_data', owner: 'support', failingRecords: 1 });

    await t
      .api()
      .post('/v1/events')
      .send(succeeded({ integration: 'flow-auto', source: record, target: { system: 'xero', entity: 'contact' } }))
      .expect(202);
    const resolved = await waitForIssue({ integration: 'flow-auto' }, (candidate) => candidate.status === 'resolved');
    expect(resolved).toMatchObject({
      failingRecords: 0,
      resolvedReason: expect.stringContaining('synced successfully'),
    });
    const detail = await t.api().get(`/v1/issues/${issue.id}`).expect(200);
    expect(detail.body.records[0]).toMatchObject({ id: 'CT-9', state: 'recovered' });
  });

  it('resolves bad source data when the fixing success arrives in the same batch, whatever the processing order', async () => {
    const record = { system: 'portal', entity: 'contact', id: 'CT-10' };
    const target = { system: 'xero', entity: 'contact' };
    const failure = syncEvent({
      integration: 'flow-auto-batch',
      occurredAt: new Date(Date.now() - 120_000).toISOString(),
      source: record,
      target,
      error: { message: 'Email address must be valid.', httpStatus: 400 },
    });
    const fixed = succeeded({
      integration: 'flow-auto-batch',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      source: record,
      target,
    });
    await t
      .api()
      .post('/v1/events')
      .send({ events: [fixed, failure] })
      .expect(202);
    const resolved = await waitForIssue(
      { integration: 'flow-auto-batch' },
      (candidate) => candidate.status === 'resolved',
    );
    expect(resolved).toMatchObject({ classification: 'bad_source_data', failingRecords: 0, occurrences: 1 });
  });

  it('acknowledges, refuses to acknowledge a resolved issue, and keeps a reclassification against later events', async () => {
    const failure = () =>
      syncEvent({ integration: 'flow-actions', error: { message: 'Internal server error', httpStatus: 500 } });
    await t.api().post('/v1/events').send(failure()).expect(202);
    const issue = await waitForIssue({ integration: 'flow-actions' });
    await t.api().post(`/v1/issues/${issue.id}/acknowledge`).send({}).expect(200);
    const reclassified = await t
      .api()
      .post(`/v1/issues/${issue.id}/reclassify`)
      .send({ classification: 'process_change', category: 'setup_missing', note: 'new subsidiary not set up' })
      .expect(200);
    expect(reclassified.body).toMatchObject({
      classification: 'process_change',
      owner: 'business',
      classifiedByHuman: true,
    });

    await t.api().post('/v1/events').send(failure()).expect(202);
    const later = await waitForIssue({ integration: 'flow-actions' }, (candidate) => candidate.occurrences === 2);
    expect(later).toMatchObject({ classification: 'process_change', owner: 'business' });

    await t.api().post(`/v1/issues/${issue.id}/resolve`).send({}).expect(200);
    const refused = await t.api().post(`/v1/issues/${issue.id}/acknowledge`).send({}).expect(409);
    expect(refused.body.message[0]).toMatch(/resolved/);
  });

  it('lists open defects for engineering, most distinct records first', async () => {
    const wide = Array.from({ length: 3 }, (_, i) =>
      syncEvent({
        integration: 'flow-eng-wide',
        source: { system: 'shopify', entity: 'order', id: `W-${i}` },
        error: { message: 'Internal server error', httpStatus: 500 },
      }),
    );
    await t.api().post('/v1/events').send({ events: wide }).expect(202);
    await waitForIssue({ integration: 'flow-eng-wide' }, (issue) => issue.distinctRecords === 3);
    const res = await t.api().get('/v1/queues/engineering').expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(
      res.body.items.every(
        (issue: { classification: string; status: string }) =>
          issue.classification === 'defect' && issue.status !== 'resolved',
      ),
    ).toBe(true);
    const counts = res.body.items.map((issue: { distinctRecords: number }) => issue.distinctRecords);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('pages through issues with a cursor, newest activity first', async () => {
    const events = Array.from({ length: 5 }, (_, i) =>
      syncEvent({
        integration: 'flow-pages',
        occurredAt: new Date(Date.now() - i * 60_000).toISOString(),
        error: { message: `Distinct failure kind ${'abcde'[i]} happened`, httpStatus: 500 },
      }),
    );
    await t.api().post('/v1/events').send({ events }).expect(202);
    await waitFor(async () => (await issuesFor({ integration: 'flow-pages' })).length === 5, { what: 'five issues' });
    const first = await t.api().get('/v1/issues').query({ integration: 'flow-pages', limit: 2 }).expect(200);
    const second = await t
      .api()
      .get('/v1/issues')
      .query({ integration: 'flow-pages', limit: 2, cursor: first.body.nextCursor })
      .expect(200);
    const third = await t
      .api()
      .get('/v1/issues')
      .query({ integration: 'flow-pages', limit: 2, cursor: second.body.nextCursor })
      .expect(200);
    const seen = [...first.body.items, ...second.body.items, ...third.body.items];
    expect(seen.map((issue) => issue.title)).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((kind) => `Distinct failure kind ${kind} happened`),
    );
    expect(third.body.nextCursor).toBeNull();
  });
});
