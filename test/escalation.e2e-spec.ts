import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { melbourneEngineeringYaml, putSeamYaml } from './support/config';
import { issueOf, postForIssue } from './support/issues';
import { startHttpReceiver, startSmtpServer } from './support/receivers';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// Escalation through real channels: an HTTP receiver stands in for Slack, Teams and webhooks, a real
// SMTP server for mail. Delays are fractions of a minute so a whole chain runs in seconds.
const LEVEL_GAP_MINUTES = 0.03; // 1.8 s

let t: TestApp;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

const seamYaml = () => `
teams:
  - slug: platform
    name: Platform engineering
    lead: cy
    members:
      - { id: ana, name: Ana Platform, channels: [{ id: ana-slack, kind: slack, target: "${http.url('/ana-slack')}" }] }
      - { id: bo, name: Bo Platform, channels: [{ id: bo-teams, kind: teams, target: "${http.url('/bo-teams')}" }] }
      - { id: cy, name: Cy Lead, channels: [{ id: cy-mail, kind: email, target: cy@example.com }] }
    channels:
      - { id: platform-broken, kind: webhook, target: "${http.url('/broken')}" }
${melbourneEngineeringYaml(http)}
  - slug: support
    name: Support
    members:
      - { id: sam, name: Sam Support, channels: [{ id: sam-hook, kind: webhook, target: "${http.url('/sam')}", secret: s3cret-signing-key }] }
routing:
  - { priority: 10, classification: defect, integration: erp-orders, team: platform }
  - { priority: 20, classification: defect, team: engineering }
  - { priority: 30, classification: bad_source_data, team: support }
  - { priority: 1000, team: support }
policies:
  - team: platform
    levels:
      - { afterMinutes: 0, notify: [ana, "channel:platform-broken"] }
      - { afterMinutes: ${LEVEL_GAP_MINUTES}, notify: [bo] }
      - { afterMinutes: ${2 * LEVEL_GAP_MINUTES}, notify: [lead] }
    urgency: { defect: page }
  - team: engineering
    levels:
      - { afterMinutes: 0, notify: [dee] }
    urgency: { defect: page }
  - team: support
    levels:
      - { afterMinutes: 0, notify: [sam] }
    urgency: { bad_source_data: page, process_change: digest }
knownIssues:
  - id: KI-7
    title: NetSuite maintenance window
    supportScript: Tell users orders will sync after 02:00.
    expiresAt: "2099-01-01T00:00:00Z"
    match: { integration: erp-known }
hypercare:
  - { integration: erp-hyper, from: "2026-01-01T00:00:00Z", until: "2099-01-01T00:00:00Z", engineeringTeam: platform }
noise:
  transientGraceMinutes: 10
  thresholds:
    bad_source_data: { minFailures: 3, windowMinutes: 60 }
    process_change: { minFailures: 1, windowMinutes: 60 }
`;

let seq = 0;
function failure(integration: string, message: string, httpStatus: number, record = `R-${++seq}`) {
  return {
    eventId: `e-${++seq}`,
    integration,
    occurredAt: new Date().toISOString(),
    status: 'failed',
    source: { system: 'portal', entity: 'order', id: record },
    target: { system: 'netsuite', entity: 'salesOrder' },
    error: { message, httpStatus },
  };
}

async function timelineOf(id: string): Promise<string[]> {
  return (await t.api().get(`/v1/issues/${id}`)).body.timeline.map((entry: { action: string }) => entry.action);
}

beforeAll(async () => {
  http = await startHttpReceiver();
  http.failing.add('/broken');
  smtp = await startSmtpServer();
  t = await startTestApp({
    SMTP_URL: smtp.url,
    NOTIFY_ATTEMPTS: '3',
    NOTIFY_BACKOFF_MS: '50',
    PUBLIC_URL: 'http://seam.test',
    ESCALATION_SWEEP_MS: '300',
  });
  await putSeamYaml(t.api(), seamYaml()).expect(200);
});

afterAll(async () => {
  await t?.close();
  await http?.close();
  await smtp?.close();
});

