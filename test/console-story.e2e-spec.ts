import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postDemo } from './support/demo';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ TRIAGE_THRESHOLD: '0.8' });
  await postDemo(t);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('probe', () => {
  it('prints', async () => {
    const items = (await t.api().get('/v1/issues?limit=200')).body.items;
    for (const i of items) console.log(i.classification, '|', i.title, '|', i.whatHappened, '|', i.normalisedMessage);
    for (const i of items) console.log(JSON.stringify((await t.api().get(`/v1/issues/${i.id}`)).body.nextStep));
    console.log(JSON.stringify((await t.api().get('/v1/escalation-audit')).body.banner));
    console.log(JSON.stringify((await t.api().get('/v1/teams')).body).slice(0, 1500));
    expect(items.length).toBeGreaterThan(0);
  });
});
