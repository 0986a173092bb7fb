import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { syncEvent } from './support/events';
import { issueOf, postForIssue } from './support/issues';
import { startHttpReceiver } from './support/receivers';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;
let supportKey: string;

const contact = (email: string) =>
  syncEvent({
    integration: 'crm-xero',
    source: { system: 'crm', entity: 'contact', id: 'C-1' },
    target: { system: 'xero', entity: 'contact' },
    error: { message: 'Email address must be valid.', httpStatus: 400 },
    payload: { email },
  });

beforeAll(async () => {
  http = await startHttpReceiver();
  t = await startTestApp();
  supportKey = (await t.api().post('/v1/keys').send({ name: 'Mia (support)', role: 'support' }).expect(201)).body.key;
  await putSeamYaml(
    t.api(),
    `
teams: [{ slug: support, name: Support, members: [] }, { slug: engineering, name: Engineering, members: [] }]
routing: [{ priority: 10, classification: defect, team: engineering }, { priority: 1000, team: support }]
knownIssues: [{ id: KI-9, title: Xero contact validation change, supportScript: Ask the customer for a new email, expiresAt: "2099-01-01T00:00:00Z", match: { integration: nothing } }]
integrations: [{ integration: crm-xero, retryUrl: "${http.url('/retry')}", secret: retry-signing-secret }]
`,
  ).expect(200);
});
afterAll(async () => {
  await t?.close();
  await http?.close();
});

describe('console actions', () => {
  it('retries bad source data only once the record changed at the source, signed', async () => {
    const issue = await postForIssue(t.api(), contact('ap@@acme.example'));
    const unchanged = await t.as(supportKey).post(`/v1/issues/${issue.id}/retry`).expect(409);
    expect(unchanged.body.message[0]).toContain('C-1 unchanged at the source since failing');
    expect(http.to('/retry')).toHaveLength(0);

    // the record was edited at the source (still failing, with another value): now a retry can help
    await t.api().post('/v1/events').send(contact('ap@acme')).expect(202);
    await waitFor(async () =>
      (await t.api().get(`/v1/issues/${issue.id}`)).body.occurrences === 2 ? true : undefined,
    );
    const retried = await t.as(supportKey).post(`/v1/issues/${issue.id}/retry`).expect(200);
    expect(retried.body).toMatchObject({ retried: ['C-1'], skipped: [] });
    const call = http.to('/retry')[0];
    expect(JSON.parse(call.body)).toMatchObject({
      type: 'retry',
      issueId: issue.id,
      integration: 'crm-xero',
      records: [{ system: 'crm', entity: 'contact', id: 'C-1' }],
      requestedBy: 'Mia (support)',
    });
    const [, ts, v1] = /t=(\d+),v1=([0-9a-f]+)/.exec(String(call.headers['x-seam-signature']))!;
    expect(v1).toBe(createHmac('sha256', 'retry-signing-secret').update(`${ts}.${call.body}`).digest('hex'));

    http.failing.add('/retry');
    const refused = await t.as(supportKey).post(`/v1/issues/${issue.id}/retry`).expect(502);
    // the status stays in the log: the caller learns only that the endpoint did not take it (no port-state oracle)
    expect(refused.body.message[0]).toBe('the retry endpoint of crm-xero did not accept the request');
    const timeline = (await t.api().get(`/v1/issues/${issue.id}`)).body.timeline;
    expect(timeline).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'retry_requested', actor: 'Mia (support)' })]),
    );
  });

  it('refuses a retry where no retry URL is configured', async () => {
    const issue = await postForIssue(
      t.api(),
      syncEvent({
        integration: 'erp-orders',
        error: { message: 'NullReferenceException in OrderMapper', httpStatus: 500 },
      }),
    );
    const res = await t.as(supportKey).post(`/v1/issues/${issue.id}/retry`).expect(409);
    expect(res.body.message[0]).toContain('no retry URL is configured for erp-orders');
  });

  it('assigns, and links to a known issue from the configuration', async () => {
    const issue = await issueOf(t.api(), 'crm-xero');
    await t.as(supportKey).post(`/v1/issues/${issue.id}/assign`).send({ assignee: 'Raj' }).expect(200);
    await t.as(supportKey).post(`/v1/issues/${issue.id}/known-issue`).send({ knownIssueId: 'KI-9' }).expect(200);
    const bad = await t
      .as(supportKey)
      .post(`/v1/issues/${issue.id}/known-issue`)
      .send({ knownIssueId: 'KI-404' })
      .expect(400);
    expect(bad.body.message).toEqual(['knownIssueId KI-404 names no known issue in the configuration']);
    const detail = (await t.api().get(`/v1/issues/${issue.id}`)).body;
    expect(detail).toMatchObject({ assignee: 'Raj', knownIssue: 'KI-9' });
    expect(detail.timeline.map((e: { action: string; actor: string }) => `${e.action} ${e.actor}`)).toEqual(
      expect.arrayContaining(['assigned Mia (support)', 'known_issue_linked Mia (support)']),
    );
    await t.as(supportKey).post(`/v1/issues/${issue.id}/assign`).send({ assignee: null }).expect(200);
    expect((await t.api().get(`/v1/issues/${issue.id}`)).body.assignee).toBeNull();
  });
});
