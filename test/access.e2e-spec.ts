import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, PERMISSIONS, ROLES, type Permission, type Role } from '../src/access/domain/permissions';
import { putSeamYaml } from './support/config';
import { syncEvent } from './support/events';
import { issueOf } from './support/issues';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
const keys = new Map<Role, string>();

beforeAll(async () => {
  t = await startTestApp();
  for (const role of ROLES) {
    const created = await t
      .api()
      .post('/v1/keys')
      .send({ name: `${role} desk`, role })
      .expect(201);
    expect(created.body.key).toMatch(/^seam_/);
    keys.set(role, created.body.key);
  }
});
afterAll(async () => {
  await t?.close();
});

const UNKNOWN_ISSUE = '00000000-0000-4000-8000-000000000000';
// One real route per permission; the body is deliberately incomplete, so an allowed call ends in a 4xx of
// its own (400, 404) or a 200 — anything but 401 and 403.
const PROBES: Record<Permission, (agent: ReturnType<TestApp['api']>) => ReturnType<ReturnType<TestApp['api']>['get']>> =
  {
    'events.write': (a) => a.post('/v1/events').send({}),
    classify: (a) => a.post('/v1/classify').send({}),
    'context.write': (a) => a.post('/v1/releases').send({}),
    'issues.read': (a) => a.get('/v1/issues'),
    'issues.act': (a) => a.post(`/v1/issues/${UNKNOWN_ISSUE}/acknowledge`).send({}),
    'rules.read': (a) => a.get('/v1/rules'),
    'rules.write': (a) => a.post('/v1/rules').send({}),
    'config.read': (a) => a.get('/v1/config').query({ format: 'json' }),
    'audit.read': (a) => a.get('/v1/audit'),
    'people.write': (a) => a.post('/v1/channels/no-such-channel/verify'),
    'config.write': (a) => a.put('/v1/config').send({}),
    'drills.run': (a) => a.post('/v1/drills').send({}),
    'keys.manage': (a) => a.get('/v1/keys'),
    'queues.admin': (a) => a.get('/admin/queues/api/queues'),
    'console.use': (a) => a.get('/console/session'),
  };

describe('access', () => {
  it('walks the role table: every permission, every role, as docs/api.md prints it', async () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      const anonymous = await PROBES[permission](t.as());
      expect(anonymous.status, `${permission} without a key`).toBe(401);
      for (const role of ROLES) {
        const res = await PROBES[permission](t.as(keys.get(role)));
        if (allows(role, permission)) {
          expect([401, 403], `${permission} as ${role}: ${res.status} ${JSON.stringify(res.body)}`).not.toContain(
            res.status,
          );
        } else {
          expect(res.status, `${permission} as ${role}`).toBe(403);
          expect(res.body.message[0]).toContain(`this key's role is ${role}`);
        }
      }
    }
  });

  it('refuses a wrong or revoked key with 401, and leaves /health open', async () => {
    await t.as('seam_not-a-real-key').get('/v1/issues').expect(401);
    const created = await t.api().post('/v1/keys').send({ name: 'temp', role: 'support' }).expect(201);
    await t.as(created.body.key).get('/v1/issues').expect(200);
    await t.api().delete(`/v1/keys/${created.body.id}`).expect(204);
    const revoked = await t.as(created.body.key).get('/v1/issues').expect(401);
    expect(revoked.body.message).toEqual(['the API key is unknown or revoked']);
    await t.as().get('/health').expect(200);
  });

  it("records the key's name as the actor of every console action", async () => {
    await t
      .as(keys.get('integration'))
      .post('/v1/events')
      .send(syncEvent({ integration: 'access-audit' }))
      .expect(202);
    const issue = await issueOf(t.api(), 'access-audit');
    await t.as(keys.get('support')).post(`/v1/issues/${issue.id}/acknowledge`).send({}).expect(200);
    const timeline = (await t.api().get(`/v1/issues/${issue.id}`)).body.timeline;
    expect(timeline).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'acknowledged', actor: 'support desk' })]),
    );
    const listed = (await t.api().get('/v1/keys')).body.items;
    expect(JSON.stringify(listed)).not.toContain('hash');
    expect(listed.find((k: { name: string }) => k.name === 'support desk').lastUsedAt).not.toBeNull();
  });

  it('opens the queue dashboard to admin keys only', async () => {
    const none = await t.as().get('/admin/queues').expect(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic /);
    const support = await t.as(keys.get('support')).get('/admin/queues').expect(403);
    expect(support.body.message[0]).toContain("queues.admin needs one of the roles admin; this key's role is support");
    // a browser signs in with Basic: any user name, the key as password
    const page = await t.as().get('/admin/queues').auth('admin', keys.get('admin')!).expect(200);
    expect(page.text).toContain('Seam queues');
    const api = await t.as(keys.get('admin')).get('/admin/queues/api/queues').expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toEqual(
      expect.arrayContaining(['classify', 'escalation', 'notify', 'support', 'engineering']),
    );
  });

  it('masks sensitive payload fields for roles that may not see them', async () => {
    await putSeamYaml(
      t.api(),
      `
teams: [{ slug: support, name: Support, members: [] }, { slug: engineering, name: Engineering, members: [] }]
routing: [{ priority: 1000, team: support }]
privacy: { sensitiveFields: [email, taxId], visibleTo: [support, admin] }
`,
    ).expect(200);
    await t
      .as(keys.get('integration'))
      .post('/v1/events')
      .send(
        syncEvent({
          integration: 'access-privacy',
          target: { system: 'xero', entity: 'contact' },
          error: { message: 'Email address ap@@acme.example is invalid', httpStatus: 400 },
          payload: { email: 'ap@@acme.example', taxId: '51 824 753 556', name: 'Acme' },
        }),
      )
      .expect(202);
    const issue = await issueOf(t.api(), 'access-privacy');
    const engineering = (await t.as(keys.get('engineering')).get(`/v1/issues/${issue.id}`).expect(200)).body;
    expect(engineering.sampleEvents[0].payload).toEqual({ email: '••••', taxId: '••••', name: 'Acme' });
    expect(engineering.sampleEvents[0].error.message).toBe('Email address •••• is invalid');
    expect(JSON.stringify(engineering)).not.toContain('ap@@acme.example');
    const listed = (
      await t.as(keys.get('engineering')).get('/v1/issues').query({ integration: 'access-privacy' }).expect(200)
    ).body.items[0];
    expect(listed.title).toBe('Email address •••• is invalid');
    const support = (await t.as(keys.get('support')).get(`/v1/issues/${issue.id}`).expect(200)).body;
    expect(support.sampleEvents[0].payload.email).toBe('ap@@acme.example');
  });
});
