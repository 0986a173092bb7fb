import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncEvent } from './support/events';
import { postForIssue } from './support/issues';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const without = (key: string) => {
  const event = syncEvent();
  delete event[key];
  return event;
};

describe('bad input gets a 4xx naming the field and the rule', () => {
  it.each<[string, unknown, RegExp]>([
    ['a missing eventId', without('eventId'), /^eventId must be/],
    ['an empty eventId', syncEvent({ eventId: '' }), /^eventId must be longer than or equal to 1/],
    [
      'an eventId over 200 characters',
      syncEvent({ eventId: 'x'.repeat(201) }),
      /^eventId must be shorter than or equal to 200/,
    ],
    ['a missing integration', without('integration'), /^integration must be/],
    [
      'an occurredAt that is not a date',
      syncEvent({ occurredAt: 'yesterday' }),
      /^occurredAt must be a valid ISO 8601/,
    ],
    [
      'an occurredAt without a zone',
      syncEvent({ occurredAt: '2026-11-02T01:00:00' }),
      /^occurredAt must carry a time zone/,
    ],
    [
      'an unknown status',
      syncEvent({ status: 'broken' }),
      /^status must be one of the following values: failed, succeeded/,
    ],
    ['a missing source', without('source'), /^source must be an object/],
    ['a source without id', syncEvent({ source: { system: 'shopify', entity: 'order' } }), /^source\.id must be/],
    ['a failed event without error', without('error'), /^error must be an object \(required when status is failed\)/],
    ['an error without message', syncEvent({ error: { code: 'X' } }), /^error\.message must be/],
    [
      'an error message over 8 KB',
      syncEvent({ error: { message: 'x'.repeat(8193) } }),
      /^error\.message must be at most 8192 bytes/,
    ],
    [
      'an httpStatus out of range',
      syncEvent({ error: { message: 'x', httpStatus: 42 } }),
      /^error\.httpStatus must not be less than 100/,
    ],
    [
      'an error code that is a fraction',
      syncEvent({ error: { message: 'x', code: 1.5 } }),
      /^error\.code must be a string or a whole number/,
    ],
    [
      'a record id too large to survive JSON as a number',
      syncEvent({ source: { system: 'shopify', entity: 'order', id: 2 ** 53 + 2 } }),
      /^source\.id must be a string or a whole number \(below 2\^53; larger ids must be sent as strings\)/,
    ],
    [
      'a payload over 64 KB',
      syncEvent({ payload: { blob: 'x'.repeat(65_537) } }),
      /^payload must be at most 65536 bytes/,
    ],
    ['a payload that is not an object', syncEvent({ payload: 'text' }), /^payload must be an object/],
    ['an attempt below 1', syncEvent({ attempt: 0 }), /^attempt must not be less than 1/],
    ['an unknown top-level field', syncEvent({ priority: 'high' }), /^priority is not an allowed field/],
    [
      'an unknown nested field',
      syncEvent({ source: { system: 's', entity: 'e', id: '1', colour: 'red' } }),
      /^source\.colour is not an allowed field/,
    ],
    ['a body that is an array', [syncEvent()], /^body must be a sync event object/],
    ['an empty batch', { events: [] }, /^events must contain at least 1 event/],
    ['a batch that is not an array', { events: 'all' }, /^events must be an array/],
    ['a batch with an extra field', { events: [syncEvent()], source: 'x' }, /^source is not an allowed field/],
    [
      'a batch with one bad event',
      { events: [syncEvent(), syncEvent({ eventId: 7 })] },
      /^events\.1\.eventId must be a string/,
    ],
    // class-transformer skips such a key when it copies the event: without the check it vanished unseen
    [
      'a field named like an Object.prototype method',
      { events: [syncEvent({ valueOf: 1 })] },
      /^events\.0\.valueOf is not an allowed field$/,
    ],
  ])('rejects %s with a 400', async (_case, body, message) => {
    const res = await t
      .api()
      .post('/v1/events')
      .send(body as object)
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.message.some((line: string) => message.test(line))).toBe(true);
  });

  it('refuses such a field at POST /v1/classify too (the global validation pipe)', async () => {
    const res = await t
      .api()
      .post('/v1/classify')
      .send(syncEvent({ source: { system: 'crm', entity: 'contact', id: 'C-1', toString: 'x' } }))
      .expect(400);
    expect(res.body.message).toEqual(['source.toString is not an allowed field']);
  });

  it('takes an HTTP status sent as its three digits in a string, and refuses other text naming the field', async () => {
    const texted = syncEvent({ integration: 'texted-status', error: { message: 'Bad Request', httpStatus: '400' } });
    const issue = await postForIssue(t.api(), texted, { what: 'the issue of the event with a status as text' });
    const detail = (await t.api().get(`/v1/issues/${issue.id}`).expect(200)).body;
    expect(detail.sampleEvents.map((event: { error: { httpStatus: unknown } }) => event.error.httpStatus)).toEqual([
      400,
    ]);
    const refused = await t
      .api()
      .post('/v1/events')
      .send(syncEvent({ error: { message: 'x', httpStatus: 'Bad Request' } }))
      .expect(400);
    expect(refused.body.message).toContain('error.httpStatus must be an integer number');
  });

  it('takes a vendor code and record ids sent as JSON numbers, kept as their text', async () => {
    const numeric = syncEvent({
      integration: 'numeric-ids',
      source: { system: 'shopify', entity: 'order', id: 450789469 },
      target: { system: 'zoho-books', entity: 'invoice', id: 982000000567001 },
      error: { message: 'Invalid value passed for customer_id', code: 1002 },
    });
    await t.api().post('/v1/classify').send(numeric).expect(200);
    const issue = await postForIssue(t.api(), numeric, { what: 'the issue of the numerically keyed event' });
    expect(issue.errorCode).toBe('1002');
    const records = (await t.api().get(`/v1/issues/${issue.id}/records`).expect(200)).body.items;
    expect(records.map((record: { id: string; targetId: string }) => [record.id, record.targetId])).toEqual([
      ['450789469', '982000000567001'],
    ]);
  });

  it('rejects the whole batch when one event is bad, storing nothing', async () => {
    const good = syncEvent({ integration: 'all-or-nothing' });
    await t
      .api()
      .post('/v1/events')
      .send({ events: [good, { ...syncEvent(), occurredAt: 'nope' }] })
      .expect(400);
    const [row] = await t.db.query(`SELECT COUNT(*)::int AS n FROM sync_event WHERE integration = 'all-or-nothing'`);
    expect(row.n).toBe(0);
  });

  it('answers unparsable JSON with a 400, not a 500', async () => {
    const res = await t
      .api()
      .post('/v1/events')
      .set('content-type', 'application/json')
      .send('{"eventId": ')
      .expect(400);
    expect(res.body.message[0]).toMatch(/json/i);
  });

  it('refuses a body nested deeper than 32 levels, naming the rule', async () => {
    let payload: unknown = { leaf: true };
    for (let i = 0; i < 40; i++) payload = { child: payload };
    const res = await t.api().post('/v1/events').send(syncEvent({ payload })).expect(400);
    expect(res.body.message).toEqual(['body nests deeper than 32 levels']);
    await t
      .api()
      .post('/v1/events')
      .send(syncEvent({ payload: { a: { b: { c: [1, 2, { d: 'x' }] } } } }))
      .expect(202);
  });

  it('answers a batch over 1000 events with a 413', async () => {
    const events = Array.from({ length: 1001 }, () => syncEvent());
    const res = await t.api().post('/v1/events').send({ events }).expect(413);
    expect(res.body.message[0]).toMatch(/^events must contain at most 1000 events/);
  });

  it('answers a body over the size limit with a 413', async () => {
    const huge = JSON.stringify({ events: [syncEvent({ payload: { blob: 'x'.repeat(17 * 1024 * 1024) } })] });
    const res = await t.api().post('/v1/events').set('content-type', 'application/json').send(huge);
    expect(res.status).toBe(413);
  });

  it.each<[string, string, Record<string, unknown>, RegExp]>([
    ['a release without version', '/v1/releases', { deployedAt: '2026-11-02T01:00:00Z' }, /^version must be/],
    [
      'a release with a bad date',
      '/v1/releases',
      { version: '1.0', deployedAt: 'soon' },
      /^deployedAt must be a valid ISO 8601/,
    ],
    [
      'a change without system',
      '/v1/changes',
      { description: 'x', changedAt: '2026-11-02T01:00:00Z' },
      /^system must be/,
    ],
    [
      'a change with an unknown field',
      '/v1/changes',
      { system: 'netsuite', description: 'x', changedAt: '2026-11-02T01:00:00Z', who: 'me' },
      /^who is not an allowed field/,
    ],
  ])('rejects %s with a 400', async (_case, path, body, message) => {
    const res = await t.api().post(path).send(body).expect(400);
    expect(res.body.message.some((line: string) => message.test(line))).toBe(true);
  });

  it('records releases and changes with a 201', async () => {
    const release = await t
      .api()
      .post('/v1/releases')
      .send({ version: '2.4.0', deployedAt: '2026-11-02T01:00:00Z', integration: 'x' })
      .expect(201);
    expect(release.body).toMatchObject({ version: '2.4.0', integration: 'x' });
    const change = await t
      .api()
      .post('/v1/changes')
      .send({ system: 'netsuite', description: 'closed October', changedAt: '2026-11-02T01:00:00Z' })
      .expect(201);
    expect(change.body).toMatchObject({ system: 'netsuite', description: 'closed October' });
  });

  it.each<[string, number, string, RegExp]>([
    ['an unknown classification filter', 400, '/v1/issues?classification=urgent', /^classification must be one of/],
    ['an unknown status filter', 400, '/v1/issues?status=closed', /^status must be one of/],
    ['a limit over 200', 400, '/v1/issues?limit=500', /^limit must not be greater than 200/],
    ['a since that is not a date', 400, '/v1/issues?since=last-week', /^since must be a valid ISO 8601/],
    ['a forged cursor', 400, '/v1/issues?cursor=bm90LWEtY3Vyc29y', /^cursor is not a cursor/],
    ['an unknown query parameter', 400, '/v1/issues?colour=red', /^colour is not an allowed field/],
    ['an issue id that is not a uuid', 404, '/v1/issues/42', /does not exist/],
    ['an unknown issue', 404, '/v1/issues/00000000-0000-4000-8000-000000000000', /does not exist/],
  ])('answers %s with %i', async (_case, status, path, message) => {
    const res = await t.api().get(path).expect(status);
    expect(res.body.message.some((line: string) => message.test(line))).toBe(true);
  });

  it('rejects a reclassification to an unknown class', async () => {
    const res = await t
      .api()
      .post('/v1/issues/00000000-0000-4000-8000-000000000000/reclassify')
      .send({ classification: 'whatever' })
      .expect(400);
    expect(res.body.message[0]).toMatch(/^classification must be one of the following values/);
  });

  it('answers /health with the state of Postgres and Redis', async () => {
    const res = await t.api().get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', postgres: 'up', redis: 'up' });
  });
});
