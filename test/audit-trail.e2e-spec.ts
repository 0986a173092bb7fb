import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { startHttpReceiver, startSmtpServer } from './support/receivers';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;
let hooks: Awaited<ReturnType<typeof startHttpReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let supportKey: string;

const config = () => `
teams:
  - slug: support
    name: Support desk
    lead: mia
    members:
      - id: mia
        name: Mia Chen
        channels:
          - { id: mia-mail, kind: email, target: mia@example.com }
          - { id: mia-slack, kind: slack, target: "${hooks.url('/slack/mia')}" }
      - { id: raj, name: Raj Patel, channels: [{ id: raj-teams, kind: teams, target: "${hooks.url('/teams/raj')}" }] }
    channels:
      - { id: support-hook, kind: webhook, target: "${hooks.url('/hook/support')}", secret: hook-secret-value }
      - { id: nowhere, kind: webhook, target: "${hooks.url('/hook/broken')}" }
  - slug: engineering
    name: Engineering
    lead: sam
    members: [{ id: sam, name: Sam Okafor, channels: [{ id: sam-hook, kind: webhook, target: "${hooks.url('/hook/sam')}" }] }]
routing:
  - { priority: 10, classification: defect, team: engineering }
  - { priority: 1000, team: support }
policies:
  - { team: support, levels: [{ afterMinutes: 0, notify: [mia] }] }
  - { team: engineering, levels: [{ afterMinutes: 0, notify: [sam] }] }
`;

type Entry = {
  id: string;
  at: string;
  actor: string;
  action: string;
  team: string | null;
  issueId: string | null;
  detail: Record<string, any>;
};
const audit = async (query: Record<string, string | number> = {}, key?: string): Promise<Entry[]> =>
  (await (key ? t.as(key) : t.api()).get('/v1/audit').query(query).expect(200)).body.items;

beforeAll(async () => {
  hooks = await startHttpReceiver();
  hooks.failing.add('/hook/broken');
  smtp = await startSmtpServer();
  t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://seam.test' });
  await putSeamYaml(t.api(), config()).expect(200);
  supportKey = (await t.api().post('/v1/keys').send({ name: 'Sydney desk', role: 'support' }).expect(201)).body.key;
});
afterAll(async () => {
  await t?.close();
  await hooks?.close();
  await smtp?.close();
});

