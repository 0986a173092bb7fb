import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { putSeamYaml } from './support/config';
import { postDemo } from './support/demo';
import { syncEvent } from './support/events';
import { postForIssue } from './support/issues';
import { startHttpReceiver } from './support/receivers';
import { startTestApp, type TestApp } from './support/test-app';

// The console in a real headless Chromium (Debian's package, driven by playwright-core) against the real
// service on Postgres and Redis, walked as a support lead would walk the demo (samples/demo.json), at the
// default TRIAGE_THRESHOLD, so the screenshots show what `npm run demo` shows. The needs-triage page is checked
// on an issue the walk raises after the list's screenshot (a release and a business change both just before it).
// .ci/run installs chromium when it is missing.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// `SEAM_SCREENSHOTS=docs npx vitest run test/console.e2e-spec.ts` refreshes the screenshots in docs/
const SCREENSHOTS = process.env.SEAM_SCREENSHOTS;

let t: TestApp;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;
let browser: Browser;
let base: string;
let supportKey: string;

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/**
 * The walk runs on what `npm run demo` applies, seam.example.yaml, with its example.invalid webhook, chat and
 * retry addresses pointed at a local receiver (its email contacts stay: no SMTP server, as in the demo), so
 * the screenshots show what the demo produces.
 */
const EXAMPLE = readFileSync(join(__dirname, '..', 'seam.example.yaml'), 'utf8');
const seamYaml = () => {
  let n = 0;
  return EXAMPLE.replace(/"https:\/\/[^"\s]*\.invalid[^"\s]*"/g, () => `"${http.url(`/example-${(n += 1)}`)}"`);
};
const SIGNING_SECRETS = [
  ...new Set(
    (parse(EXAMPLE).integrations ?? []).flatMap(
      (i: { signingSecrets?: string[] }) => i.signingSecrets?.slice(0, 1) ?? [],
    ),
  ),
] as string[];

async function signIn(page: Page): Promise<void> {
  await page.goto(`${base}/console`);
  await page.fill('input[name=key]', supportKey);
  await page.click('button[type=submit]');
  await page.waitForSelector('#issues tbody tr');
}

/**
 * A failure Seam cannot settle: the integration had a release and its target a business change just before
 * it, and the message reads as bad source data or either of them. It lands in needs_triage at the default
 * threshold; the demo itself has no such issue.
 */
/** An issue Seam cannot decide: a reference not found, just after a release and a business change. */
async function raiseTossUp(): Promise<{ candidates: string[] }> {
  const before = new Date(Date.now() - 10 * 60_000).toISOString();
  await t
    .api()
    .post('/v1/releases')
    .send({ version: '7.2.0', integration: 'erp-wms-transfers', deployedAt: before })
    .expect(201);
  await t
    .api()
    .post('/v1/changes')
    .send({ system: 'wms', description: 'Customer groups reorganised', changedAt: before })
    .expect(201);
  const issue = await postForIssue(
    t.api(),
    syncEvent({
      integration: 'erp-wms-transfers',
      source: { system: 'erp', entity: 'transfer', id: 'TR-5521' },
      target: { system: 'wms', entity: 'transfer' },
      error: { message: 'Customer group WHOLESALE-NZ not found', httpStatus: 404 },
    }),
    { what: 'the toss-up classified' },
  );
  expect(issue.classification).toBe('needs_triage');
  return issue;
}

