import IORedis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EscalationService } from '../src/escalation/escalation.service';
import { putSeamYaml } from './support/config';
import { issueOf, postForIssue } from './support/issues';
import { startHttpReceiver } from './support/receivers';
import { DisposableRedis } from './support/redis-server';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// Escalation that cannot fail silently: pending levels survive a Redis that lost every job, noise
// decisions follow the issue (and are written down), and a level that reached nobody says so.
// A private redis-server, so FLUSHDB hits only this file.
const SWEEP_MS = 500;
const LEVEL_GAP_MINUTES = 0.05; // 3 s

let t: TestApp;
let redis: DisposableRedis;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;

const everyClassPages = '{ defect: page, bad_source_data: page, process_change: page, needs_triage: page }';
const member = (id: string, path: string) =>
  `{ id: ${id}, name: ${id.toUpperCase()}, channels: [{ id: ${id}-hook, kind: webhook, target: "${http.url(path)}" }] }`;
const team = (slug: string, members: string[]) => `
  - slug: ${slug}
    name: ${slug}
    members: [${members.join(', ')}]`;
const policy = (slug: string, levels: string[]) => `
  - team: ${slug}
    levels: [${levels.join(', ')}]
    urgency: ${everyClassPages}`;

/** when closedNow() wrote the hours: they open at least an hour after it, however late in its hour that was */
let hoursWrittenAt = Date.now();

/** business hours that are closed right now (and for the next two hours), in UTC */
function closedNow(): string {
  hoursWrittenAt = Date.now();
  const start = (new Date(hoursWrittenAt).getUTCHours() + 2) % 24;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `{ timeZone: UTC, days: [1, 2, 3, 4, 5, 6, 7], start: "${pad(start)}:00", end: "${start === 23 ? '23:59' : `${pad(start + 1)}:00`}" }`;
}

const seamYaml = (expiringAt = '2099-01-01T00:00:00Z') => `
teams:${team('ops', [member('a1', '/a1'), member('a2', '/a2')])}${team('noise', [member('n1', '/n1')])}${team('fragile', [member('f1', '/down'), member('f2', '/up')])}${team('ghosts', ['{ id: g1, name: Gus Ghost, channels: [] }'])}${team('hyperowner', [member('h1', '/h1')])}${team('support', [member('s1', '/s1')])}${team('builders', [member('b1', '/b1')])}
    businessHours: ${closedNow()}
routing:
  - { priority: 10, integration: rt-hyper, team: hyperowner }
  - { priority: 10, integration: rt-flush, team: ops }
  - { priority: 10, integration: rt-twice, team: ops }
  - { priority: 10, integration: rt-fragile, team: fragile }
  - { priority: 10, integration: rt-ghost, team: ghosts }
  - { priority: 1000, team: noise }
policies:${policy('ops', [`{ afterMinutes: 0, notify: [a1] }`, `{ afterMinutes: ${LEVEL_GAP_MINUTES}, notify: [a2] }`])}${policy('noise', [`{ afterMinutes: 0, notify: [n1] }`, `{ afterMinutes: 30, notify: [n1] }`])}${policy('fragile', [`{ afterMinutes: 0, notify: [f1] }`, `{ afterMinutes: 30, notify: [f2] }`])}${policy('ghosts', [`{ afterMinutes: 0, notify: [g1] }`])}
  - team: hyperowner
    levels: [{ afterMinutes: 0, notify: [h1] }]
    urgency: { defect: page, bad_source_data: business_hours }
hypercare:
  - { integration: rt-hyper, from: "2026-01-01T00:00:00Z", until: "2099-01-01T00:00:00Z", engineeringTeam: builders, firstResponderTeam: support }
knownIssues:
  - { id: KI-31, title: Tax codes after 3.2.0, release: "3.2.0", maxRecords: 2, expiresAt: "2099-01-01T00:00:00Z", match: { integration: rt-release } }
  - { id: KI-40, title: Expiring soon, expiresAt: "${expiringAt}", match: { integration: rt-expiry } }
noise:
  transientGraceMinutes: 10
  thresholds:
    bad_source_data: { minFailures: 3, windowMinutes: 60 }
`;

let seq = 0;
function failure(
  integration: string,
  message: string,
  httpStatus: number,
  options: { record?: string; occurredAt?: Date } = {},
) {
  return {
    eventId: `rt-${++seq}`,
    integration,
    occurredAt: (options.occurredAt ?? new Date()).toISOString(),
    status: 'failed',
    source: { system: 'portal', entity: 'order', id: options.record ?? `R-${seq}` },
    target: { system: 'netsuite', entity: 'salesOrder' },
    error: { message, httpStatus },
  };
}
const DEFECT = "ArgumentNullException: Value cannot be null. (Parameter 'customerId') at OrderMapper.Map";
const THROTTLED = 'Too Many Requests: request rate exceeded, retry after 10 seconds';