describe('escalation', () => {
  // (a 5xx or timeout would first wait out the transient grace period: see the known-issue and hypercare cases)
  it('escalates an unacknowledged defect level by level at the configured delays, through Slack, Teams and email', async () => {
    const issue = await postForIssue(
      t.api(),
      failure(
        'erp-orders',
        "ArgumentNullException: Value cannot be null. (Parameter 'customerId') at OrderMapper.Map",
        500,
      ),
    );
    const slack = await waitFor(async () => http.to('/ana-slack', issue.id)[0], { what: 'level 1 on Slack' });
    const teams = await waitFor(async () => http.to('/bo-teams', issue.id)[0], { what: 'level 2 on Teams' });
    const mail = await waitFor(
      async () => smtp.messages.find((m) => m.to.includes('cy@example.com') && m.raw.includes(issue.id)),
      { what: 'level 3 by email', timeoutMs: 20_000 },
    );

    expect(JSON.parse(slack.body).blocks).toBeDefined();
    expect(JSON.parse(teams.body)['@type']).toBe('MessageCard');
    expect(mail.raw).toMatch(/Escalation[ _]level[ _]3/); // the subject may arrive MIME-encoded
    // each level waits for its delay after the previous one, measured from the chain's start
    expect(teams.at - slack.at).toBeGreaterThanOrEqual(LEVEL_GAP_MINUTES * 60_000 * 0.9);
    expect(mail.at - slack.at).toBeGreaterThanOrEqual(2 * LEVEL_GAP_MINUTES * 60_000 * 0.9);
    const timeline = await timelineOf(issue.id);
    expect(timeline.filter((a) => a === 'notified')).toHaveLength(1);
    expect(timeline.filter((a) => a === 'escalated')).toHaveLength(2);
  });

  it('retries a failing channel and then dead-letters it, visibly', async () => {
    const issue = await issueOf(t.api(), 'erp-orders');
    const dead = await waitFor(
      async () =>
        (await t.api().get('/v1/notifications').query({ status: 'dead', issueId: issue.id })).body.items.find(
          (n: { channelId: string }) => n.channelId === 'platform-broken',
        ),
      { what: 'a dead-lettered notification' },
    );
    expect(dead).toMatchObject({ attempts: 3, status: 'dead' });
    expect(dead.lastError).toContain('HTTP 500');
    expect(http.to('/broken', issue.id)).toHaveLength(3);
    expect(await timelineOf(issue.id)).toContain('notification_dead_lettered');
    const audit = await t.api().get('/v1/escalation-audit').expect(200);
    expect(audit.body.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'channel_last_delivery_failed',
          subject: expect.stringContaining('platform-broken'),
        }),
      ]),
    );
  });

  it('stops escalating once someone acknowledges', async () => {
    await t
      .api()
      .post('/v1/events')
      .send(failure('erp-orders', 'NullReferenceException in OrderMapper.Map', 500))
      .expect(202);
    const issue = await waitFor(
      async () =>
        (await t.api().get('/v1/issues').query({ integration: 'erp-orders', q: 'NullReference' })).body.items?.[0],
      { what: 'the second erp-orders issue' },
    );
    await waitFor(async () => http.to('/ana-slack', issue.id)[0], { what: 'level 1' });
    await t.api().post(`/v1/issues/${issue.id}/acknowledge`).send({}).expect(200);
    // decided: the stop is on the timeline and no level is pending in Postgres, the only place a later
    // level can fire from (a queued job finds nothing to take)
    await waitFor(async () => ((await timelineOf(issue.id)).includes('escalation_stopped') ? true : undefined), {
      what: 'the chain stopped',
    });
    const pending = await t.db.query(`SELECT level FROM escalation_pending WHERE issue_id = $1`, [issue.id]);
    expect(pending).toEqual([]);
    expect(http.to('/bo-teams', issue.id)).toHaveLength(0);
    expect(smtp.messages.filter((m) => m.raw.includes(issue.id))).toHaveLength(0);
  });

  it('holds bad data below its threshold, then notifies once per state change, signed', async () => {
    const send = (record: string) =>
      t
        .api()
        .post('/v1/events')
        .send(failure('crm-contacts', 'Email address must be valid.', 400, record))
        .expect(202);
    await send('C-1');
    await send('C-2');
    const issue = await waitFor(async () => {
      const found = (await t.api().get('/v1/issues').query({ integration: 'crm-contacts' })).body.items?.[0];
      return found?.occurrences === 2 ? found : undefined;
    });
    // decided: noise control recorded why it did not notify
    await waitFor(async () => ((await timelineOf(issue.id)).includes('notification_withheld') ? true : undefined), {
      what: 'the decision not to notify below the threshold',
    });
    expect(http.to('/sam', issue.id)).toHaveLength(0);

    await send('C-3');
    const hook = await waitFor(async () => http.to('/sam', issue.id)[0], { what: 'the notification at the threshold' });
    const [, t0, v1] = /t=(\d+),v1=([0-9a-f]+)/.exec(String(hook.headers['x-seam-signature']))!;
    expect(v1).toBe(createHmac('sha256', 's3cret-signing-key').update(`${t0}.${hook.body}`).digest('hex'));

    await send('C-4');
    await send('C-5');
    await waitFor(async () =>
      (await t.api().get(`/v1/issues/${issue.id}`)).body.occurrences === 5 ? true : undefined,
    );
    // decided: this state was notified (C-3), and a notified state is never checked again (consider())
    expect((await timelineOf(issue.id)).filter((action) => action === 'notified')).toHaveLength(1);
    expect(http.to('/sam', issue.id)).toHaveLength(1);

    // a person's reclassification is a new state: the new owner hears of it
    await t
      .api()
      .post(`/v1/issues/${issue.id}/reclassify`)
      .send({ classification: 'defect', note: 'our mapper drops the domain' })
      .expect(200);
    await waitFor(async () => [...http.to('/dee', issue.id), ...http.to('/night', issue.id)][0], {
      what: 'engineering told of the reclassified issue',
    });
  });

  it('sends low-urgency issues in one daily digest per team instead of one by one', async () => {
    const period = (n: number) => ({
      ...failure('sap-postings', `Posting period 0${n} 2026 is not open`, 400),
      target: { system: 'sap', entity: 'journalEntry' },
      error: { message: `Posting period 0${n} 2026 is not open in company code 1000`, code: 'F5201' },
    });
    const first = await postForIssue(t.api(), period(1));
    expect(first.classification).toBe('process_change');
    const digest = await waitFor(async () => http.to('/sam').find((r) => JSON.parse(r.body).type === 'digest'), {
      what: 'the digest',
    });
    expect(JSON.parse(digest.body)).toMatchObject({
      team: 'Support',
      items: [expect.objectContaining({ issueId: first.id })],
    });
    expect(await timelineOf(first.id)).toEqual(expect.arrayContaining(['queued_for_digest', 'included_in_digest']));

    // a second low-urgency issue the same day waits for tomorrow's digest
    await t
      .api()
      .post('/v1/events')
      .send({
        ...period(2),
        error: { message: 'Posting only possible in periods 2026/04 and 2026/03 in company code 1000', code: 'M7053' },
      })
      .expect(202);
    const second = await waitFor(
      async () =>
        (await t.api().get('/v1/issues').query({ integration: 'sap-postings', q: 'Posting only' })).body.items?.[0],
    );
    await waitFor(async () => ((await timelineOf(second.id)).includes('queued_for_digest') ? true : undefined), {
      what: 'the second issue queued',
    });
    // decided: queued for tomorrow's digest (above), so nothing is sent for it today
    expect(http.to('/sam').filter((r) => JSON.parse(r.body).type === 'digest')).toHaveLength(1);
    expect(http.to('/sam', second.id)).toHaveLength(0);
  });

  it('a known issue labels the issue and notifies nobody', async () => {
    const issue = await postForIssue(t.api(), failure('erp-known', 'Service Unavailable: scheduled maintenance', 503));
    await waitFor(async () => ((await timelineOf(issue.id)).includes('known_issue_matched') ? true : undefined), {
      what: 'the known issue label',
    });
    const detail = (await t.api().get(`/v1/issues/${issue.id}`)).body;
    expect(detail.knownIssue).toBe('KI-7');
    const notifications = (await t.api().get('/v1/notifications').query({ issueId: issue.id })).body.items;
    expect(notifications).toHaveLength(0);
  });
});

