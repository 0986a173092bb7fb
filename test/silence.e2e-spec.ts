import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { succeeded } from './support/events';
import { startHttpReceiver } from './support/receivers';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;
let hooks: Awaited<ReturnType<typeof startHttpReceiver>>;

type Issue = {
  id: string;
  classification: string;
  category: string;
  owner: string;
  status: string;
  resolvedReason: string | null;
  title: string;
};
const silentIssue = async (integration: string): Promise<Issue | undefined> =>
  ((await t.api().get('/v1/issues').query({ integration })).body.items as Issue[]).find(
    (issue) => issue.category === 'integration_silent',
  );

/**
 * Moves an integration's stored events back in time, as if they had arrived then: the nth most recent
 * `minutes(n)` and a half ago. The checks run every 300 ms, and one may have read the clock just before this
 * update and the history just after it; the half minute keeps the silence it measures in the same whole
 * minute either way (a check on a slow machine once measured 40 for 41 whole minutes).
 */
async function arrivedAgo(integration: string, minutes: (n: number) => number): Promise<void> {
  await t.db.query(
    `UPDATE sync_event s SET received_at = now() - make_interval(secs => ($2::float8[])[x.n]) FROM (
       SELECT id, row_number() OVER (ORDER BY id DESC) AS n FROM sync_event WHERE integration = $1
     ) x WHERE s.id = x.id`,
    [integration, Array.from({ length: 100 }, (_, n) => (minutes(n + 1) + 0.5) * 60)],
  );
}

async function send(integration: string, count = 1): Promise<void> {
  await t
    .api()
    .post('/v1/events')
    .send({ events: Array.from({ length: count }, () => succeeded({ integration })) })
    .expect(202);
}

beforeAll(async () => {
  hooks = await startHttpReceiver();
  t = await startTestApp({ SILENCE_CHECK_MS: '300', SILENCE_MIN_EXPECTED_MINUTES: '15' });
  await putSeamYaml(
    t.api(),
    `
teams:
  - { slug: engineering, name: Engineering, lead: sam, members: [{ id: sam, name: Sam, channels: [{ id: sam-hook, kind: webhook, target: "${hooks.url('/sam')}" }] }] }
  - { slug: support, name: Support, lead: mia, members: [{ id: mia, name: Mia, channels: [{ id: mia-mail, kind: email, target: mia@example.com }] }] }
routing:
  - { priority: 10, classification: defect, team: engineering }
  - { priority: 1000, team: support }
policies:
  - { team: engineering, levels: [{ afterMinutes: 0, notify: [sam] }], urgency: { defect: page } }
integrations:
  - { integration: erp-orders-hourly, expectedIntervalMinutes: 5 }
  - { integration: erp-quiet-by-design, expectedIntervalMinutes: 0 }
`,
  ).expect(200);
});
afterAll(async () => {
  await t?.close();
  await hooks?.close();
});

describe('silence detection', () => {
  it('opens an engineering defect when an integration is quiet past its configured interval, pages, and resolves when events come back', async () => {
    await send('erp-orders-hourly');
    await arrivedAgo('erp-orders-hourly', () => 10);
    const issue = await waitFor(() => silentIssue('erp-orders-hourly'), { what: 'an integration_silent issue' });
    expect(issue).toMatchObject({
      classification: 'defect',
      category: 'integration_silent',
      owner: 'engineering',
      status: 'new',
    });
    expect(issue.title).toBe('integration erp-orders-hourly has sent no events for 10 min');
    const detail = (await t.api().get(`/v1/issues/${issue.id}`).expect(200)).body;
    expect(detail.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'integration_silent',
          detail: expect.objectContaining({ expectedMinutes: 5, expectedFrom: 'configured' }),
        }),
      ]),
    );
    // it escalates like any defect: the owner is told
    await waitFor(async () => hooks.to('/sam', 'erp-orders-hourly')[0], { what: 'the page to engineering' });

    await send('erp-orders-hourly');
    const resolved = await waitFor(
      async () => {
        const found = (await t.api().get(`/v1/issues/${issue.id}`)).body;
        return found.status === 'resolved' ? found : undefined;
      },
      { what: 'the silence resolved' },
    );
    expect(resolved.resolvedReason).toMatch(/^events arrived again \(the latest at /);

    // quiet again: the same issue regresses
    await arrivedAgo('erp-orders-hourly', () => 10);
    const again = await waitFor(
      async () => {
        const found = (await t.api().get(`/v1/issues/${issue.id}`)).body;
        return found.status === 'regressed' ? found : undefined;
      },
      { what: 'the silence regressed' },
    );
    expect(again.regressions).toBe(1);
  });

  it('learns the usual interval from history: a busy integration quiet for 40 minutes is silent, one quiet for 2 is not, one configured off never is', async () => {
    await send('crm-busy-contacts', 30);
    await arrivedAgo('crm-busy-contacts', (n) => 1 + n);
    await send('erp-quiet-by-design', 30);
    await arrivedAgo('erp-quiet-by-design', (n) => 100 + n);
    await send('shop-busy-orders', 30);
    await arrivedAgo('shop-busy-orders', (n) => 40 + n);

    const issue = await waitFor(() => silentIssue('shop-busy-orders'), { what: 'the learned silence' });
    const detail = (await t.api().get(`/v1/issues/${issue.id}`).expect(200)).body;
    expect(detail.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'integration_silent',
          detail: expect.objectContaining({ expectedMinutes: 15, expectedFrom: 'learned', silentMinutes: 41 }),
        }),
      ]),
    );
    // the check that opened it saw the others too
    expect(await silentIssue('crm-busy-contacts')).toBeUndefined();
    expect(await silentIssue('erp-quiet-by-design')).toBeUndefined();
  });

  it('refuses a bad expectedIntervalMinutes with a 400 naming the field', async () => {
    const res = await t
      .api()
      .put('/v1/config')
      // every section left out is empty, as in a file that states only its integrations
      .send({ integrations: [{ integration: 'x-y', expectedIntervalMinutes: -1 }] })
      .expect(400);
    expect(res.body.message.join('\n')).toMatch(/integrations\.0\.expectedIntervalMinutes must not be less than 0/);
    const exported = (await t.api().get('/v1/config').query({ format: 'json' }).expect(200)).body;
    expect(exported.integrations).toEqual(
      expect.arrayContaining([{ integration: 'erp-orders-hourly', expectedIntervalMinutes: 5 }]),
    );
  });
});