type Entry = { action: string; detail: Record<string, unknown> };
async function timelineOf(id: string): Promise<Entry[]> {
  return (await t.api().get(`/v1/issues/${id}`)).body.timeline;
}
async function entry(
  id: string,
  action: string,
  matching: (detail: Record<string, unknown>) => boolean = () => true,
): Promise<Entry> {
  return waitFor(async () => (await timelineOf(id)).find((e) => e.action === action && matching(e.detail ?? {})), {
    what: `${action} on the timeline of ${id}`,
  });
}
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

beforeAll(async () => {
  redis = await DisposableRedis.start();
  http = await startHttpReceiver();
  http.failing.add('/down');
  t = await startTestApp(
    { NOTIFY_ATTEMPTS: '2', NOTIFY_BACKOFF_MS: '50', ESCALATION_SWEEP_MS: String(SWEEP_MS) },
    { redisUrl: redis.url },
  );
  await putSeamYaml(t.api(), seamYaml()).expect(200);
});

afterAll(async () => {
  await t?.close();
  await http?.close();
  await redis?.down();
});

describe('escalation state survives Redis', () => {
  it('fires a pending level after Redis lost every job (FLUSHDB), once', async () => {
    const issue = await postForIssue(t.api(), failure('rt-flush', DEFECT, 500));
    await waitFor(async () => http.to('/a1', issue.id)[0], { what: 'level 1' });
    const [pending] = await t.db.query(`SELECT level, due_at FROM escalation_pending WHERE issue_id = $1`, [issue.id]);
    expect(pending.level).toBe(1);

    const client = new IORedis(redis.url);
    await client.flushdb();
    const flushedAt = Date.now();
    expect(await client.dbsize()).toBe(0);
    client.disconnect();

    const level2 = await waitFor(async () => http.to('/a2', issue.id)[0], {
      what: 'level 2 after the flush',
      timeoutMs: 20_000,
    });
    // due at its time, or (its job gone) by the first sweep after it: one sweep interval plus the watchdog's
    const bound = Math.max(new Date(pending.due_at).getTime(), flushedAt) + 2 * SWEEP_MS + 1500;
    expect(level2.at).toBeLessThanOrEqual(bound);
    const timeline = await timelineOf(issue.id);
    expect(timeline.filter((e) => e.action === 'escalated')).toHaveLength(1);
    expect(http.to('/a2', issue.id)).toHaveLength(1);
    expect(await t.db.query(`SELECT 1 FROM escalation_pending WHERE issue_id = $1`, [issue.id])).toHaveLength(0);
  });

  it('fires a level once when its job and the sweep both run it', async () => {
    const issue = await postForIssue(
      t.api(),
      failure('rt-twice', 'NullReferenceException: Object reference not set at InvoiceMapper.Map', 500),
    );
    await waitFor(async () => http.to('/a1', issue.id)[0], { what: 'level 1' });
    const [pending] = await t.db.query(
      `SELECT state_key, level, started_at FROM escalation_pending WHERE issue_id = $1`,
      [issue.id],
    );
    const job = {
      issueId: issue.id,
      stateKey: pending.state_key,
      level: pending.level,
      startedAt: new Date(pending.started_at).toISOString(),
    };
    const escalation = t.app.get(EscalationService);
    const outcomes = await Promise.all([escalation.handle(job), escalation.handle(job), escalation.handle(job)]);
    expect(outcomes.filter((o) => o.startsWith('level 1 notified'))).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'already notified')).toHaveLength(2);
    await waitFor(async () => http.to('/a2', issue.id)[0], { what: 'level 2' });
    expect((await timelineOf(issue.id)).filter((e) => e.action === 'escalated')).toHaveLength(1);
  });
});