describe('hypercare', () => {
  it('copies the build team on every new issue during the window, and reports on it', async () => {
    const issue = await postForIssue(
      t.api(),
      failure('erp-hyper', 'TypeError: Cannot read properties of undefined (reading "lines")', 500),
    );
    const owner = await waitFor(async () => [...http.to('/dee', issue.id), ...http.to('/night', issue.id)][0], {
      what: 'the owner team notified',
    });
    const copy = await waitFor(async () => http.to('/ana-slack', issue.id)[0], { what: 'the build team copied' });
    const firstResponder = await waitFor(async () => http.to('/sam', issue.id)[0], {
      what: 'support, still first responder',
    });
    expect([owner, copy, firstResponder].every(Boolean)).toBe(true);
    const report = (await t.api().get('/v1/hypercare/erp-hyper/report').expect(200)).body;
    expect(report.window.active).toBe(true);
    expect(report.classes).toEqual([expect.objectContaining({ classification: 'defect', issues: 1 })]);
    expect(report.escalations.notified).toBeGreaterThanOrEqual(1);
  });
});

describe('drills', () => {
  it('picks the business-hours or after-hours target by the team time zone, across the Melbourne DST change', async () => {
    // Monday 5 October 2026, the day after clocks went forward: 22:15Z is 09:15 AEDT (open), 21:15Z is 08:15 (closed).
    // A fixed +10:00 offset would call both closed.
    const open = (
      await t.api().post('/v1/drills').send({ scenario: 'login_failure', asIf: '2026-10-04T22:15:00Z' }).expect(202)
    ).body;
    const closed = (
      await t.api().post('/v1/drills').send({ scenario: 'login_failure', asIf: '2026-10-04T21:15:00Z' }).expect(202)
    ).body;
    const reportOf = (id: string) =>
      waitFor(
        async () => {
          const report = (await t.api().get(`/v1/drills/${id}`)).body;
          return report.levels?.[0]?.notified?.[0]?.status === 'sent' ? report : undefined;
        },
        { what: `drill ${id} notified` },
      );
    const [day, night] = await Promise.all([reportOf(open.id), reportOf(closed.id)]);
    expect(day.levels[0]).toMatchObject({
      level: 0,
      afterHours: false,
      notified: [expect.objectContaining({ member: 'Dee Day' })],
    });
    expect(night.levels[0]).toMatchObject({
      level: 0,
      afterHours: true,
      notified: [expect.objectContaining({ member: 'Nia Night' })],
    });
  });

  it('reports who acknowledged and how fast, and leaves real issue counts unchanged', async () => {
    const before = (await t.api().get('/v1/issues').query({ limit: 200 })).body.items.length;
    const queueBefore = (await t.api().get('/v1/queues/engineering')).body.items.length;
    const drill = (await t.api().post('/v1/drills').send({ scenario: 'integration_outage' }).expect(202)).body;
    const report = await waitFor(
      async () => {
        const r = (await t.api().get(`/v1/drills/${drill.id}`)).body;
        return r.levels?.length ? r : undefined;
      },
      { what: 'the drill notification' },
    );
    await t.api().post(`/v1/issues/${report.issue.id}/acknowledge`).send({}).expect(200);
    const done = (await t.api().get(`/v1/drills/${drill.id}`)).body;
    expect(done.acknowledged).toMatchObject({ by: expect.any(String), secondsAfterFirstNotice: expect.any(Number) });
    expect((await t.api().get('/v1/issues').query({ limit: 200 })).body.items.length).toBe(before);
    expect((await t.api().get('/v1/queues/engineering')).body.items.length).toBe(queueBefore);
    expect(http.received.some((r) => r.body.includes('[DRILL]'))).toBe(true);
  });
});
