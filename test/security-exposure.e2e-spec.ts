import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { succeeded, syncEvent } from './support/events';
import { issueOf } from './support/issues';
import { startPeer, startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// Issue 12, findings 7, 9, 10, 11 and 16: each attack as the adversarial pass made it, now refused,
// masked or a 4xx.

const SECRET = 'exposure-signing-secret-0123456789';
const HIDDEN = 'dave.hidden@acme.example';
let t: TestApp;
const keys: Record<'engineering' | 'support' | 'integration' | 'boundA', string> = {
  engineering: '',
  support: '',
  integration: '',
  boundA: '',
};

const cursor = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

beforeAll(async () => {
  t = await startTestApp();
  for (const role of ['engineering', 'support', 'integration'] as const)
    keys[role] = (
      await t
        .api()
        .post('/v1/keys')
        .send({ name: `${role} desk`, role })
        .expect(201)
    ).body.key;
  const bound = await t
    .api()
    .post('/v1/keys')
    .send({ name: 'exposure-a sender', role: 'integration', integrations: ['exposure-a'] })
    .expect(201);
  expect(bound.body.integrations).toEqual(['exposure-a']);
  keys.boundA = bound.body.key;
  await t
    .api()
    .put('/v1/config')
    .send({
      teams: [
        { slug: 'support', name: 'Support', members: [] },
        { slug: 'engineering', name: 'Engineering', members: [] },
      ],
      routing: [{ priority: 1000, team: 'support' }],
      privacy: { sensitiveFields: ['email'], visibleTo: ['support', 'admin'] },
      integrations: [{ integration: 'signed-orders', signingSecrets: [SECRET] }],
    })
    .expect(200);
});
afterAll(async () => {
  await t?.close();
});

describe('#7 privacy masking reaches every answer a masked role gets', () => {
  let issueId: string;
  const record = `CUST-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    const base = {
      integration: 'exposure-privacy',
      source: { system: 'portal', entity: 'customer', id: 'x' },
      target: { system: 'xero', entity: 'contact' },
    };
    // five successes with other addresses: the failing address is then "new", and the reasons quote it
    for (let i = 0; i < 5; i++) {
      await t
        .api()
        .post('/v1/events')
        .send(
          succeeded({
            ...base,
            source: { ...base.source, id: `OK-${i}` },
            payload: { email: `ok${i}@acme.example`, name: 'Fine' },
          }),
        )
        .expect(202);
    }
    await waitFor(
      async () =>
        (
          await t.db.query(
            `SELECT count(*)::int AS n FROM sync_event WHERE integration = 'exposure-privacy' AND processed_at IS NOT NULL`,
          )
        )[0].n === 5,
      { what: 'successes processed' },
    );
    await t
      .as(keys.integration)
      .post('/v1/events')
      .send(
        syncEvent({
          ...base,
          source: { ...base.source, id: record },
          error: { message: `Email address ${HIDDEN} is invalid`, field: 'email', httpStatus: 400 },
          payload: { email: HIDDEN, name: 'Dave' },
        }),
      )
      .expect(202);
    issueId = (await issueOf(t.api(), 'exposure-privacy', { what: 'issue' })).id;
    // into the engineering queue (open defects)
    await t.api().post(`/v1/issues/${issueId}/reclassify`).send({ classification: 'defect' }).expect(200);
  });

  it('the attack still finds the value for a role that may see it (support), in reasons and the timeline', async () => {
    const support = (await t.as(keys.support).get(`/v1/issues/${issueId}`).expect(200)).body;
    const timeline = JSON.stringify(support.timeline);
    expect(timeline).toContain(`email = '${HIDDEN}'`);
    expect(support.sampleEvents[0].payload.email).toBe(HIDDEN);
  });

  it('hides it from engineering in the detail: reasons, timeline, title, messages, payloads', async () => {
    const engineering = (await t.as(keys.engineering).get(`/v1/issues/${issueId}`).expect(200)).body;
    expect(JSON.stringify(engineering)).not.toContain('dave.hidden');
    expect(JSON.stringify(engineering.timeline)).toContain("email = '••••'");
    expect(engineering.sampleMessage).toBe('Email address •••• is invalid');
    expect(engineering.sampleEvents[0].payload).toEqual({ email: '••••', name: 'Dave' });
  });

  it('hides it in the engineering queue, the issue list and the answer to an action', async () => {
    const queue = (await t.as(keys.engineering).get('/v1/queues/engineering').expect(200)).body;
    const row = queue.items.find((item: { id: string }) => item.id === issueId);
    expect(row.sampleMessage).toBe('Email address •••• is invalid');
    expect(JSON.stringify(queue)).not.toContain('dave.hidden');
    const list = (await t.as(keys.engineering).get('/v1/issues').query({ integration: 'exposure-privacy' }).expect(200))
      .body;
    expect(JSON.stringify(list)).not.toContain('dave.hidden');
    const acknowledged = (await t.as(keys.engineering).post(`/v1/issues/${issueId}/acknowledge`).send({}).expect(200))
      .body;
    expect(acknowledged.sampleMessage).toBe('Email address •••• is invalid');
  });

  it("hides it in the record lookup's messages", async () => {
    const forSupport = (await t.as(keys.support).get(`/console/records/${record}/events`).expect(200)).body.items;
    expect(forSupport[0].message).toContain(HIDDEN);
    const forEngineering = (await t.as(keys.engineering).get(`/console/records/${record}/events`).expect(200)).body
      .items;
    expect(forEngineering[0].message).toBe('Email address •••• is invalid');
  });

  it('does not confirm a guess through q= search, and still finds the unmasked text', async () => {
    const search = async (key: string, q: string) =>
      (await t.as(key).get('/v1/issues').query({ q, integration: 'exposure-privacy' }).expect(200)).body.items.length;
    expect(await search(keys.support, 'dave.hidden')).toBe(1);
    expect(await search(keys.engineering, 'dave.hidden')).toBe(0);
    expect(await search(keys.engineering, 'address dave')).toBe(0);
    expect(await search(keys.engineering, 'is invalid')).toBe(1);
  });
});

describe('#9 the bootstrap admin key follows SEAM_ADMIN_KEY', () => {
  let own: TestApp;
  const peers: NestFastifyApplication[] = [];
  const restart = async (adminKey: string) => {
    const peer = await startPeer(own, { SEAM_ADMIN_KEY: adminKey });
    await peer.getHttpAdapter().getInstance().ready();
    peers.push(peer);
    return (key: string) => request(peer.getHttpServer()).get('/v1/keys').set('authorization', `Bearer ${key}`);
  };

  beforeAll(async () => {
    own = await startTestApp();
  });
  afterAll(async () => {
    for (const peer of peers) await peer.close();
    await own?.close();
  });

  it('revokes the previous key on rotation, and a revocation survives a restart', async () => {
    const rotated = 'rotated-admin-key-fedcba9876543210';
    let as = await restart(rotated);
    expect((await as(TEST_ADMIN_KEY)).status).toBe(401);
    const listed = (await as(rotated).expect(200)).body.items as Array<{
      id: string;
      createdBy: string;
      revokedAt: string | null;
    }>;
    const bootstrap = listed.filter((key) => key.createdBy === 'SEAM_ADMIN_KEY');
    expect(bootstrap.filter((key) => key.revokedAt === null)).toHaveLength(1);

    // revoked through the API (after making another admin key to keep a way in)
    const spare = (
      await request(peers[0].getHttpServer())
        .post('/v1/keys')
        .set('authorization', `Bearer ${rotated}`)
        .send({ name: 'spare', role: 'admin' })
        .expect(201)
    ).body.key;
    const current = bootstrap.find((key) => key.revokedAt === null)!;
    await request(peers[0].getHttpServer())
      .delete(`/v1/keys/${current.id}`)
      .set('authorization', `Bearer ${spare}`)
      .expect(204);
    as = await restart(rotated);
    expect((await as(rotated)).status).toBe(401);
    // nor does going back to the first value bring that one back
    as = await restart(TEST_ADMIN_KEY);
    expect((await as(TEST_ADMIN_KEY)).status).toBe(401);
    await as(spare).expect(200);
  });
});

describe('#10 integration keys bound to integrations, integration names in one form', () => {
  it('refuses a bound key posting for another integration with 403 naming it, and stores nothing', async () => {
    await t
      .as(keys.boundA)
      .post('/v1/events')
      .send(syncEvent({ integration: 'exposure-a' }))
      .expect(202);
    const eventId = `evt-${randomUUID()}`;
    const refused = await t
      .as(keys.boundA)
      .post('/v1/events')
      .send({ events: [syncEvent({ integration: 'exposure-a' }), succeeded({ integration: 'exposure-b', eventId })] })
      .expect(403);
    expect(refused.body.message[0]).toContain('not for integration "exposure-b"');
    expect(await t.db.query(`SELECT 1 FROM sync_event WHERE event_id = $1`, [eventId])).toHaveLength(0);
    // an unbound key keeps posting for any integration
    await t
      .as(keys.integration)
      .post('/v1/events')
      .send(syncEvent({ integration: 'exposure-b' }))
      .expect(202);
  });

  it('cannot auto-resolve another integration\'s issue with a "succeeded" event', async () => {
    const source = { system: 'shopify', entity: 'order', id: `SO-${randomUUID().slice(0, 6)}` };
    await t
      .api()
      .post('/v1/events')
      .send(syncEvent({ integration: 'exposure-b', source, error: { message: 'Request timed out', httpStatus: 504 } }))
      .expect(202);
    await t
      .as(keys.boundA)
      .post('/v1/events')
      .send(succeeded({ integration: 'exposure-b', source }))
      .expect(403);
  });

  it('validates the keys API field', async () => {
    const wrongRole = await t
      .api()
      .post('/v1/keys')
      .send({ name: 'x', role: 'support', integrations: ['exposure-a'] })
      .expect(400);
    expect(wrongRole.body.message[0]).toContain('integrations binds integration keys only');
    const spaced = await t
      .api()
      .post('/v1/keys')
      .send({ name: 'x', role: 'integration', integrations: ['exposure-a '] })
      .expect(400);
    expect(spaced.body.message[0]).toContain('NFKC');
    const listed = (await t.api().get('/v1/keys').expect(200)).body.items;
    expect(listed.find((key: { name: string }) => key.name === 'exposure-a sender').integrations).toEqual([
      'exposure-a',
    ]);
  });

  it.each<[string, string, number, string]>([
    ['a trailing space', 'signed-orders ', 400, 'NFKC'],
    ['a full-width hyphen', 'signed\uff0dorders', 400, 'NFKC'],
    ['a Unicode hyphen', 'signed\u2010orders', 400, 'looks like the signed integration "signed-orders"'],
    ['the exact name, unsigned', 'signed-orders', 401, 'X-Seam-Signature'],
  ])('gets no unsigned event past a signed integration with %s', async (_case, integration, status, says) => {
    const eventId = `evt-${randomUUID()}`;
    const res = await t
      .as(keys.integration)
      .post('/v1/events')
      .send(syncEvent({ integration, eventId }))
      .expect(status);
    expect(res.body.message.join(' ')).toContain(says);
    expect(await t.db.query(`SELECT 1 FROM sync_event WHERE event_id = $1`, [eventId])).toHaveLength(0);
  });

  it('refuses a seam.yaml integration name that is not in normal form', async () => {
    const res = await t
      .api()
      .put('/v1/config')
      .send({
        teams: [{ slug: 'support', name: 'Support', members: [] }],
        routing: [{ priority: 1000, team: 'support' }],
        integrations: [{ integration: 'signed-orders ' }],
      })
      .expect(400);
    expect(res.body.message.join(' ')).toContain('integration must be in Unicode NFKC form');
  });
});

describe('#11 drills are marked by the server only', () => {
  it('leaves a client event with runId "drill:<uuid>" a real issue, and a non-UUID suffix not a poison event', async () => {
    await t
      .as(keys.integration)
      .post('/v1/events')
      .send(syncEvent({ integration: 'exposure-fake-drill', runId: `drill:${randomUUID()}` }))
      .expect(202);
    const bogus = syncEvent({ integration: 'exposure-fake-drill-2', runId: 'drill:not-a-uuid' });
    await t.as(keys.integration).post('/v1/events').send(bogus).expect(202);
    const real = await issueOf(t.api(), 'exposure-fake-drill', { what: 'the issue in the list' });
    expect(real.drillId).toBeNull();
    const second = await issueOf(t.api(), 'exposure-fake-drill-2', { what: 'the second issue' });
    expect(second.drillId).toBeNull();
    const failed = (await t.api().get('/v1/events/failed').expect(200)).body.items;
    expect(failed.filter((event: { eventId: string }) => event.eventId === bogus.eventId)).toHaveLength(0);
  });

  it("still marks the drill service's own issue", async () => {
    const drill = (await t.api().post('/v1/drills').send({ scenario: 'login_failure' }).expect(202)).body;
    const report = await waitFor(
      async () => {
        const body = (await t.api().get(`/v1/drills/${drill.id}`).expect(200)).body;
        return body.issue ? body : undefined;
      },
      { what: 'the drill issue' },
    );
    expect(report.issue.id).toBeTruthy();
    const listed = (await t.api().get('/v1/issues').query({ integration: drill.integration }).expect(200)).body.items;
    expect(listed).toHaveLength(0);
  });
});

describe('#16 crafted input is a 4xx, never a 500', () => {
  it.each<[string, string, number, string]>([
    ['a cursor with an unreadable time', `/v1/issues?cursor=${cursor(['garbage', randomUUID()])}`, 400, 'cursor'],
    [
      'a cursor with a non-UUID id',
      `/v1/issues?cursor=${cursor(['2026-01-05T10:00:00.000Z', 'not-a-uuid'])}`,
      400,
      'cursor',
    ],
    ['a queue cursor with a negative offset', `/v1/queues/engineering?cursor=${cursor([-5])}`, 400, 'cursor'],
    ['a queue cursor with a fractional offset', `/v1/queues/engineering?cursor=${cursor([1.5])}`, 400, 'cursor'],
    ['a queue cursor that is not base64url', '/v1/queues/engineering?cursor=%2B%2F%3D', 400, 'cursor'],
    ['since as an ISO week', '/v1/issues?since=2026-W01', 400, 'since'],
    ['until as an ordinal date', '/v1/issues?until=2026-005', 400, 'until'],
    ['NUL in a query value', '/v1/issues?q=a%00b', 400, 'query q must not contain NUL'],
    ['NUL in a path value', '/console/records/a%00b/events', 400, 'path id must not contain NUL'],
    ['NUL in a team slug', '/v1/teams/a%00b', 400, 'path'],
  ])('%s', async (_case, path, status, says) => {
    const res = await t.api().get(path).expect(status);
    expect(res.body.message.join(' ')).toContain(says);
  });

  it('answers /console/assets/constructor without a key with 404', async () => {
    const res = await t.as().get('/console/assets/constructor').expect(404);
    expect(res.body.message).toEqual(['no console asset constructor']);
    await t.as().get('/console/assets/app.js').expect(200);
  });

  it('refuses a YAML alias bomb with a 400 naming the rule', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const res = await putSeamYaml(t.api(), bomb).expect(400);
    expect(res.body.message.join(' ')).toContain('alias');
  });
});