/** The issue page of the open issue whose row names this integration, opened from the list. */
async function openIssueOf(page: Page, integration: string): Promise<void> {
  await page.goto(`${base}/console#/issues?integration=${integration}`);
  await page.waitForSelector(`#issues tbody tr:has-text("${integration}")`);
  await page.click(`#issues tbody tr:has-text("${integration}") a.title`);
  await page.waitForSelector('#next-step');
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `chromium at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
  http = await startHttpReceiver();
  t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  supportKey = (await t.api().post('/v1/keys').send({ name: 'Sydney desk', role: 'support' }).expect(201)).body.key;
  await putSeamYaml(t.api(), seamYaml()).expect(200);
  await postDemo(t, undefined, { signingSecrets: SIGNING_SECRETS });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
  await http?.close();
});

describe('console, walked as a support lead', () => {
  it('lists open issues with readable titles, integration, systems, a sentence, counts and live refresh', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, timezoneId: 'Pacific/Auckland' });
    await page.goto(`${base}/console`);
    await page.fill('input[name=key]', 'seam_wrong-key');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('[role=alert]')).toContain('unknown or revoked');
    await signIn(page);
    expect(await page.textContent('#who')).toContain('Sydney desk (support) · Pacific/Auckland');

    // open issues by default: the demo's eight issues less the one that recovered
    expect(await page.locator('#issues tbody tr').count()).toBe(7);
    expect(await page.textContent('#total')).toBe('7 open issues match');
    const perClass = await page.locator('#counts a.count').allTextContents();
    expect(perClass).toEqual(['defect 2', 'bad source data 3', 'process change 2', 'needs triage 0']);
    const headers = await page.locator('#issues thead th').allTextContents();
    expect(headers).toEqual([
      'class',
      'issue',
      'integration',
      'owner · assignee',
      'status',
      'failures',
      'records',
      'first seen',
      'last seen',
    ]);
    const invoices = page.locator('#issues tbody tr:has-text("portal-netsuite-invoices")');
    expect(await invoices.locator('a.title').textContent()).toBe('Invalid entity reference key 3310.');
    expect(await invoices.textContent()).toContain('portal → netsuite');
    expect(await invoices.textContent()).toContain('1 portal customer failed to sync to netsuite (4 failures)');
    expect(await invoices.textContent()).toMatch(/\d+ min ago/);
    const webshop = page.locator('#issues tbody tr:has-text("webshop-bc-items")');
    expect(await webshop.textContent()).toContain(
      '6 webshop items failed to sync to Business Central since release 3.1.0',
    );
    const list = (await page.textContent('#issues')) ?? '';
    expect(list).not.toMatch(/<n>|<uuid>|null|undefined/);
    expect(await page.textContent('#updated')).toMatch(/updated \d+ s ago/);
    await shot(page, 'console-issues');

    // counts follow the filters, and a class filter lists that class alone
    await page.selectOption('select[name=classification]', 'defect');
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.textContent('#total')).toBe('2 open issues match');
    expect(await page.locator('#issues tbody tr').count()).toBe(2);

    // resolved issues through the status filter
    await page.selectOption('select[name=classification]', '');
    await page.selectOption('select[name=status]', 'resolved');
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.textContent('#issues tbody')).toContain('Email address must be valid.');
    expect(await page.locator('#issues tbody tr').count()).toBe(1);

    // the list refreshes itself: a new failure shows up without a reload
    await page.selectOption('select[name=status]', 'open');
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.locator('#issues tbody tr').count()).toBe(7);
    await t
      .api()
      .post('/v1/events')
      .send(
        syncEvent({
          integration: 'live-refresh-orders',
          error: { message: 'Internal error while saving order SO-1', httpStatus: 500 },
        }),
      )
      .expect(202);
    await page.waitForSelector('#issues tbody tr:has-text("live-refresh-orders")', { timeout: 30_000 });
    expect(await page.textContent('#total')).toBe('8 open issues match');
    // resolved again, so the later screenshots (the engineering queue) show the demo's issues alone
    const live = (await t.api().get('/v1/issues?integration=live-refresh-orders').expect(200)).body.items[0];
    await t.api().post(`/v1/issues/${live.id}/resolve`).send({}).expect(200);
    await page.close();
  }, 60_000);

  it('opens a notification’s link (the issue’s console page) after signing in', async () => {
    const issue = (await t.api().get('/v1/issues?integration=pos-myob-sales').expect(200)).body.items[0];
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}${issue.consolePath}`);
    await page.fill('input[name=key]', supportKey);
    await page.click('button[type=submit]');
    await page.waitForSelector('#next-step');
    expect(await page.textContent('#issue-title')).toBe('You may not record transactions before the lock date');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#issues tbody tr');
    await page.close();
  });

  it('moves through the list with the keyboard and opens an issue with Enter', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page);
    const second = await page.locator('#issues tbody tr').nth(1).getAttribute('data-id');
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('#issues tbody tr.selected').getAttribute('data-id')).toBe(second);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('#issues tbody tr.selected').getAttribute('data-id')).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#next-step');
    expect(page.url()).toContain(`#/issue/${second}`);
    await page.close();
  });

  it('shows each class’s next step from the evidence', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page);

    // bad source data: the record and its name, retry offered (a retry URL is configured)
    await openIssueOf(page, 'portal-netsuite-invoices');
    expect(await page.textContent('#issue-title')).toBe('Invalid entity reference key 3310.');
    expect(await page.textContent('#issue-meta')).toContain(
      'portal-netsuite-invoices · portal → netsuite · owner support · unassigned · new',
    );
    expect(await page.textContent('#next-step .step')).toBe(
      'Fix CUST-3310 (Harbour Foods Pty Ltd) in portal, then retry through the integration.',
    );
    expect(await page.locator('#retry').count()).toBe(1);
    expect(await page.textContent('#records')).toContain('Harbour Foods Pty Ltd');
    expect(await page.getAttribute('#records a', 'href')).toBe('https://portal.example/customers/CUST-3310');
    expect(await page.inputValue('select[name=classification]')).not.toBe('bad_source_data');
    expect(await page.textContent('#fingerprint')).toMatch(/^[0-9a-f]{32}$/);
    await shot(page, 'console-issue', true);

    // defect: the release and the ticket; no retry without a retry URL; the release is nearby
    await openIssueOf(page, 'webshop-bc-items');
    expect(await page.textContent('#next-step .step')).toContain('first seen with release 3.1.0');
    expect(await page.textContent('#ticket-summary')).toBe(
      `[webshop-bc-items] ${await page.textContent('#issue-title')}`,
    );
    expect(await page.locator('#retry').count()).toBe(0);
    expect(await page.textContent('#nearby')).toContain('release 3.1.0');
    const times = await page
      .locator('#samples time')
      .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
    expect(times).toHaveLength(6);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // process change: the business change and the business owner
    await openIssueOf(page, 'pos-myob-sales');
    expect(await page.textContent('#next-step')).toContain(
      'myob changed: "Lock date moved to 31 October for month-end close". Ask Mia Chen and Raj Patel (Support desk (Melbourne))',
    );
    expect(await page.textContent('#next-step')).toContain(
      'Business owner: Support desk (Melbourne) — Mia Chen, Raj Patel',
    );

    // needs triage: the two candidates and what would decide, one click to settle it
    // (which two classes the model weighs is its business: the page must offer exactly those two)
    const { candidates } = await raiseTossUp();
    expect(candidates).toHaveLength(2);
    const [, runnerUp] = candidates.map((cls) => cls.replace(/_/g, ' '));
    await openIssueOf(page, 'erp-wms-transfers');
    expect(await page.textContent('#next-step .step')).toMatch(
      /^Seam cannot tell whether this is .+\. What decides: if the referenced record exists/,
    );
    const choices = await page.locator('#next-step .actions button').allTextContents();
    expect(new Set(choices)).toEqual(new Set(candidates.map((cls) => cls.replace(/_/g, ' '))));
    await page.click(`#next-step .actions button:text-is("${runnerUp}")`);
    await expect.poll(() => page.textContent('#what-happened .pill')).toBe(runnerUp);
    expect(await page.textContent('#timeline')).toContain('Sydney desk');

    // nothing nearby says so
    await openIssueOf(page, 'crm-xero-invoices');
    expect(await page.textContent('#nearby')).toContain('None recorded');
    await page.close();
  }, 60_000);

  it('reclassifies, assigns and resolves from the issue page', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page);
    await openIssueOf(page, 'app-salesforce-leads');
    await page.selectOption('select[name=classification]', 'process_change');
    await page.fill('input[name=note]', 'new duplicate rules in Salesforce');
    await page.click('button:text-is("Reclassify")');
    await expect.poll(() => page.textContent('#what-happened .pill')).toBe('process change');
    await expect.poll(() => page.inputValue('select[name=classification]')).not.toBe('process_change');
    await page.fill('input[name=assignee]', 'Raj');
    await page.click('button:text-is("Assign")');
    await expect.poll(() => page.textContent('#issue-meta')).toContain('assigned to Raj');
    await page.click('button:text-is("Resolve")');
    await expect.poll(() => page.textContent('#issue-meta')).toContain('· resolved ·');
    await page.close();
  });

  it('looks up a record by lower-case partial id and by its name, with its history', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page);
    await page.click('a[data-view=record]');
    // (the issues list has a record filter of the same name: wait for the lookup's own form)
    await page.waitForSelector('h2:text-is("Record lookup")');
    await page.fill('input[name=record]', 'cust-331');
    await page.click('text=Look up');
    await page.waitForSelector('#record-results .record');
    expect(await page.locator('#record-results .record').count()).toBe(1);
    expect(await page.textContent('#record-results h3')).toContain('CUST-3310 — Harbour Foods Pty Ltd');
    expect(await page.textContent('.record-issues')).toContain('Invalid entity reference key 3310.');
    expect(await page.locator('.record-issues thead th').allTextContents()).toEqual([
      'class',
      'issue',
      'integration',
      'status',
      'record',
      'failures',
      'first seen',
      'last seen',
    ]);
    expect(await page.locator('.record-events tbody tr').count()).toBe(4);
    await shot(page, 'console-record');

    await page.fill('input[name=record]', 'harbour');
    await page.click('text=Look up');
    // the lookup's own render (its form carries the text as its value attribute), not the previous one's results:
    // typing into a form about to be replaced would submit the old text again
    await page.waitForSelector('input[name=record][value="harbour"]');
    expect(await page.textContent('#record-results')).toContain('CUST-3310');
    await page.fill('input[name=record]', 'nobody-at-all');
    await page.click('text=Look up');
    await page.waitForSelector('#no-records');
    expect(await page.textContent('#no-records')).toContain('No record matches');
    await page.close();
  });

  it('shows the engineering queue with headers, honest rates and whole tickets, and the owners page styled', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await signIn(page);
    await page.click('a[data-view=engineering]');
    await page.waitForSelector('#engineering tbody tr');
    expect(await page.locator('#engineering thead th').allTextContents()).toEqual([
      'issue',
      'integration',
      'records',
      'failures',
      'release',
      'first seen',
      'ticket',
    ]);
    const webshop = page.locator('#engineering tbody tr:has-text("webshop-bc-items")');
    expect(await webshop.textContent()).toContain('6 in 5 min');
    expect(await webshop.textContent()).toContain('since 3.1.0');
    const ticket = (await webshop.locator('pre.ticket').textContent()) ?? '';
    expect(ticket).toContain('Failures: 6 on 6 records');
    expect(ticket).toMatch(/Seam: http:\/\/127\.0\.0\.1:\d+\/console#\/issue\/[0-9a-f-]{36}$/);
    await shot(page, 'console-engineering');

    await page.click('a[data-view=owners]');
    await page.waitForSelector('iframe');
    const frame = page.frameLocator('iframe');
    expect(await frame.locator('h1').textContent()).toBe('Ownership');
    // the document's own style applies (the console's CSP allows it by hash) …
    const collapse = await frame
      .locator('table')
      .first()
      .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).borderCollapse);
    expect(collapse).toBe('collapse');
    // … and the frame is as tall as the document: one scroll bar, the page's
    await expect
      .poll(() =>
        page.locator('iframe').evaluate((el) => {
          const content = (el as unknown as { contentDocument: { documentElement: { scrollHeight: number } } | null })
            .contentDocument;
          return el.clientHeight >= (content?.documentElement.scrollHeight ?? Infinity);
        }),
      )
      .toBe(true);
    expect(await page.textContent('main')).toContain('Escalation-path audit');
    // response times per team (GET /v1/reports/response): every team that owns one of the walk's issues
    expect(await page.locator('#response-times thead th').allTextContents()).toEqual([
      'team',
      'issues',
      'acknowledged',
      'resolved',
      'open',
      'MTTA',
      'MTTR',
    ]);
    const teams = await page.locator('#response-times tbody tr td:first-child').allTextContents();
    expect(new Set(teams)).toEqual(new Set(['support', 'engineering', 'business']));
    // what Seam learned from people (GET /v1/reports/learning): the issue reclassified and resolved above
    expect(await page.locator('#learning thead th').allTextContents()).toEqual([
      'system',
      'settled',
      'right, model alone',
      'right, with corrections',
      'turned right',
      'turned wrong',
      'so far',
    ]);
    const settled = await page.locator('#learning tbody tr td:nth-child(2)').allTextContents();
    expect(settled.reduce((sum, n) => sum + Number(n), 0)).toBeGreaterThanOrEqual(1);
    expect(cspErrors).toEqual([]);
    await shot(page, 'console-owners', true);
    // a system's name leads to the issues people reclassified there: where reviewing what Seam learned starts
    const reviewed = page.locator('#learning tbody tr td:first-child a').first();
    const reviewedSystem = await reviewed.textContent();
    await reviewed.click();
    await page.waitForSelector('#issues tbody tr');
    expect(await page.locator('select[name="classifiedBy"]').inputValue()).toBe('human');
    expect(await page.locator('input[name="system"]').inputValue()).toBe(reviewedSystem);
    await context.close();
  });

  it('keeps a support key out of the queue dashboard and an integration key out of the console', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'support', password: supportKey } });
    const response = await (await context.newPage()).goto(`${base}/admin/queues`);
    expect(response?.status()).toBe(403);
    await context.close();
    const integration = (await t.api().post('/v1/keys').send({ name: 'portal', role: 'integration' }).expect(201)).body
      .key;
    const refused = await t.as().post('/console/session').send({ key: integration }).expect(403);
    expect(refused.body.message[0]).toContain(
      "console.use needs one of the roles support, engineering, business, admin; this key's role is integration",
    );
    const signedIn = await t.as().post('/console/session').send({ key: supportKey }).expect(200);
    const cookie = String(signedIn.headers['set-cookie']);
    expect(cookie).toMatch(/seam_session=seam_[^;]+; HttpOnly; SameSite=Strict/);
    expect(cookie).not.toContain(supportKey);
  });
});
