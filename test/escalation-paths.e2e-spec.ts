import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../src/ownership/config.store';
import { markStatedVerifications, putSeamYaml } from './support/config';
import { startTestApp, type TestApp } from './support/test-app';

// Escalation paths that cannot fail silently: references that must resolve, the reachability audit,
// and a re-import that keeps what people set through the API.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const verified = new Date(Date.now() - 86_400_000).toISOString();
// the verifications the file states are made as the code flow would, once the import is taken
const yaml = (text: string) => ({
  expect: async (status: number) => {
    const res = await putSeamYaml(t.api(), text).expect(status);
    if (status === 200) await markStatedVerifications(t, text);
    return res;
  },
});

// desk keeps no business days: it is always after hours, so its cover is what every chain reaches.
const PATHS = `
teams:
  - slug: support
    name: Support
    lead: mia
    members:
      - { id: mia, name: Mia, channels: [{ id: mia-mail, kind: email, target: mia@example.com, verifiedAt: "${verified}" }] }
      - { id: raj, name: Raj, channels: [{ id: raj-mail, kind: email, target: raj@example.com, verifiedAt: "${verified}" }] }
  - slug: desk
    name: Night desk
    lead: dee
    businessHours: { timeZone: Europe/London, days: [], start: "09:00", end: "17:00" }
    afterHours: { members: [nia] }
    members:
      - { id: dee, name: Dee Lead, channels: [{ id: dee-mail, kind: email, target: dee@example.com, verifiedAt: "${verified}" }] }
      - { id: nia, name: Nia Night, channels: [{ id: nia-mail, kind: email, target: nia@example.com, verifiedAt: "${verified}" }] }
  - slug: ops
    name: Ops
    lead: oli
    members:
      - { id: oli, name: Oli, channels: [{ id: oli-mail, kind: email, target: oli@example.com }] }
      - { id: pat, name: Pat, channels: [{ id: pat-mail, kind: email, target: pat@example.com }] }
  - slug: tools
    name: Tools
    roles: { firstResponse: [] }
    members: []
  - slug: platform
    name: Platform
    members: []
routing:
  - { priority: 10, classification: defect, team: desk }
  - { priority: 1000, team: support }
policies:
  - { team: support, levels: [{ afterMinutes: 0, notify: [raj] }, { afterMinutes: 15, notify: [mia] }], urgency: { defect: page } }
  - { team: desk, levels: [{ afterMinutes: 0, notify: [dee] }, { afterMinutes: 10, notify: [dee] }], urgency: { defect: page } }
  - { team: ops, levels: [{ afterMinutes: 0, notify: [oli] }, { afterMinutes: 10, notify: [pat] }], urgency: { defect: page } }
  - { team: platform, levels: [{ afterMinutes: 0, notify: ["team:tools"] }], urgency: { defect: page } }
`;

type Finding = { kind: string; team: string; severity: string; detail: string };
const findings = async (): Promise<Finding[]> => (await t.api().get('/v1/escalation-audit').expect(200)).body.findings;
const of = (all: Finding[], team: string, kind: string) => all.filter((f) => f.team === team && f.kind === kind);

describe('member references must resolve', () => {
  it('refuses a typo anywhere a member is named, naming its path, and keeps the config in force', async () => {
    await yaml(PATHS).expect(200);
    const typo = await yaml(
      PATHS.replace('afterHours: { members: [nia] }', 'afterHours: { members: [erni] }').replace(
        'notify: [oli] }',
        'notify: [olli] }',
      ),
    ).expect(400);
    expect(typo.body.message).toEqual(
      expect.arrayContaining([
        'teams.desk.afterHours.members[0]: no member "erni" (line 13, column 29)',
        'policies.ops.levels[0].notify[0]: no member "olli" (line 36, column 55)',
      ]),
    );
    const role = await t
      .api()
      .put('/v1/teams/support')
      .send({
        slug: 'support',
        name: 'Support',
        lead: 'mia',
        roles: { firstResponse: ['mai'] },
        members: [{ id: 'mia', name: 'Mia', channels: [] }],
      })
      .expect(400);
    expect(role.body.message).toContain('teams.support.roles.firstResponse[0]: no member "mai" in support');
    const empty = await yaml(
      PATHS.replace(
        '{ team: ops, levels: [{ afterMinutes: 0, notify: [oli] }, { afterMinutes: 10, notify: [pat] }]',
        '{ team: ops, levels: []',
      ),
    ).expect(400);
    expect(empty.body.message.join('\n')).toContain('policies.ops.levels: a policy needs at least one level');
    expect((await t.api().get('/v1/teams/desk').expect(200)).body.afterHours).toEqual({ members: ['nia'] });
  });
});

