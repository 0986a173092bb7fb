import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { postDemo } from './support/demo';
import { syncEvent } from './support/events';
import { startHttpReceiver } from './support/receivers';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// What the console reads at 2am, on the API: readable titles, the sentence of what happened, next steps
// per class from the evidence, counts under the list's filters, the record lookup, the audit banner and
// the notification links. The demo (samples/demo.json) is the data; TRIAGE_THRESHOLD 0.8 makes its two
// toss-ups (classifier confidence capped at 0.79) needs_triage, so every class has an issue.

let t: TestApp;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;

interface Summary {
  id: string;
  title: string;
  classification: string;
  integration: string;
  status: string;
  whatHappened: string;
  normalisedMessage: string | null;
  consolePath: string;
  fingerprint: string;
}

const seamYaml = () => `
teams:
  - slug: support
    name: Support
    members:
      - { id: mia, name: Mia Support, channels: [{ id: mia-slack, kind: slack, target: "${http.url('/mia-slack')}" }] }
  - { slug: engineering, name: Engineering, members: [] }
  - slug: business
    name: Finance and operations
    lead: ana
    members:
      - { id: bo, name: Bo Ops, channels: [] }
      - { id: ana, name: Ana Ruiz, channels: [] }
routing:
  - { priority: 10, classification: defect, team: engineering }
  - { priority: 20, classification: process_change, team: business }
  - { priority: 1000, team: support }
privacy: { sensitiveFields: [email], visibleTo: [admin] }
integrations: [{ integration: portal-netsuite-invoices, retryUrl: "${http.url('/retry')}" }]
`;

const issues = async (query = ''): Promise<Summary[]> =>
  (await t.api().get(`/v1/issues?limit=200&${query}`).expect(200)).body.items;
const byIntegration = async (integration: string) =>
  (await issues(`integration=${integration}&status=open`))[0] ?? (await issues(`integration=${integration}`))[0];

beforeAll(async () => {
  http = await startHttpReceiver();
  t = await startTestApp({ TRIAGE_THRESHOLD: '0.8' });
  const fresh = await t.api().get('/v1/escalation-audit').expect(200);
  expect(fresh.body.banner).toBe(
    'Nobody can be told about issues yet: give a team member or a team a channel (email, Slack, Teams or a webhook) in seam.yaml, then verify it.',
  );
  await putSeamYaml(t.api(), seamYaml()).expect(200);
  await postDemo(t);
}, 90_000);

afterAll(async () => {
  await t?.close();
  await http?.close();
});

