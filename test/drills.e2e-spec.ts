import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrillRepository } from '../src/drills/drill.repository';
import { melbourneEngineeringYaml, putSeamYaml } from './support/config';
import { startHttpReceiver } from './support/receivers';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// Drills that can fail: a pass needs someone the drill meant to reach to acknowledge in time, and only
// a pass records lastDrillAt. Webhooks go to a local receiver.
let t: TestApp;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;
// Monday 5 October 2026 in Melbourne: 22:15Z is 09:15 (open), 21:15Z is 08:15 (closed)
const OPEN = '2026-10-04T22:15:00Z';
const CLOSED = '2026-10-04T21:15:00Z';

const seamYaml = () => `
teams:
${melbourneEngineeringYaml(http)}
  - slug: support
    name: Support
    lead: sam
    members:
      - { id: sam, name: Sam Support, channels: [{ id: sam-hook, kind: webhook, target: "${http.url('/sam')}" }] }
routing:
  - { priority: 10, classification: defect, team: engineering }
  - { priority: 1000, team: support }
policies:
  - { team: engineering, levels: [{ afterMinutes: 0, notify: [dee] }], urgency: { defect: page }, ackWithinMinutes: 5 }
  # three seconds to answer: a drill nobody answers fails quickly
  - { team: support, levels: [{ afterMinutes: 0, notify: [sam] }], urgency: { bad_source_data: page, needs_triage: page, process_change: page }, ackWithinMinutes: 0.05 }
`;

beforeAll(async () => {
  http = await startHttpReceiver();
  t = await startTestApp({ DRILL_JUDGE_MS: '300', NOTIFY_BACKOFF_MS: '50', ESCALATION_AUDIT_MS: '1000' });
  await putSeamYaml(t.api(), seamYaml()).expect(200);
});
afterAll(async () => {
  await t?.close();
  await http?.close();
});

const lastDrillAt = async (team: string) =>
  (await t.api().get('/v1/config').query({ format: 'json' })).body.policies.find(
    (p: { team: string }) => p.team === team,
  ).lastDrillAt;
const auditKinds = async (team: string) =>
  (await t.api().get('/v1/escalation-audit')).body.findings
    .filter((f: { team: string }) => f.team === team)
    .map((f: { kind: string }) => f.kind);
const notified = (id: string) =>
  waitFor(
    async () => {
      const report = (await t.api().get(`/v1/drills/${id}`)).body;
      return report.levels?.[0]?.notified?.[0]?.status === 'sent' ? report : undefined;
    },
    { what: `drill ${id} notified` },
  );
const decided = (id: string) =>
  waitFor(
    async () => {
      const report = (await t.api().get(`/v1/drills/${id}`)).body;
      return report.verdict?.status !== 'pending' ? report : undefined;
    },
    { what: `drill ${id} decided`, timeoutMs: 20_000 },
  );