describe('import errors a person can fix', () => {
  const broken = PATHS.replace('timeZone: Europe/London', 'timeZone: Mars/Olympus').replace(
    'afterHours: { members: [nia] }',
    'afterHours: { members: [erni] }',
  );

  it('reports every error at once with line and column, whatever the content type, and never echoes the file', async () => {
    for (const type of [
      'application/yaml',
      'application/json',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
    ]) {
      const res = await t.api().put('/v1/config').set('content-type', type).send(broken).expect(400);
      expect(res.body.message, type).toEqual([
        expect.stringMatching(/^teams\.1\.businessHours\.timeZone must be an IANA time zone.* \(line 12, column 32\)$/),
        expect.stringMatching(/^teams\.desk\.afterHours\.members\[0\]: no member "erni" \(line 13, column \d+\)$/),
      ]);
      expect(JSON.stringify(res.body)).not.toContain('oli@example.com');
    }
    // a file curl sends with its default form type imports like any other
    await t.api().put('/v1/config').set('content-type', 'application/x-www-form-urlencoded').send(PATHS).expect(200);
    const syntax = await t
      .api()
      .put('/v1/config')
      .set('content-type', 'application/json')
      .send('teams:\n  - slug: support\n    name: [\n')
      .expect(400);
    expect(syntax.body.message[0]).toMatch(/^yaml .* \(line \d+, column \d+\)$/);
    // elsewhere a form body is still refused
    await t.api().post('/v1/rules').set('content-type', 'application/x-www-form-urlencoded').send('a=b').expect(415);
  });
});

describe('reachability audit', () => {
  it('walks each way a chain fails: one person throughout, away cover, unverified only, an empty role', async () => {
    await yaml(PATHS).expect(200);
    let all = await findings();
    // after hours level 2 pages the same cover person again: no backup
    expect(of(all, 'desk', 'no_backup')[0]?.detail).toMatch(/reaches Nia Night at every level and nobody else/);
    expect(of(all, 'ops', 'reaches_only_unverified')[0]).toMatchObject({ severity: 'critical' });
    // platform's level names team:tools, whose first-response role is empty and which has nobody
    expect(of(all, 'platform', 'reaches_nobody')[0]).toMatchObject({
      severity: 'critical',
      detail: expect.stringMatching(/reaches nobody/),
    });
    expect(of(all, 'support', 'no_backup')).toEqual([]);
    expect(of(all, 'support', 'reaches_only_unverified')).toEqual([]);

    // the cover goes on leave: the desk's chain now reaches its lead only because Nia is away
    const away = await t
      .api()
      .post('/v1/teams/desk/members/nia/away')
      .send({ away: true, until: new Date(Date.now() + 7 * 86_400_000).toISOString(), reason: 'annual leave' })
      .expect(200);
    expect(away.body).toMatchObject({ away: true, awayPeriods: [expect.objectContaining({ reason: 'annual leave' })] });
    all = await findings();
    expect(of(all, 'desk', 'reaches_only_lead_by_fallback')[0]).toMatchObject({
      severity: 'critical',
      detail: expect.stringMatching(/reaches only the lead, Dee Lead, by fallback \(Nia Night away\)/),
    });
    expect(of(all, 'desk', 'reaches_away_member')).toHaveLength(1);

    const audit = (await t.api().get('/v1/escalation-audit').expect(200)).body;
    expect(audit.lastRun).toMatchObject({ trigger: 'people_change', critical: expect.any(Number) });
    const desk = audit.reachability.find(
      (r: { team: string; urgency: string }) => r.team === 'desk' && r.urgency === 'page',
    );
    expect(desk.levels.map((l: { members: string[]; fallback?: string }) => [l.members, l.fallback])).toEqual([
      [['dee'], 'lead'],
      [['dee'], 'lead'],
    ]);
    // where people already look: the console's banner and the one-pager
    const list = await t.api().get('/v1/issues').expect(200);
    expect(list.headers['x-seam-banner']).toMatch(/escalation path problems \([1-9]\d* critical\)/);
    const page = (await t.api().get('/v1/ownership').expect(200)).text;
    expect(page).toContain('## Who would be reached');
    expect(page).toMatch(/Night desk \| page .*1: Dee Lead \(lead by fallback; Nia Night away\)/);
    expect(page).toMatch(/critical \| Night desk \| reaches only lead by fallback/);

    // back from leave: the fallback finding goes at once
    await t.api().post('/v1/teams/desk/members/nia/away').send({ away: false }).expect(200);
    expect(of(await findings(), 'desk', 'reaches_only_lead_by_fallback')).toEqual([]);
  });
});