describe('noise control follows the issue', () => {
  it('gives a recurrence its own retry grace, measured from the failure that reopened it', async () => {
    const record = 'G-1';
    // first seen 20 minutes ago: its grace is long over, so it notifies at once
    const issue = await postForIssue(
      t.api(),
      failure('rt-grace', THROTTLED, 429, { record, occurredAt: minutesAgo(20) }),
    );
    expect(['rate_limited', 'timeout', 'upstream_5xx', 'concurrency']).toContain(issue.category);
    await waitFor(async () => http.to('/n1', issue.id)[0], { what: 'the first occurrence notified' });
    await t.api().post(`/v1/issues/${issue.id}/resolve`).send({}).expect(200);

    await t
      .api()
      .post('/v1/events')
      .send(failure('rt-grace', THROTTLED, 429, { record }))
      .expect(202);
    const withheld = await entry(issue.id, 'notification_withheld', (d) => d.code === 'waiting_for_retry');
    expect(String(withheld.detail.reason)).toMatch(/^waiting for retry/);
    const [pending] = await t.db.query(`SELECT reason, due_at FROM escalation_pending WHERE issue_id = $1`, [issue.id]);
    expect(pending.reason).toBe('waiting_for_retry');
    // ten minutes from the reopening failure, not from the first one (which would be ten minutes ago)
    expect(new Date(pending.due_at).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect(http.to('/n1', issue.id)).toHaveLength(1);
  });

  it('writes "below threshold" on the timeline, then notifies at the threshold', async () => {
    const send = (record: string) =>
      t
        .api()
        .post('/v1/events')
        .send(failure('rt-threshold', 'Email address must be valid.', 400, { record }))
        .expect(202);
    await send('B-1');
    const issue = await issueOf(t.api(), 'rt-threshold');
    expect(issue.classification).toBe('bad_source_data');
    const withheld = await entry(issue.id, 'notification_withheld', (d) => d.code === 'below_threshold');
    expect(String(withheld.detail.reason)).toContain('below threshold: waiting for 3 failures within 60 min');
    await send('B-2');
    await send('B-3');
    await waitFor(async () => http.to('/n1', issue.id)[0], { what: 'the notification at the threshold' });
    expect((await timelineOf(issue.id)).filter((e) => e.action === 'notification_withheld')).toHaveLength(1);
  });

  it("matches a known issue by the integration's deploy marker, and pages once the issue outgrows maxRecords", async () => {
    await t
      .api()
      .post('/v1/releases')
      .send({ version: '3.2.0', deployedAt: minutesAgo(60).toISOString(), integration: 'rt-release' })
      .expect(201);
    const issue = await postForIssue(t.api(), failure('rt-release', DEFECT, 500, { record: 'K-1' }));
    const withheld = await entry(issue.id, 'notification_withheld', (d) => d.code === 'known_issue');
    expect(withheld.detail).toMatchObject({
      knownIssue: 'KI-31',
      reason: expect.stringContaining('known issue KI-31'),
    });
    expect((await t.api().get(`/v1/issues/${issue.id}`)).body.knownIssue).toBe('KI-31');

    await t
      .api()
      .post('/v1/events')
      .send(failure('rt-release', DEFECT, 500, { record: 'K-2' }))
      .expect(202);
    await t
      .api()
      .post('/v1/events')
      .send(failure('rt-release', DEFECT, 500, { record: 'K-3' }))
      .expect(202);
    await waitFor(async () => http.to('/n1', issue.id)[0], { what: 'the page once 3 records exceed maxRecords 2' });
    const outgrown = await entry(issue.id, 'known_issue_outgrown');
    expect(String(outgrown.detail.reason)).toContain('covers up to 2 records; this issue affects 3');
  });

  it('re-checks a known issue when it expires, and notifies then', async () => {
    const expiresAt = new Date(Date.now() + 4000);
    await putSeamYaml(t.api(), seamYaml(expiresAt.toISOString())).expect(200);
    const issue = await postForIssue(t.api(), failure('rt-expiry', DEFECT, 500));
    await entry(issue.id, 'notification_withheld', (d) => d.code === 'known_issue');
    const notice = await waitFor(async () => http.to('/n1', issue.id)[0], {
      what: 'the notification after KI-40 expired',
      timeoutMs: 20_000,
    });
    expect(notice.at).toBeGreaterThanOrEqual(expiresAt.getTime());
  });
});

describe('when a level cannot reach anyone', () => {
  it('brings the next level forward when every page of a level is dead-lettered', async () => {
    const issue = await postForIssue(t.api(), failure('rt-fragile', DEFECT, 500));
    // level 2 is 30 minutes out; it arrives within seconds because level 1 reached nobody
    await waitFor(async () => http.to('/up', issue.id)[0], { what: 'level 2 brought forward' });
    const forward = await entry(issue.id, 'escalation_brought_forward');
    expect(forward.detail).toMatchObject({ level: 1 });
    expect(http.to('/down', issue.id)).toHaveLength(2);
  });

  it('records "nobody was reachable" as an error, not as notified', async () => {
    const issue = await postForIssue(t.api(), failure('rt-ghost', DEFECT, 500));
    const unreachable = await entry(issue.id, 'escalation_unreachable');
    expect(unreachable.detail).toMatchObject({ error: 'nobody was reachable', level: 0, recipients: ['Gus Ghost'] });
    expect((await timelineOf(issue.id)).map((e) => e.action)).not.toContain('notified');
  });

  it('writes escalation_stopped when an automatic resolution drops a pending level', async () => {
    const record = 'A-1';
    const issue = await postForIssue(
      t.api(),
      failure('rt-auto', THROTTLED, 429, { record, occurredAt: minutesAgo(20) }),
    );
    await waitFor(async () => http.to('/n1', issue.id)[0], { what: 'level 1' });
    const success = {
      eventId: `rt-${++seq}`,
      integration: 'rt-auto',
      occurredAt: new Date().toISOString(),
      status: 'succeeded',
      source: { system: 'portal', entity: 'order', id: record },
      target: { system: 'netsuite', entity: 'salesOrder' },
    };
    await t.api().post('/v1/events').send(success).expect(202);
    const stopped = await entry(issue.id, 'escalation_stopped');
    expect(stopped.detail).toMatchObject({ level: 1, reason: expect.stringContaining('resolved') });
    expect(await t.db.query(`SELECT 1 FROM escalation_pending WHERE issue_id = $1`, [issue.id])).toHaveLength(0);
  });
});

describe('hypercare copies', () => {
  it("copies both teams on an issue that pages, labelled as copies, whatever the copied team's hours", async () => {
    const issue = await postForIssue(t.api(), failure('rt-hyper', DEFECT, 500));
    await waitFor(async () => http.to('/h1', issue.id)[0], { what: 'the owner notified' });
    await waitFor(async () => http.to('/s1', issue.id)[0], { what: 'support copied' });
    await waitFor(async () => http.to('/b1', issue.id)[0], {
      what: 'the build team copied, out of its hours, because the issue pages',
    });
    const notifications = (await t.api().get('/v1/notifications').query({ issueId: issue.id })).body.items as Array<{
      channelId: string;
      copyOf: string | null;
    }>;
    expect(notifications.find((n) => n.channelId === 'h1-hook')).toMatchObject({ copyOf: null });
    expect(
      notifications
        .filter((n) => n.copyOf === 'hyperowner')
        .map((n) => n.channelId)
        .sort(),
    ).toEqual(['b1-hook', 's1-hook']);
  });

  it("copies a new state the owner is not told of yet, and keeps the copied team's hours when the issue does not page", async () => {
    await t
      .api()
      .post('/v1/events')
      .send(failure('rt-hyper', 'Email address must be valid.', 400))
      .expect(202);
    const issue = await waitFor(
      async () =>
        (await t.api().get('/v1/issues').query({ integration: 'rt-hyper', classification: 'bad_source_data' })).body
          .items?.[0],
      { what: 'the bad data issue' },
    );
    // below the owner's threshold: withheld for the owner, copied anyway
    await entry(issue.id, 'notification_withheld', (d) => d.code === 'below_threshold');
    await waitFor(async () => http.to('/s1', issue.id)[0], { what: 'support (always open) copied at once' });
    const waiting = await entry(issue.id, 'hypercare_copied', (d) => d.team === 'builders');
    // measured from when the hours were written, not from now: a run that crosses the hour has less than an hour left
    expect(new Date(String(waiting.detail.deliverAfter)).getTime()).toBeGreaterThan(hoursWrittenAt + 60 * 60_000);
    const copy = (await t.api().get('/v1/notifications').query({ issueId: issue.id })).body.items.find(
      (n: { channelId: string }) => n.channelId === 'b1-hook',
    );
    expect(copy).toMatchObject({ copyOf: 'hyperowner', status: 'queued', deliverAfter: waiting.detail.deliverAfter });
    expect(http.to('/b1', issue.id)).toHaveLength(0);
    expect(http.to('/h1', issue.id)).toHaveLength(0);
  });
});

describe('a chain superseded', () => {
  it('stops the running chain, on the timeline, when a person reclassifies the issue mid-chain', async () => {
    const issue = await postForIssue(t.api(), failure('rt-reclass', DEFECT, 500));
    await waitFor(async () => http.to('/n1', issue.id)[0], { what: 'level 1' });
    await t
      .api()
      .post(`/v1/issues/${issue.id}/reclassify`)
      .send({ classification: 'process_change', note: 'a new order status upstream' })
      .expect(200);
    const stopped = await entry(issue.id, 'escalation_stopped');
    expect(stopped.detail).toMatchObject({ level: 1, reason: expect.stringContaining('changed state') });
    // the new state is below its threshold: withheld, and nothing of the old chain is left pending
    await entry(issue.id, 'notification_withheld', (d) => d.code === 'below_threshold');
    const pending = await t.db.query(`SELECT started_at FROM escalation_pending WHERE issue_id = $1`, [issue.id]);
    expect(pending.filter((row: { started_at: Date | null }) => row.started_at !== null)).toHaveLength(0);
  });
});
