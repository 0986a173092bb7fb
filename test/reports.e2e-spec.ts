import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { syncEvent } from './support/events';
import { issueOf } from './support/issues';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
type Issue = { id: string; classification: string; owner: string; integration: string };
const hypercare = `
teams:
  - { slug: support, name: Support, lead: mia, members: [{ id: mia, name: Mia, channels: [{ id: mia-mail, kind: email, target: mia@example.com }] }] }
  - { slug: engineering, name: Engineering, lead: sam, members: [{ id: sam, name: Sam, channels: [{ id: sam-mail, kind: email, target: sam@example.com }] }] }
routing:
  - { priority: 10, classification: defect, team: engineering }
  - { priority: 1000, team: support }
policies: []
hypercare:
  - { integration: portal-new-orders, from: "2026-01-01T00:00:00Z", until: "2027-12-31T00:00:00Z", engineeringTeam: engineering, firstResponderTeam: support }
`;

beforeAll(async () => {
  t = await startTestApp({ MTTA_TARGET_MINUTES: '45', HYPERCARE_MAX_OPEN_DEFECT_DAYS: '2' });
  await putSeamYaml(t.api(), hypercare).expect(200);
});
afterAll(async () => {
  await t?.close();
});

describe('GET /v1/reports/response', () => {
  it('gives MTTA and MTTR per team, class and integration for issues first seen in the period', async () => {
    const start = new Date(Date.now() - 1000).toISOString();
    await t
      .api()
      .post('/v1/events')
      .send({
        events: [
          syncEvent({ integration: 'shop-erp-orders' }),
          syncEvent({
            integration: 'crm-erp-customers',
            error: { message: 'Email address must be valid.', httpStatus: 400, field: 'email' },
          }),
        ],
      })
      .expect(202);
    const defect = await issueOf<Issue>(t.api(), 'shop-erp-orders');
    const badData = await issueOf<Issue>(t.api(), 'crm-erp-customers');
    // an hour to acknowledge and two to resolve, the way a real one would take
    await t.db.query(`UPDATE issue SET first_seen_at = now() - interval '2 hours' WHERE id = $1`, [defect.id]);
    await t.api().post(`/v1/issues/${defect.id}/acknowledge`).send({}).expect(200);
    await t.api().post(`/v1/issues/${defect.id}/resolve`).send({}).expect(200);

    const report = (
      await t
        .api()
        .get('/v1/reports/response')
        .query({ since: new Date(Date.parse(start) - 3 * 3600_000).toISOString() })
        .expect(200)
    ).body;
    expect(report.targets).toEqual({ mttaMinutes: 45 });
    expect(report.overall).toMatchObject({ issues: 2, acknowledged: 1, resolved: 1, open: 1 });
    expect(report.overall.mttaSeconds).toBeGreaterThanOrEqual(7200);
    const engineering = report.byTeam.find((row: { team: string }) => row.team === defect.owner);
    expect(engineering).toMatchObject({ issues: 1, acknowledged: 1, resolved: 1, mttaOverTarget: true });
    expect(engineering.mttrSeconds).toBeGreaterThanOrEqual(engineering.mttaSeconds);
    expect(report.byTeam.find((row: { team: string }) => row.team === badData.owner)).toMatchObject({
      issues: 1,
      acknowledged: 0,
      mttaSeconds: null,
      mttaOverTarget: null,
    });
    expect(report.byClass.map((row: { classification: string }) => row.classification).sort()).toEqual(
      [badData.classification, defect.classification].sort(),
    );
    expect(report.byIntegration.map((row: { integration: string }) => row.integration).sort()).toEqual([
      'crm-erp-customers',
      'shop-erp-orders',
    ]);

    // a period that ends before the issues were first seen has none of them
    const before = (
      await t
        .api()
        .get('/v1/reports/response')
        .query({ since: '2026-01-01T00:00:00Z', until: '2026-01-02T00:00:00Z' })
        .expect(200)
    ).body;
    expect(before.overall.issues).toBe(0);
    expect(before.byTeam).toEqual([]);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ since: '2026-11-10T00:00:00Z', until: '2026-11-01T00:00:00Z' }, /^until must be after since/],
    [{ since: '2024-01-01T00:00:00Z', until: '2026-11-01T00:00:00Z' }, /^since must be at most 366 days before until/],
    [{ since: 'last week' }, /^since /],
    [{ until: '2026-11-01' }, /^until /],
  ])('refuses %j with a 400 naming the field', async (query, line) => {
    const res = await t.api().get('/v1/reports/response').query(query).expect(400);
    expect(res.body.message[0]).toMatch(line);
  });

  it('is for readers of issues only', async () => {
    const integration = (await t.api().post('/v1/keys').send({ name: 'robot', role: 'integration' }).expect(201)).body
      .key;
    await t.as(integration).get('/v1/reports/response').expect(403);
    const business = (await t.api().post('/v1/keys').send({ name: 'finance', role: 'business' }).expect(201)).body.key;
    await t.as(business).get('/v1/reports/response').expect(200);
  });
});

describe('the hypercare report', () => {
  it('lists open issues and holds the exit while a defect is older than the limit, met once it is handled in time', async () => {
    await t
      .api()
      .post('/v1/events')
      .send(syncEvent({ integration: 'portal-new-orders' }))
      .expect(202);
    const issue = await issueOf<Issue>(t.api(), 'portal-new-orders');
    const fresh = (await t.api().get('/v1/hypercare/portal-new-orders/report').expect(200)).body;
    expect(fresh.openIssues.map((i: { id: string }) => i.id)).toEqual([issue.id]);
    expect(fresh.exitCriteria.targets).toEqual({ maxOpenDefectAgeDays: 2, mttaMinutes: 45 });
    expect(fresh.exitCriteria.criteria).toEqual([
      { criterion: 'no_old_open_defect', met: true, detail: 'no open defect is older than 2 days' },
      { criterion: 'mtta_under_target', met: false, detail: 'no issue in the period was acknowledged' },
    ]);
    expect(fresh.exitCriteria.met).toBe(false);

    await t.db.query(`UPDATE issue SET first_seen_at = now() - interval '3 days' WHERE id = $1`, [issue.id]);
    const old = (await t.api().get('/v1/hypercare/portal-new-orders/report').expect(200)).body;
    expect(old.openIssues[0]).toMatchObject({ id: issue.id, ageHours: 72 });
    expect(old.exitCriteria.criteria[0]).toEqual({
      criterion: 'no_old_open_defect',
      met: false,
      detail: '1 open defect is older than 2 days',
    });

    await t.db.query(`UPDATE issue SET first_seen_at = now() - interval '10 minutes' WHERE id = $1`, [issue.id]);
    await t.api().post(`/v1/issues/${issue.id}/acknowledge`).send({}).expect(200);
    await t.api().post(`/v1/issues/${issue.id}/resolve`).send({}).expect(200);
    const done = (await t.api().get('/v1/hypercare/portal-new-orders/report').expect(200)).body;
    expect(done.openIssues).toEqual([]);
    expect(done.response).toMatchObject({ issues: 1, acknowledged: 1, resolved: 1, mttaOverTarget: false });
    expect(done.exitCriteria).toMatchObject({
      met: true,
      criteria: [{ met: true }, { met: true, detail: 'mean time to acknowledge 10 min (target 45 min)' }],
    });
  });
});