describe('re-import and round trip', () => {
  it('keeps verifications, away state and drill history set through the API when the file does not state them', async () => {
    await yaml(PATHS).expect(200);
    // as the code-confirmed verification (POST /v1/channels/:id/verify) records it
    await t.app.get(ConfigStore).markVerified('oli-mail', new Date());
    await t.api().post('/v1/teams/ops/members/pat/away').send({ away: true }).expect(200);
    await t
      .api()
      .post('/v1/teams/support/members/raj/away')
      .send({ away: true, from: '2030-01-01T00:00:00Z', until: '2030-01-10T00:00:00Z', reason: 'planned leave' })
      .expect(200);
    await t.app.get(ConfigStore).markDrilled('support', new Date('2026-11-01T00:00:00Z'));
    await yaml(PATHS).expect(200);
    const config = (await t.api().get('/v1/config').query({ format: 'json' }).expect(200)).body;
    const team = (slug: string) => config.teams.find((x: { slug: string }) => x.slug === slug);
    expect(team('ops').members[0].channels[0].verifiedAt).toEqual(expect.any(String));
    expect(team('ops').members[1].away).toBe(true);
    expect(team('support').members[1].awayPeriods).toEqual([
      { from: '2030-01-01T00:00:00Z', until: '2030-01-10T00:00:00Z', reason: 'planned leave' },
    ]);
    expect(config.policies.find((p: { team: string }) => p.team === 'support').lastDrillAt).toBe(
      '2026-11-01T00:00:00.000Z',
    );
    // what the file does state wins
    await yaml(PATHS.replace('{ id: pat, name: Pat,', '{ id: pat, name: Pat, away: false,')).expect(200);
    expect((await t.api().get('/v1/teams/ops').expect(200)).body.members[1].away).toBeUndefined();
  });

  it('takes back what GET /v1/teams/:team answers, as-is, and changes nothing', async () => {
    await t.db.query(
      `UPDATE contact_channel SET last_delivery_at = now(), last_delivery_ok = true WHERE id = 'mia-mail'`,
    );
    t.app.get(ConfigStore).invalidate();
    const before = (await t.api().get('/v1/teams/support').expect(200)).body;
    expect(before.members[0].channels[0].lastDelivery).toMatchObject({ ok: true });
    await t.api().put('/v1/teams/support').send(before).expect(200);
    expect((await t.api().get('/v1/teams/support').expect(200)).body).toEqual(before);
    await t.api().get('/v1/teams/nobody').expect(404);
  });
});

describe('on-call schedules', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  // a daily rotation handing off at midnight UTC, started three days ago: the fourth turn is Ray's
  const withRotation = () =>
    PATHS.replace('afterHours: { members: [nia] }', 'afterHours: { members: ["oncall:nights"] }')
      .replace(
        '      - { id: nia, name: Nia Night,',
        '      - { id: ray, name: Ray Rota, channels: [{ id: ray-mail, kind: email, target: ray@example.com, verifiedAt: "' +
          verified +
          '" }] }\n      - { id: nia, name: Nia Night,',
      )
      .replace(
        '    members:\n      - { id: dee,',
        `    schedule:\n      rotations:\n        - { id: nights, every: daily, handOffAt: "00:00", start: "${day(-3)}", timeZone: UTC, members: [nia, ray] }\n      overrides:\n        - { rotation: nights, member: nia, from: "${day(5)}T00:00:00Z", until: "${day(6)}T00:00:00Z", reason: swap }\n    members:\n      - { id: dee,`,
      );

  it('says who is on call now and next, plans with it, shows it on the one-pager, and round-trips through seam.yaml', async () => {
    await yaml(withRotation()).expect(200);
    const onCall = (await t.api().get('/v1/teams/desk/on-call').expect(200)).body;
    expect(onCall.rotations).toEqual([
      {
        rotation: 'nights',
        now: {
          member: 'ray',
          name: 'Ray Rota',
          from: `${day(0)}T00:00:00.000Z`,
          until: `${day(1)}T00:00:00.000Z`,
          away: false,
        },
        next: {
          member: 'nia',
          name: 'Nia Night',
          from: `${day(1)}T00:00:00.000Z`,
          until: `${day(2)}T00:00:00.000Z`,
          away: false,
        },
      },
    ]);
    // the planner reaches whoever is on call: the desk (always after hours) reaches Ray now
    const audit = (await t.api().get('/v1/escalation-audit').expect(200)).body;
    const desk = audit.reachability.find(
      (r: { team: string; urgency: string }) => r.team === 'desk' && r.urgency === 'page',
    );
    expect(desk.levels[0].members).toEqual(['ray']);
    expect((await t.api().get('/v1/ownership').expect(200)).text).toMatch(
      /\| Night desk \| nights \| Ray Rota, until .* \| Nia Night, from /,
    );

    const exported = (await t.api().get('/v1/config').expect(200)).text;
    expect(exported).toContain('handOffAt: "00:00"');
    await yaml(exported).expect(200);
    expect((await t.api().get('/v1/teams/desk').expect(200)).body.schedule).toEqual({
      rotations: [
        { id: 'nights', every: 'daily', handOffAt: '00:00', start: day(-3), timeZone: 'UTC', members: ['nia', 'ray'] },
      ],
      overrides: [
        {
          rotation: 'nights',
          member: 'nia',
          from: `${day(5)}T00:00:00Z`,
          until: `${day(6)}T00:00:00Z`,
          reason: 'swap',
        },
      ],
    });
    const typo = await yaml(withRotation().replace('members: [nia, ray] }', 'members: [nia, rya] }')).expect(400);
    expect(typo.body.message).toEqual([
      expect.stringMatching(
        /^teams\.desk\.schedule\.rotations\[0\]\.members\[1\]: no member "rya" in desk \(line \d+, column \d+\)$/,
      ),
    ]);
    await t.api().get('/v1/teams/nobody/on-call').expect(404);
  });
});