describe('readable issues', () => {
  it('titles issues with the latest failure’s own words, ids kept; the fingerprint text stays as a detail', async () => {
    const invoices = await byIntegration('portal-netsuite-invoices');
    expect(invoices.title).toBe('Invalid entity reference key 3310.');
    expect(invoices.normalisedMessage).toBe('invalid entity reference key <n>.');
    expect(invoices.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect((await byIntegration('crm-xero-invoices')).title).toBe(
      'Unauthorized TokenExpired: token expired at 11/24/2026 01:00:00',
    );
    // the latest of the six webshop failures names its own correlation id
    expect((await byIntegration('webshop-bc-items')).title).toBe(
      'An unexpected error occurred while processing the request. Correlation ID: 9a1e2b6f-7d8e-4c55-9a01-000000000005',
    );
  });

  it('says what happened in one sentence, with the systems and the release', async () => {
    expect((await byIntegration('webshop-bc-items')).whatHappened).toBe(
      '6 webshop items failed to sync to Business Central since release 3.1.0',
    );
    expect((await byIntegration('portal-netsuite-invoices')).whatHappened).toBe(
      '1 portal customer failed to sync to netsuite (4 failures)',
    );
    expect((await byIntegration('portal-xero-contacts')).whatHappened).toBe(
      '1 portal contact failed to sync to xero; resolved',
    );
  });

  it('lists open issues with status=open, and counts per class under the same filters', async () => {
    const open = await issues('status=open');
    expect(open.some((issue) => issue.status === 'resolved')).toBe(false);
    expect(open.length).toBe((await issues()).length - 1);
    const summary = (await t.api().get('/console/summary?status=open').expect(200)).body;
    expect(summary.matching.total).toBe(open.length);
    const byClass = Object.fromEntries(
      summary.matching.byClass.map((row: { classification: string; issues: number }) => [
        row.classification,
        row.issues,
      ]),
    );
    expect(byClass).toEqual({ defect: 2, bad_source_data: 1, process_change: 2, needs_triage: 2 });
    const filtered = (await t.api().get('/console/summary?status=open&classification=defect&system=xero').expect(200))
      .body;
    expect(filtered.matching.total).toBe((await issues('status=open&classification=defect&system=xero')).length);
    expect(filtered.matching.total).toBe(1);
  });
});

describe('next steps', () => {
  const stepOf = async (integration: string) =>
    (
      await t
        .api()
        .get(`/v1/issues/${(await byIntegration(integration)).id}`)
        .expect(200)
    ).body;

  it('bad source data names the record and its label, with retry where a retry URL is configured', async () => {
    const detail = await stepOf('portal-netsuite-invoices');
    expect(detail.classification).toBe('bad_source_data');
    expect(detail.nextStep.text).toBe(
      'Fix CUST-3310 (Harbour Foods Pty Ltd) in portal, then retry through the integration.',
    );
    expect(detail.nextStep.retry).toBe(true);
    expect(detail.records[0]).toMatchObject({ id: 'CUST-3310', label: 'Harbour Foods Pty Ltd' });
  });

  it('process change names the business change and the business owner', async () => {
    const detail = await stepOf('pos-myob-sales');
    expect(detail.classification).toBe('process_change');
    expect(detail.nextStep.text).toBe(
      'myob changed: "Lock date moved to 31 October for month-end close". Ask Ana Ruiz and Bo Ops (Finance and operations) whether the integration should follow the change or the setting should go back.',
    );
    expect(detail.nextStep.retry).toBe(false);
  });

  it('defect shows the release and a ticket linking to the console', async () => {
    const detail = await stepOf('webshop-bc-items');
    expect(detail.nextStep).toMatchObject({ kind: 'fix_defect', release: '3.1.0', retry: false });
    expect(detail.nextStep.ticket.summary).toBe(`[webshop-bc-items] ${detail.title}`);
    expect(detail.nextStep.ticket.description).toContain(`/console#/issue/${detail.id}`);
  });

  it('needs triage shows the two candidate classes and what would decide', async () => {
    const detail = await stepOf('crm-bc-customers');
    expect(detail.classification).toBe('needs_triage');
    expect(detail.nextStep.candidates).toHaveLength(2);
    expect(new Set(detail.nextStep.candidates)).toEqual(new Set(['defect', 'bad_source_data']));
    expect(detail.nextStep.text).toMatch(
      /^Seam cannot tell whether this is (defect or bad source data|bad source data or defect)\. What decides: if the referenced record exists/,
    );
  });

  it('shows sample events in the order they happened', async () => {
    const detail = await stepOf('webshop-bc-items');
    const times = detail.sampleEvents.map((event: { occurredAt: string }) => new Date(event.occurredAt).getTime());
    expect(times).toHaveLength(6);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('record lookup', () => {
  it('finds a record by a lower-case partial id, with its history across issues and its events', async () => {
    const found = (await t.api().get('/console/records?q=ust-331').expect(200)).body.items;
    expect(found.map((record: { id: string }) => record.id)).toEqual(['CUST-3310']);
    expect(found[0].label).toBe('Harbour Foods Pty Ltd');
    expect(found[0].issues[0]).toMatchObject({
      title: 'Invalid entity reference key 3310.',
      classification: 'bad_source_data',
      count: 4,
    });
    expect(found[0].events).toHaveLength(4);
  });

  it('finds a record by its label in any case, and by its digits', async () => {
    expect(
      (await t.api().get('/console/records?q=harbour%20FOODS').expect(200)).body.items.map((r: { id: string }) => r.id),
    ).toEqual(['CUST-3310']);
    expect(
      (await t.api().get('/console/records?q=3310').expect(200)).body.items.map((r: { id: string }) => r.id),
    ).toEqual(['CUST-3310']);
  });

  it('still finds a record that never failed by its exact id, and answers none for an unknown text', async () => {
    const succeededOnly = (await t.api().get('/console/records?q=INV-8003').expect(200)).body.items;
    expect(succeededOnly).toHaveLength(1);
    expect(succeededOnly[0].events[0].status).toBe('succeeded');
    expect((await t.api().get('/console/records?q=nothing-like-this').expect(200)).body.items).toEqual([]);
  });

  it('refuses an empty text naming the field', async () => {
    const res = await t.api().get('/console/records?q=').expect(400);
    expect(res.body.message.join(' ')).toContain('q must be longer than or equal to 1 characters');
  });

  it('uses the trigram indexes for a partial match among many records', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM issue LIMIT 1`);
    const bulk = `INSERT INTO issue_record (issue_id, system, entity, record_id, integration, label, first_seen_at, last_seen_at)
                  SELECT $1, 'bulk', 'customer', 'BULK-' || g, 'bulk', 'Customer ' || g, now(), now() FROM generate_series(1, 20000) g`;
    await t.db.query(bulk, [id]);
    await t.db.query('ANALYZE issue_record');
    // the planner may still prefer a scan of 20,000 small rows; what matters is that the indexes serve the search
    // (one connection, so the setting applies to the EXPLAIN)
    const session = t.db.createQueryRunner();
    await session.connect();
    await session.query('SET enable_seqscan = off');
    try {
      const plan: Array<{ 'QUERY PLAN': string }> = await session.query(
        `EXPLAIN SELECT 1 FROM issue_record r WHERE lower(r.record_id) LIKE '%3310%' OR lower(r.target_id) LIKE '%3310%' OR lower(r.label) LIKE '%3310%'`,
      );
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      for (const index of [
        'issue_record_record_trgm_idx',
        'issue_record_target_trgm_idx',
        'issue_record_label_trgm_idx',
      ])
        expect(text).toContain(index);
    } finally {
      await session.query('RESET enable_seqscan');
      await session.release();
      await t.db.query(`DELETE FROM issue_record WHERE system = 'bulk'`);
    }
  });
});

describe('notifications', () => {
  it('title a chat message with the readable title, link to the console page, and mask sensitive values', async () => {
    // bad source data tells its owner from five failures on (DEFAULT_THRESHOLDS)
    const events = [1, 2, 3, 4, 5].map((n) =>
      syncEvent({
        integration: 'crm-mail',
        occurredAt: new Date(Date.now() - (10 - n) * 1000).toISOString(),
        source: { system: 'crm', entity: 'contact', id: `CT-${n}` },
        target: { system: 'xero', entity: 'contact' },
        error: { message: `Email ap${n}@@harbour.example is not a valid address`, httpStatus: 400 },
        payload: { email: `ap${n}@@harbour.example` },
      }),
    );
    await t.api().post('/v1/events').send({ events }).expect(202);
    const issue = await waitFor(async () => (await issues('integration=crm-mail'))[0], { what: 'the crm-mail issue' });
    const slack = await waitFor(
      async () => http.to('/mia-slack').find((request) => JSON.stringify(request.body).includes(issue.id)),
      { what: 'the Slack message', timeoutMs: 30_000 },
    );
    const body = JSON.stringify(slack.body);
    expect(body).toContain('Email •••• is not a valid address');
    expect(body).not.toContain('harbour.example');
    expect(body).toContain(`/console#/issue/${issue.id}`);
    expect(body).not.toContain(`/v1/issues/${issue.id}`);
  });
});
