import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// Replays ../shared/corpus/scenarios.json (streams of releases, business changes and events whose right
// answer depends on context) through the real service, as ../shared/tools/seam_eval.py does over HTTP.
const SCENARIOS = join(__dirname, '..', '..', 'shared', 'corpus', 'scenarios.json');

interface Find {
  integration: string;
  record: string;
}
type Step =
  | { events: Array<Record<string, unknown> & { at: number; eventId: string; integration: string }> }
  | { post: string; body: Record<string, unknown> & { at: number } }
  | { wait: { find: Find } }
  | { act: string; find: Find };
interface Scenario {
  name: string;
  steps: Step[];
  expect: Array<{ find: Find } & Record<string, string>>;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const scenarios: Scenario[] = existsSync(SCENARIOS) ? JSON.parse(readFileSync(SCENARIOS, 'utf8')) : [];
const now = Date.now();
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

async function findIssue(find: Find, want: Record<string, string> = {}) {
  return waitFor(
    async () => {
      const res = await request(t.http).get('/v1/issues').query({ integration: find.integration, record: find.record });
      const issue = res.body.items?.[0];
      return issue && Object.entries(want).every(([key, value]) => issue[key] === value) ? issue : undefined;
    },
    { timeoutMs: 20_000, what: `issue ${JSON.stringify(find)} with ${JSON.stringify(want)}` },
  );
}

describe('context scenarios', () => {
  it('finds the shared scenarios file', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
  });

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    for (const step of scenario.steps) {
      if ('events' in step) {
        const events = step.events.map(({ at: minutes, ...event }) => ({ ...event, occurredAt: at(minutes) }));
        for (let i = 0; i < events.length; i += 500) await request(t.http).post('/v1/events').send({ events: events.slice(i, i + 500) }).expect(202);
      } else if ('post' in step) {
        const { at: minutes, ...body } = step.body;
        await request(t.http).post(step.post).send({ ...body, [step.post === '/v1/releases' ? 'deployedAt' : 'changedAt']: at(minutes) }).expect(201);
      } else if ('wait' in step) {
        await findIssue(step.wait.find);
      } else {
        const issue = await findIssue(step.find);
        await request(t.http).post(`/v1/issues/${issue.id}/${step.act}`).send({}).expect(200);
      }
    }
    for (const { find, ...want } of scenario.expect) {
      const issue = await findIssue(find, want).catch(async (error) => {
        const res = await request(t.http).get('/v1/issues').query({ integration: find.integration, record: find.record });
        throw new Error(`${(error as Error).message}; last seen ${JSON.stringify(res.body.items?.[0] ? { classification: res.body.items[0].classification, status: res.body.items[0].status } : null)}`);
      });
      expect(issue).toMatchObject(want);
    }
  });
});