describe('drills that can fail', () => {
  it('fails a drill whose after-hours cover is away, though the lead answered, and records no drill', async () => {
    await t.api().post('/v1/teams/engineering/members/night/away').send({ away: true }).expect(200);
    const drill = (await t.api().post('/v1/drills').send({ scenario: 'login_failure', asIf: CLOSED }).expect(202)).body;
    const report = await notified(drill.id);
    expect(report.levels[0]).toMatchObject({
      afterHours: true,
      fallback: 'lead',
      notified: [expect.objectContaining({ member: 'Dee Day' })],
    });
    await t.api().post(`/v1/issues/${report.issue.id}/acknowledge`).send({}).expect(200);
    const done = await decided(drill.id);
    expect(done.verdict).toMatchObject({ status: 'failed', reason: 'level 1 fell back to the lead: Nia Night away' });
    expect(await lastDrillAt('engineering')).toBeUndefined();
    expect(await auditKinds('engineering')).toContain('policy_never_drilled');
    await t.api().post('/v1/teams/engineering/members/night/away').send({ away: false }).expect(200);
  });

  it('fails a drill nobody acknowledges within the policy time, decided by the worker', async () => {
    const drill = (await t.api().post('/v1/drills').send({ scenario: 'data_mismatch' }).expect(202)).body;
    await waitFor(async () => http.to('/sam', '[DRILL]')[0], { what: 'support told of the drill' });
    const verdict = await waitFor(
      async () => {
        const [row] = await t.db.query(`SELECT verdict, verdict_reason FROM drill WHERE id = $1`, [drill.id]);
        return row?.verdict ? row : undefined;
      },
      { what: 'the worker deciding the drill', timeoutMs: 20_000 },
    );
    expect(verdict).toEqual({ verdict: 'failed', verdict_reason: 'not acknowledged within 3 s of the first notice' });
    // a verdict is recorded once: a second judge finds it decided and changes nothing
    expect(await t.app.get(DrillRepository).decide(drill.id, 'passed', 'late judge', new Date())).toBe(false);
    const [kept] = await t.db.query(`SELECT verdict FROM drill WHERE id = $1`, [drill.id]);
    expect(kept.verdict).toBe('failed');
    expect(await lastDrillAt('support')).toBeUndefined();
    expect(await auditKinds('support')).toContain('policy_never_drilled');
  });

  it('passes a drill the people it meant to reach acknowledged in time: lastDrillAt moves, the finding clears', async () => {
    const keyed = await t.api().post('/v1/keys').send({ name: 'eng on call', role: 'engineering' }).expect(201);
    // engineering may drill its own path
    const drill = (
      await t.as(keyed.body.key).post('/v1/drills').send({ scenario: 'login_failure', asIf: OPEN }).expect(202)
    ).body;
    const report = await notified(drill.id);
    expect(report.levels[0]).toMatchObject({
      afterHours: false,
      notified: [expect.objectContaining({ member: 'Dee Day' })],
    });
    expect(report.levels[0].fallback).toBeUndefined();
    await t.as(keyed.body.key).post(`/v1/issues/${report.issue.id}/acknowledge`).send({}).expect(200);
    const done = await decided(drill.id);
    expect(done.verdict).toMatchObject({
      status: 'passed',
      reason: expect.stringMatching(/^acknowledged by .* after the first notice \(allowed 5 min\)$/),
    });
    expect(await lastDrillAt('engineering')).toEqual(expect.any(String));
    expect(await auditKinds('engineering')).not.toContain('policy_never_drilled');
  });

  it('reaches whoever the rotation has on call when the drill fires, and an override in their place', async () => {
    const ray = {
      id: 'ray',
      name: 'Ray Rota',
      channels: [{ id: 'ray-hook', kind: 'webhook', target: http.url('/ray') }],
    };
    const team = (await t.api().get('/v1/teams/engineering').expect(200)).body;
    // weekly from Monday 28 September 09:00 Melbourne: at CLOSED (Monday 5 October 08:15) the first turn, Ray's, still runs
    const schedule = {
      rotations: [
        { id: 'nights', every: 'weekly', handOffAt: '09:00', start: '2026-09-28', members: ['ray', 'night'] },
      ],
    };
    await t
      .api()
      .put('/v1/teams/engineering')
      .send({ ...team, members: [...team.members, ray], afterHours: { members: ['oncall:nights'] }, schedule })
      .expect(200);
    const byRotation = (await t.api().post('/v1/drills').send({ scenario: 'login_failure', asIf: CLOSED }).expect(202))
      .body;
    expect((await notified(byRotation.id)).levels[0]).toMatchObject({
      afterHours: true,
      notified: [expect.objectContaining({ member: 'Ray Rota' })],
    });

    const overrides = [
      {
        rotation: 'nights',
        member: 'night',
        from: '2026-10-04T00:00:00Z',
        until: '2026-10-05T00:00:00Z',
        reason: 'swap',
      },
    ];
    await t
      .api()
      .put('/v1/teams/engineering')
      .send({
        ...team,
        members: [...team.members, ray],
        afterHours: { members: ['oncall:nights'] },
        schedule: { ...schedule, overrides },
      })
      .expect(200);
    const byOverride = (await t.api().post('/v1/drills').send({ scenario: 'login_failure', asIf: CLOSED }).expect(202))
      .body;
    expect((await notified(byOverride.id)).levels[0]).toMatchObject({
      afterHours: true,
      notified: [expect.objectContaining({ member: 'Nia Night' })],
    });
    expect(http.to('/night', '[DRILL]').length).toBeGreaterThan(0);
  });

  it('fails a drill whose level reached nobody: the only person named has no way to be told', async () => {
    const support = (await t.api().get('/v1/teams/support').expect(200)).body;
    await t
      .api()
      .put('/v1/teams/support')
      .send({ ...support, members: [{ ...support.members[0], channels: [] }] })
      .expect(200);
    const drill = (await t.api().post('/v1/drills').send({ scenario: 'data_mismatch' }).expect(202)).body;
    const done = await decided(drill.id);
    expect(done.verdict).toMatchObject({
      status: 'failed',
      reason: 'level 1 reached nobody: no recipient had a contact channel',
    });
    expect(await lastDrillAt('support')).toBeUndefined();
  });

  it.each([
    ['a malformed id', '------------------------------------'],
    ['an id that is no UUID', 'not-a-drill'],
    ['a UUID of no drill', '3f2b8c1e-9d4a-4e6b-8f00-1a2b3c4d5e6f'],
  ])('answers a report of %s with 404, naming the drill', async (_name, id) => {
    const res = await t.api().get(`/v1/drills/${id}`).expect(404);
    expect(JSON.stringify(res.body)).toContain(`drill ${id} does not exist`);
  });

  it("audits every path on the worker's schedule as well as after changes", async () => {
    const run = await waitFor(
      async () => {
        const lastRun = (await t.api().get('/v1/escalation-audit')).body.lastRun;
        return lastRun?.trigger === 'scheduled' ? lastRun : undefined;
      },
      { what: 'a scheduled audit run', timeoutMs: 20_000 },
    );
    expect(run).toMatchObject({
      total: expect.any(Number),
      critical: expect.any(Number),
      kinds: expect.arrayContaining(['policy_never_drilled']),
    });
  });
});