describe('the audit log', () => {
  it('records a seam.yaml import with its actor and the sections it changed, webhook URLs redacted', async () => {
    const [imported] = await audit({ action: 'config_imported' });
    expect(imported).toMatchObject({ actor: 'bootstrap admin', team: null });
    expect(imported.detail.changed).toEqual(expect.arrayContaining(['teams', 'routing', 'policies']));
    expect(imported.detail.after.teams.map((team: { slug: string }) => team.slug).sort()).toEqual([
      'engineering',
      'support',
    ]);
    expect(JSON.stringify(imported.detail)).not.toContain('/slack/mia');
    expect(JSON.stringify(imported.detail)).not.toContain('hook-secret-value');
  });

  it('records a team change and a removal with the team, before and after', async () => {
    const team = (await t.api().get('/v1/teams').expect(200)).body.items.find(
      (x: { slug: string }) => x.slug === 'engineering',
    );
    await t
      .api()
      .put('/v1/teams/engineering')
      .send({ ...team, name: 'Platform engineering' })
      .expect(200);
    const [changed] = await audit({ action: 'team_changed', team: 'engineering' });
    expect(changed.detail).toMatchObject({
      changed: ['team'],
      before: { team: { name: 'Engineering' } },
      after: { team: { name: 'Platform engineering' } },
    });

    await t.api().put('/v1/teams/spare').send({ slug: 'spare', name: 'Spare', members: [] }).expect(200);
    await t.api().delete('/v1/teams/spare').expect(200);
    const [removed] = await audit({ action: 'team_removed' });
    expect(removed).toMatchObject({
      team: 'spare',
      detail: { before: { team: { slug: 'spare' } }, after: { team: null } },
    });
  });

  it('records availability: who marked whom away, and back', async () => {
    await t.as(supportKey).post('/v1/teams/support/members/raj/away').send({ away: true }).expect(200);
    await t.as(supportKey).post('/v1/teams/support/members/raj/away').send({ away: false }).expect(200);
    const entries = await audit({ action: 'member_away_changed', actor: 'Sydney desk' });
    expect(entries.map((e) => [e.team, e.detail.member, e.detail.before.away, e.detail.after.away])).toEqual([
      ['support', 'raj', true, false],
      ['support', 'raj', false, true],
    ]);
  });

  it('records API key creation, rotation and revocation, and shows them to admins only', async () => {
    const created = (await t.api().post('/v1/keys').send({ name: 'ci robot', role: 'integration' }).expect(201)).body;
    const rotated = (await t.api().post(`/v1/keys/${created.id}/rotate`).expect(201)).body;
    expect(rotated).toMatchObject({ name: 'ci robot', role: 'integration', replaces: created.id });
    await t.as(created.key).post('/v1/events').send({}).expect(401);
    await t
      .as(rotated.key)
      .post('/v1/events')
      .send({ events: [] })
      .expect((res) => expect([400, 413]).toContain(res.status));
    await t.api().delete(`/v1/keys/${rotated.id}`).expect(204);
    await t.api().post(`/v1/keys/${created.id}/rotate`).expect(404);
    // 36 characters that are not a UUID: "not found", never a cast error from Postgres
    await t
      .api()
      .post(`/v1/keys/${'-'.repeat(36)}/rotate`)
      .expect(404);
    await t
      .api()
      .delete(`/v1/keys/${'-'.repeat(36)}`)
      .expect(404);

    const keyEntries = (await audit({ actor: 'bootstrap admin' })).filter(
      (e) => e.action.startsWith('api_key_') && e.detail.name === 'ci robot',
    );
    expect(keyEntries.map((e) => e.action)).toEqual(['api_key_revoked', 'api_key_rotated', 'api_key_created']);
    expect(keyEntries[1].detail).toMatchObject({ before: { id: created.id }, after: { id: rotated.id } });
    expect(JSON.stringify(keyEntries)).not.toContain(created.key);

    const asSupport = await audit({ limit: 200 }, supportKey);
    expect(asSupport.length).toBeGreaterThan(0);
    expect(asSupport.filter((e) => e.action.startsWith('api_key_'))).toEqual([]);
    await t.as(created.key).get('/v1/audit').expect(401);
  });

  it('records classifier rules and drill starts', async () => {
    const rule = (
      await t
        .api()
        .post('/v1/rules')
        .send({ name: 'tax codes', match: { messageRegex: 'tax code' }, classification: 'bad_source_data' })
        .expect(201)
    ).body;
    await t.api().delete(`/v1/rules/${rule.id}`).expect(204);
    const [deleted, created] = await audit({ actor: 'bootstrap admin', limit: 2 });
    expect([deleted.action, created.action]).toEqual(['rule_deleted', 'rule_created']);
    expect(created.detail.after).toMatchObject({ id: rule.id, classification: 'bad_source_data' });
    expect(deleted.detail).toMatchObject({ before: { id: rule.id }, after: null });

    const drill = (await t.as(supportKey).post('/v1/drills').send({ scenario: 'login_failure' }).expect(202)).body;
    const [started] = await audit({ action: 'drill_started' });
    expect(started).toMatchObject({ actor: 'Sydney desk', detail: { drill: drill.id, scenario: 'login_failure' } });
  });

  it('pages through everything with a cursor, newest first, and filters by since', async () => {
    const all = await audit({ limit: 200 });
    const paged: Entry[] = [];
    let cursor: string | undefined;
    do {
      const res = await t
        .api()
        .get('/v1/audit')
        .query({ limit: 3, ...(cursor ? { cursor } : {}) })
        .expect(200);
      paged.push(...res.body.items);
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(all.map((e) => Number(e.id))).toEqual([...all.map((e) => Number(e.id))].sort((a, b) => b - a));

    const middle = all[Math.floor(all.length / 2)];
    const since = await audit({ since: middle.at, limit: 200 });
    expect(since.every((e) => e.at >= middle.at)).toBe(true);
    expect(since.length).toBeLessThan(all.length);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ cursor: 'bm90LWEtY3Vyc29y' }, /^cursor /],
    [{ issue: 'not-an-id' }, /^issue must be an issue id/],
    [{ since: 'yesterday' }, /^since /],
    [{ limit: '0' }, /^limit /],
  ])('refuses %j with a 400 naming the parameter', async (query, line) => {
    const res = await t.api().get('/v1/audit').query(query).expect(400);
    expect(res.body.message.join('\n')).toMatch(line);
  });
});

