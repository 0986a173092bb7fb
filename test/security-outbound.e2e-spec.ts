import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { DISTINCT_WORDS } from './support/events';
import { issueOf, postForIssue } from './support/issues';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// Issue 12, findings 12-15: where Seam sends requests, who reads webhook URLs, what event text can do
// inside a chat message, and how many pages one bad request can cause. The app allows exactly one
// loopback port (the "public" receiver below) and nothing else internal, as a production deployment
// with OUTBOUND_ALLOW unset allows nothing internal at all.

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server; paths in `redirects` answer 307 to another URL, `failing` ones 500. */
async function receiver() {
  const received: Received[] = [];
  const redirects = new Map<string, string>();
  const failing = new Set<string>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const location = redirects.get(path);
      if (location) response.writeHead(307, { location });
      else response.statusCode = failing.has(path) ? 500 : 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    redirects,
    failing,
    to: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const BUDGET_WINDOW_MS = 5000;

let t: TestApp;
/** the allowed receiver: stands in for Slack, Teams and a public webhook */
let hooks: Awaited<ReturnType<typeof receiver>>;
/** an internal service on the same host that nothing may reach (think Redis, or the metadata service) */
let internal: Awaited<ReturnType<typeof receiver>>;
let supportKey: string;
let engineeringKey: string;

const SLACK_PATH = '/services/T000/B000/slack-webhook-secret';
const TEAMS_PATH = '/webhookb2/teams-webhook-secret/IncomingWebhook';

const seamYaml = () => `
teams:
  - slug: ops
    name: Ops
    members:
      - id: ana
        name: Ana
        channels:
          - { id: ana-slack, kind: slack, target: "${hooks.url(SLACK_PATH)}" }
          - { id: ana-teams, kind: teams, target: "${hooks.url(TEAMS_PATH)}" }
          - { id: ana-mail, kind: email, target: ana@example.com }
  - slug: bulk
    name: Bulk owners
    members:
      - { id: bo, name: Bo, channels: [{ id: bo-hook, kind: webhook, target: "${hooks.url('/bulk')}" }] }
  - slug: probe
    name: Probe
    members:
      - { id: pat, name: Pat, channels: [{ id: pat-hook, kind: webhook, target: "${hooks.url('/probe')}" }] }
routing:
  - { priority: 10, integration: bulk-import, team: bulk }
  - { priority: 20, integration: probe, team: probe }
  - { priority: 1000, team: ops }
policies:
  - { team: ops, levels: [{ afterMinutes: 0, notify: [ana] }], urgency: { defect: page, bad_source_data: page, process_change: page, needs_triage: page } }
  - { team: bulk, levels: [{ afterMinutes: 0, notify: [bo] }], urgency: { defect: page, bad_source_data: page, process_change: page, needs_triage: page } }
  - { team: probe, levels: [{ afterMinutes: 0, notify: [pat] }], urgency: { defect: page, bad_source_data: page, process_change: page, needs_triage: page } }
noise:
  transientGraceMinutes: 0
  thresholds:
    defect: { minFailures: 1, windowMinutes: 60 }
    bad_source_data: { minFailures: 1, windowMinutes: 60 }
    process_change: { minFailures: 1, windowMinutes: 60 }
    needs_triage: { minFailures: 1, windowMinutes: 60 }
integrations:
  - { integration: probe, retryUrl: "${hooks.url('/retry')}", secret: retry-signing-secret }
`;

let seq = 0;
function failure(integration: string, message: string, httpStatus = 400) {
  return {
    eventId: `sec-${++seq}`,
    integration,
    occurredAt: new Date().toISOString(),
    status: 'failed',
    source: { system: 'portal', entity: 'order', id: `R-${seq}` },
    target: { system: 'netsuite', entity: 'salesOrder' },
    error: { message, httpStatus },
  };
}

async function setStoredTarget(channelId: string, target: string) {
  // as a config stored before the policy existed: the send-time check is what stops it
  await t.db.query(`UPDATE contact_channel SET target = $2 WHERE id = $1`, [channelId, target]);
}

async function setStoredRetryUrl(url: string) {
  await t.db.query(
    `UPDATE seam_setting SET value = jsonb_set(value, '{0,retryUrl}', to_jsonb($1::text)) WHERE key = 'integrations'`,
    [url],
  );
}

async function deliveryOf(channelId: string, issueId: string): Promise<{ status: string; last_error: string | null }> {
  return waitFor(
    async () => {
      const [row] = await t.db.query(
        `SELECT status, last_error FROM notification WHERE channel_id = $1 AND issue_id = $2 AND status IN ('retrying', 'dead', 'sent')`,
        [channelId, issueId],
      );
      return row;
    },
    { what: `a delivery attempt on ${channelId}` },
  );
}

beforeAll(async () => {
  hooks = await receiver();
  internal = await receiver();
  t = await startTestApp({
    OUTBOUND_ALLOW: `127.0.0.1:${hooks.port}`,
    NOTIFY_ATTEMPTS: '1',
    ESCALATION_SWEEP_MS: '300',
    PUBLIC_URL: 'http://seam.test',
    NOTIFY_BUDGET_PER_INTEGRATION: '3',
    NOTIFY_BUDGET_WINDOW_MS: String(BUDGET_WINDOW_MS),
  });
  await putSeamYaml(t.api(), seamYaml()).expect(200);
  supportKey = (await t.api().post('/v1/keys').send({ name: 'Sue (support)', role: 'support' }).expect(201)).body.key;
  engineeringKey = (await t.api().post('/v1/keys').send({ name: 'Eng (engineering)', role: 'engineering' }).expect(201))
    .body.key;
});

afterAll(async () => {
  await t?.close();
  await hooks?.close();
  await internal?.close();
});

describe('finding 12: outbound requests to internal addresses', () => {
  it('refuses internal and non-http targets at import, naming each path', async () => {
    const yaml = seamYaml()
      .replace(hooks.url(SLACK_PATH), 'http://169.254.169.254/latest/meta-data/iam/security-credentials/')
      .replace(hooks.url(TEAMS_PATH), 'file:///etc/passwd')
      .replace(hooks.url('/bulk'), `http://[::ffff:127.0.0.1]:${internal.port}/`)
      .replace(hooks.url('/probe'), 'http://2130706433:6379/')
      .replace(hooks.url('/retry'), `http://localhost:${internal.port}/retry`);
    const res = await putSeamYaml(t.api(), yaml).expect(400);
    expect(res.body.message).toEqual([
      expect.stringMatching(/^teams\.0\.members\.0\.channels\.0\.target 169\.254\.169\.254 is a link-local address/),
      expect.stringMatching(/^teams\.0\.members\.0\.channels\.1\.target must be an http\(s\) URL, not file:/),
      expect.stringMatching(/^teams\.1\.members\.0\.channels\.0\.target ::ffff:7f00:1 is a loopback address/),
      expect.stringMatching(/^teams\.2\.members\.0\.channels\.0\.target 127\.0\.0\.1 is a loopback address/),
      expect.stringMatching(/^integrations\.0\.retryUrl localhost is a loopback name/),
    ]);
    // the config in force is untouched
    const ops = (await t.api().get('/v1/config?format=json').expect(200)).body.teams.find(
      (team: { slug: string }) => team.slug === 'ops',
    );
    expect(ops.members[0].channels.find((c: { id: string }) => c.id === 'ana-slack').target).toBe(
      hooks.url(SLACK_PATH),
    );
  });

  // (a name that resolves to an internal address through DNS is refused the same way: outbound-request.spec.ts)
  it('refuses at send time a stored target that names this host, and reaches nothing', async () => {
    await setStoredTarget('pat-hook', `http://localhost:${internal.port}/metadata`);
    try {
      const issue = await postForIssue(t.api(), failure('probe', 'NullReferenceException in OrderMapper.Map', 500));
      const delivery = await deliveryOf('pat-hook', issue.id);
      expect(delivery.status).toBe('dead');
      expect(delivery.last_error).toBe(
        `webhook localhost:${internal.port} refused: localhost is a loopback name, which outbound requests may not reach unless OUTBOUND_ALLOW or OUTBOUND_ALLOW_PRIVATE allows it`,
      );
      expect(internal.received).toEqual([]);
    } finally {
      await setStoredTarget('pat-hook', hooks.url('/probe'));
    }
  });

  it('does not follow a redirect with the signed body', async () => {
    hooks.redirects.set('/ops-redirect', internal.url('/stolen'));
    await setStoredTarget('ana-slack', hooks.url('/ops-redirect'));
    try {
      const issue = await postForIssue(
        t.api(),
        failure('redirected', 'Mapper refused the order: currency code QQQ is not active'),
      );
      const delivery = await deliveryOf('ana-slack', issue.id);
      expect(delivery).toMatchObject({
        status: 'dead',
        last_error: expect.stringContaining('answered HTTP 307; redirects are not followed'),
      });
      expect(hooks.to('/ops-redirect')).toHaveLength(1);
      expect(internal.received).toEqual([]);
    } finally {
      await setStoredTarget('ana-slack', hooks.url(SLACK_PATH));
    }
  });

  it('answers a retry with the same words whether an internal port is open, closed or answered, and sends nothing inside', async () => {
    const issue = await issueOf(t.api(), 'probe');
    const closed = await receiver();
    await closed.close();
    const answers: Array<{ status: number; message: string }> = [];
    for (const url of [
      internal.url('/'),
      `http://127.0.0.1:${closed.port}/`,
      `http://localhost:${internal.port}/`,
      'http://169.254.169.254/latest/meta-data/',
    ]) {
      await setStoredRetryUrl(url);
      const res = await t.as(supportKey).post(`/v1/issues/${issue.id}/retry`);
      answers.push({ status: res.status, message: res.body.message[0] });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({
      status: 409,
      message:
        'the retry URL of probe points at an address outbound requests may not reach (an admin can allow it with OUTBOUND_ALLOW)',
    });
    expect(internal.received).toEqual([]);

    // allowed endpoints: an error answer and a redirect to the inside look the same to the caller
    hooks.failing.add('/retry-500');
    hooks.redirects.set('/retry-redirect', internal.url('/retry'));
    const allowed: Array<{ status: number; message: string }> = [];
    for (const path of ['/retry-500', '/retry-redirect']) {
      await setStoredRetryUrl(hooks.url(path));
      const res = await t.as(supportKey).post(`/v1/issues/${issue.id}/retry`);
      allowed.push({ status: res.status, message: res.body.message[0] });
    }
    expect(allowed).toEqual([
      { status: 502, message: 'the retry endpoint of probe did not accept the request' },
      { status: 502, message: 'the retry endpoint of probe did not accept the request' },
    ]);
    expect(hooks.to('/retry-redirect')).toHaveLength(1);
    expect(internal.received).toEqual([]);
    await setStoredRetryUrl(hooks.url('/retry'));
  });
});

describe('finding 13: webhook URLs are credentials', () => {
  it.each([
    ['support', () => supportKey],
    ['engineering', () => engineeringKey],
  ])('%s reads where the webhooks point, never the URLs', async (_role, key) => {
    const json = JSON.stringify((await t.as(key()).get('/v1/config?format=json').expect(200)).body);
    const yaml = (await t.as(key()).get('/v1/config').expect(200)).text;
    const teams = JSON.stringify((await t.as(key()).get('/v1/teams').expect(200)).body);
    for (const shown of [json, yaml, teams]) {
      expect(shown).not.toContain('slack-webhook-secret');
      expect(shown).not.toContain('teams-webhook-secret');
      expect(shown).toContain(`http://127.0.0.1:${hooks.port}/…`);
      expect(shown).toContain('ana@example.com');
    }
    expect(json).not.toContain('/retry');
  });

  it('admins read them whole, and their export imports back unchanged; a redacted export does not import', async () => {
    const exported = (await t.api().get('/v1/config').expect(200)).text;
    expect(exported).toContain(hooks.url(SLACK_PATH));
    expect(exported).toContain(hooks.url('/retry'));
    await putSeamYaml(t.api(), exported).expect(200);
    const after = (await t.api().get('/v1/config?format=json').expect(200)).body;
    expect(
      after.teams
        .find((team: { slug: string }) => team.slug === 'ops')
        .members[0].channels.map((c: { target: string }) => c.target),
    ).toEqual(['ana@example.com', hooks.url(SLACK_PATH), hooks.url(TEAMS_PATH)]);

    const redacted = (await t.as(supportKey).get('/v1/config').expect(200)).text;
    const refused = await putSeamYaml(t.api(), redacted).expect(400);
    expect(refused.body.message).toContain(
      'teams.0.members.0.channels.0.target is a redacted URL from a non-admin export; give the real URL',
    );
  });
});

describe('finding 14: event text in chat messages', () => {
  it('reaches Slack and Teams as text: no mention, no link, no markup of its own', async () => {
    const hostile =
      'Order rejected <!channel> <!here> <@U024BE7LH> see <http://evil.example/login|Reset your password> [click](http://evil.example) <at>everyone</at>';
    await t.api().post('/v1/events').send(failure('hostile-text', hostile)).expect(202);
    // (the title quotes the message with its URLs as <url>)
    const slack = await waitFor(async () => hooks.to(SLACK_PATH).find((r) => r.body.includes('your password')), {
      what: 'the Slack message',
    });
    const teams = await waitFor(async () => hooks.to(TEAMS_PATH).find((r) => r.body.includes('your password')), {
      what: 'the Teams message',
    });

    const message = JSON.parse(slack.body) as { text: string; blocks: Array<{ text: { type: string; text: string } }> };
    const parsed = [
      message.text,
      ...message.blocks.filter((b) => b.text.type === 'mrkdwn').map((b) => b.text.text),
    ].join('\n');
    // Slack acts only on <…>: Seam's own link is the only one left
    expect(parsed.match(/<[^>]*>/g)).toEqual([
      '<http://seam.test/console#/issue/' + (await issueOf(t.api(), 'hostile-text')).id + '|Open the issue>',
    ]);
    expect(parsed).not.toContain('evil.example');
    expect(parsed).toContain('&lt;!channel&gt;');
    expect(parsed).toContain(
      '&lt;!here&gt; &lt;@U024BE7LH&gt; see &lt;&lt;url&gt;|Reset your password&gt; [click](&lt;url&gt;)',
    );

    const card = JSON.parse(teams.body) as { title: string; text: string };
    expect(`${card.title}${card.text}`.replace(/<br>/g, '')).not.toMatch(/<|\]\(/);
    expect(card.title).toContain('&lt;at&gt;everyone&lt;/at&gt;');
  });
});

describe('finding 15: one request of many distinct failures', () => {
  it('pages at most the budget per window and sends one summary with the count for the rest', async () => {
    const words = DISTINCT_WORDS.slice(0, 12);

    const events = words.map((word) =>
      failure('bulk-import', `${word}Exception: the ${word.toLowerCase()} mapper cannot place the order line`),
    );
    await t.api().post('/v1/events').send({ events }).expect(202);
    const issues = await waitFor(
      async () => {
        const items = (await t.api().get('/v1/issues').query({ integration: 'bulk-import', limit: 50 })).body.items;
        return items?.length === words.length ? items : undefined;
      },
      { what: `${words.length} distinct issues` },
    );
    expect(new Set(issues.map((i: { id: string }) => i.id)).size).toBe(words.length);

    const bodies = () =>
      hooks.to('/bulk').map((r) => JSON.parse(r.body) as { type: string; held?: number; summary: string });
    // every issue is either paged or counted in a summary, and the summaries come once their window ends
    const settled = await waitFor(
      async () => {
        const pages = bodies().filter((b) => b.type === 'issue.notified');
        const summaries = bodies().filter((b) => b.type === 'budget_summary');
        return pages.length + summaries.reduce((n, s) => n + s.held!, 0) === words.length
          ? { pages, summaries }
          : undefined;
      },
      { what: 'pages and summaries covering every issue', timeoutMs: 4 * BUDGET_WINDOW_MS },
    );
    // 3 per window; the burst may straddle a window boundary
    const [{ windows }] = await t.db.query(
      `SELECT COUNT(*)::int AS windows FROM notification_budget WHERE scope = 'integration:bulk-import'`,
    );
    expect(windows).toBeLessThanOrEqual(2);
    expect(settled.pages.length).toBeLessThanOrEqual(3 * windows);
    expect(settled.summaries.length).toBeGreaterThanOrEqual(1);
    expect(settled.summaries.length).toBeLessThanOrEqual(2);
    for (const summary of settled.summaries)
      expect(summary.summary).toMatch(
        new RegExp(`^${summary.held} more issues? from integration bulk-import in the last 5 seconds`),
      );

    const held: Array<{ n: number }> = await t.db.query(
      `SELECT COUNT(*)::int AS n FROM audit_log WHERE action = 'notification_held' AND detail->>'integration' = 'bulk-import'`,
    );
    expect(held[0].n).toBe(words.length - settled.pages.length);
    // once summarised, a window is not summarised again
    const [{ n: before }] = await t.db.query(
      `SELECT COUNT(*)::int AS n FROM notification WHERE state_key LIKE 'budget:%'`,
    );
    await waitFor(async () =>
      (await t.db.query(`SELECT COUNT(*)::int AS n FROM audit_log WHERE action = 'notification_budget_summary'`))[0]
        .n >= settled.summaries.length
        ? true
        : undefined,
    );
    expect((await t.db.query(`SELECT COUNT(*)::int AS n FROM notification WHERE state_key LIKE 'budget:%'`))[0].n).toBe(
      before,
    );
  });
});
