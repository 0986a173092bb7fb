import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncEvent } from './support/events';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// The console in a real headless Chromium (Debian's package, driven by playwright-core) against the real
// service on Postgres and Redis. .ci/run installs chromium when it is missing.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// `SEAM_SCREENSHOTS=docs npx vitest run test/console.e2e-spec.ts` refreshes the screenshots in docs/
const SCREENSHOTS = process.env.SEAM_SCREENSHOTS;

let t: TestApp;
let browser: Browser;
let base: string;
let supportKey: string;

async function shot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `chromium at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
  t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  supportKey = (await t.api().post('/v1/keys').send({ name: 'Sydney desk', role: 'support' }).expect(201)).body.key;
  const events = [
    syncEvent({ integration: 'portal-xero-contacts', source: { system: 'portal', entity: 'customer', id: 'CUST-42', url: 'https://portal.example/customers/CUST-42' }, target: { system: 'xero', entity: 'contact' }, error: { message: 'Email address must be valid.', httpStatus: 400, field: 'email' }, payload: { email: 'ap@@acme.example', name: 'Acme' } }),
    syncEvent({ integration: 'portal-xero-contacts', source: { system: 'portal', entity: 'customer', id: 'CUST-42' }, target: { system: 'xero', entity: 'contact' }, error: { message: 'Email address must be valid.', httpStatus: 400, field: 'email' }, payload: { email: 'ap@@acme.example', name: 'Acme' } }),
    syncEvent({ integration: 'portal-netsuite-orders', error: { message: "TypeError: Cannot read properties of undefined (reading 'lines')", httpStatus: 500 } }),
  ];
  await t.api().post('/v1/events').send({ events }).expect(202);
  await waitFor(async () => ((await t.api().get('/v1/issues')).body.items.length === 2 ? true : undefined), { what: 'two issues' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('console', () => {
  it('signs in, filters, opens an issue with its trace-back, reclassifies, resolves and looks up a record', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/console`);
    await page.fill('input[name=key]', 'seam_wrong-key');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('[role=alert]')).toContain('unknown or revoked');
    await page.fill('input[name=key]', supportKey);
    await page.click('button[type=submit]');
    await page.waitForSelector('#issues tbody tr');
    expect(await page.textContent('#who')).toContain('Sydney desk (support)');
    expect(await page.locator('#issues tbody tr').count()).toBe(2);
    expect(await page.textContent('main')).not.toContain('null');
    await shot(page, 'console-issues');

    await page.selectOption('select[name=classification]', 'bad_source_data');
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.locator('#issues tbody tr').count()).toBe(1);
    expect(await page.textContent('#issues tbody')).toContain('email address must be valid');

    await page.click('#issues tbody tr');
    await page.waitForSelector('#records');
    expect(await page.textContent('#records')).toContain('CUST-42');
    expect(await page.getAttribute('#records a', 'href')).toBe('https://portal.example/customers/CUST-42');
    expect(await page.textContent('mark')).toContain('"email"');
    await shot(page, 'console-issue');

    await page.selectOption('select[name=classification]', 'process_change');
    await page.fill('input[name=note]', 'new contact rules in Xero');
    await page.click('text=Reclassify');
    await expect.poll(() => page.textContent('.pill')).toBe('process change');
    expect(await page.textContent('#timeline')).toContain('Sydney desk');
    await page.fill('input[name=assignee]', 'Raj');
    await page.click('text=Assign');
    await expect.poll(() => page.textContent('.card p')).toContain('assigned to Raj');
    await page.click('text=Resolve');
    await expect.poll(() => page.textContent('.card p')).toContain('resolved');

    await page.click('a[data-view=record]');
    await page.fill('input[name=record]', 'CUST-42');
    await page.click('text=Look up');
    await page.waitForSelector('#record-issues tr');
    expect(await page.textContent('#record-issues')).toContain('email address must be valid');
    await page.waitForSelector('#record-events tr');
    expect(await page.locator('#record-events tr').count()).toBe(2);
    await page.close();
  });

  it('shows the engineering queue and the owners page with the audit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/console`);
    await page.fill('input[name=key]', supportKey);
    await page.click('button[type=submit]');
    await page.waitForSelector('#issues');
    await page.click('a[data-view=engineering]');
    await page.waitForSelector('#engineering tr');
    expect(await page.textContent('#engineering')).toContain('typeerror');
    expect(await page.inputValue('#engineering textarea')).toContain('Failures: 1 on 1 records');
    await shot(page, 'console-engineering');
    await page.click('a[data-view=owners]');
    await page.waitForSelector('iframe');
    expect(await page.frameLocator('iframe').locator('h1').textContent()).toBe('Ownership');
    expect(await page.textContent('main')).toContain('Escalation-path audit');
    await context.close();
  });

  it('keeps a support key out of the queue dashboard and an integration key out of the console', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'support', password: supportKey } });
    const response = await (await context.newPage()).goto(`${base}/admin/queues`);
    expect(response?.status()).toBe(403);
    await context.close();
    const integration = (await t.api().post('/v1/keys').send({ name: 'portal', role: 'integration' }).expect(201)).body.key;
    const refused = await t.as().post('/console/session').send({ key: integration }).expect(403);
    expect(refused.body.message[0]).toContain("console.use needs one of the roles support, engineering, business, admin; this key's role is integration");
    const signedIn = await t.as().post('/console/session').send({ key: supportKey }).expect(200);
    const cookie = String(signedIn.headers['set-cookie']);
    expect(cookie).toMatch(/seam_session=seam_[^;]+; HttpOnly; SameSite=Strict/);
    expect(cookie).not.toContain(supportKey);
  });
});