describe('channel verification', () => {
  const codeIn = (text: string) => /\b(\d{8})\b/.exec(text)?.[1];

  it('cannot mark a channel verified without a code sent through it', async () => {
    const missing = await t.as(supportKey).post('/v1/channels/sam-hook/verify').send({}).expect(400);
    expect(missing.body.message[0]).toMatch(/^code must be the 8-digit code/);
    const unsent = await t.as(supportKey).post('/v1/channels/sam-hook/verify').send({ code: '12345678' }).expect(400);
    expect(unsent.body.message[0]).toMatch(
      /no code is pending for this channel; send a new one with POST \/v1\/channels\/sam-hook\/verification/,
    );
    await t.api().post('/v1/channels/nope/verify').send({ code: '12345678' }).expect(404);
    await t.api().post('/v1/channels/nope/verification').expect(404);
    const team = (await t.api().get('/v1/teams').expect(200)).body.items.find(
      (x: { slug: string }) => x.slug === 'engineering',
    );
    expect(team.members[0].channels[0].verifiedAt).toBeUndefined();
  });

  it('sends a signed code to a webhook; a wrong code counts, the right one verifies once', async () => {
    const sent = await t.as(supportKey).post('/v1/channels/support-hook/verification').expect(202);
    expect(sent.body).toMatchObject({ channel: 'support-hook', kind: 'webhook' });
    const delivered = await waitFor(async () => hooks.to('/hook/support', 'channel.verification')[0], {
      what: 'the verification webhook',
    });
    expect(delivered.headers['x-seam-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const code = JSON.parse(delivered.body).code as string;
    const wrong = code === '00000000' ? '00000001' : '00000000';
    const refused = await t.as(supportKey).post('/v1/channels/support-hook/verify').send({ code: wrong }).expect(400);
    expect(refused.body.message[0]).toMatch(
      /code does not match the code sent to channel support-hook \(4 attempts left\)/,
    );
    const verified = await t.as(supportKey).post('/v1/channels/support-hook/verify').send({ code }).expect(200);
    expect(verified.body.channel).toBe('support-hook');
    await t.as(supportKey).post('/v1/channels/support-hook/verify').send({ code }).expect(400);

    const team = (await t.api().get('/v1/teams').expect(200)).body.items.find(
      (x: { slug: string }) => x.slug === 'support',
    );
    expect(team.channels.find((c: { id: string }) => c.id === 'support-hook').verifiedAt).toBe(
      verified.body.verifiedAt,
    );
    const findings = (await t.api().get('/v1/escalation-audit').expect(200)).body.findings
      .map((f: { subject: string }) => f.subject)
      .join('\n');
    expect(findings).not.toContain('support-hook');

    const entries = await audit({ team: 'support', actor: 'Sydney desk' });
    expect(entries.slice(0, 4).map((e) => [e.action, e.detail.channel, e.detail.reason])).toEqual([
      ['channel_verification_refused', 'support-hook', 'none_pending'],
      ['channel_verified', 'support-hook', undefined],
      ['channel_verification_refused', 'support-hook', 'wrong_code'],
      ['channel_verification_sent', 'support-hook', undefined],
    ]);
    expect(entries[1].detail).toMatchObject({
      before: { verifiedAt: null },
      after: { verifiedAt: verified.body.verifiedAt },
    });
  });

  it.each<[string, () => Promise<string>]>([
    [
      'slack',
      async () => (await waitFor(async () => hooks.to('/slack/mia', 'verification code')[0], { what: 'slack' })).body,
    ],
    [
      'teams',
      async () => (await waitFor(async () => hooks.to('/teams/raj', 'verification code')[0], { what: 'teams' })).body,
    ],
    [
      'email',
      async () =>
        (await waitFor(async () => smtp.messages.find((m) => m.to.includes('mia@example.com')), { what: 'email' })).raw,
    ],
  ])('sends the code to a %s channel and verifies it', async (kind, received) => {
    const channel = { slack: 'mia-slack', teams: 'raj-teams', email: 'mia-mail' }[kind]!;
    await t.api().post(`/v1/channels/${channel}/verification`).expect(202);
    const code = codeIn(await received());
    expect(code).toMatch(/^\d{8}$/);
    await t.api().post(`/v1/channels/${channel}/verify`).send({ code }).expect(200);
  });

  it('answers 502 when the channel does not take the code, and keeps no code pending', async () => {
    const res = await t.api().post('/v1/channels/nowhere/verification').expect(502);
    expect(res.body.message[0]).toMatch(
      /^the verification code could not be sent to channel nowhere: webhook 127\.0\.0\.1:\d+ /,
    );
    const after = await t.api().post('/v1/channels/nowhere/verify').send({ code: '12345678' }).expect(400);
    expect(after.body.message[0]).toMatch(/no code is pending/);
  });

  it('discards the code after five wrong attempts', async () => {
    await t.api().post('/v1/channels/sam-hook/verification').expect(202);
    const body = (await waitFor(async () => hooks.to('/hook/sam', 'channel.verification')[0], { what: 'code' })).body;
    const code = JSON.parse(body).code as string;
    const wrong = code === '99999999' ? '99999998' : '99999999';
    for (let attempt = 1; attempt <= 5; attempt++)
      await t.api().post('/v1/channels/sam-hook/verify').send({ code: wrong }).expect(400);
    const late = await t.api().post('/v1/channels/sam-hook/verify').send({ code }).expect(400);
    expect(late.body.message[0]).toMatch(/no code is pending/);
  });
});
