import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS, type Find, type Scenario } from './support/scenarios';
import { SHARED_SCENARIO_VARIANTS, SHARED_SCENARIOS } from './support/shared-scenario-variants';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

// Streams of releases, business changes and events whose right answer depends on context, through the
// real service. The shared corpus's scenarios are measured over HTTP by `npm run bench:scenarios`.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const now = Date.now();
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

async function findIssue(find: Find, want: Partial<Record<string, string>> = {}) {
  return waitFor(
    async () => {
      const res = await t.api().get('/v1/issues').query({ integration: find.integration, record: find.record });
      const issue = res.body.items?.[0];
      return issue && Object.entries(want).every(([key, value]) => issue[key] === value) ? issue : undefined;
    },
    { timeoutMs: 20_000, what: `issue ${JSON.stringify(find)} with ${JSON.stringify(want)}` },
  );
}

async function replay(scenario: Scenario): Promise<void> {
  for (const step of scenario.steps) {
    if ('events' in step) {
      const events = step.events.map(({ at: minutes, ...event }) => ({ ...event, occurredAt: at(minutes) }));
      for (let i = 0; i < events.length; i += 500)
        await t
          .api()
          .post('/v1/events')
          .send({ events: events.slice(i, i + 500) })
          .expect(202);
    } else if ('post' in step) {
      const { at: minutes, ...body } = step.body;
      await t
        .api()
        .post(step.post)
        .send({ ...body, [step.post === '/v1/releases' ? 'deployedAt' : 'changedAt']: at(minutes) })
        .expect(201);
    } else if ('wait' in step) {
      await findIssue(step.wait.find);
    } else {
      const issue = await findIssue(step.find);
      await t.api().post(`/v1/issues/${issue.id}/${step.act}`).send({}).expect(200);
    }
  }
  for (const { find, ...want } of scenario.expect) {
    const issue = await findIssue(find, want).catch(async (error) => {
      const res = await t.api().get('/v1/issues').query({ integration: find.integration, record: find.record });
      throw new Error(
        `${(error as Error).message}; last seen ${JSON.stringify(res.body.items?.[0] ? { classification: res.body.items[0].classification, status: res.body.items[0].status } : null)}`,
      );
    });
    expect(issue).toMatchObject(want);
  }
}

describe('context scenarios', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await replay(scenario);
  });
});

describe('the shared scenarios (data/scenarios.json), and variants that must not change their answer', () => {
  it.each([...SHARED_SCENARIOS, ...SHARED_SCENARIO_VARIANTS].map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      await replay(scenario);
    },
  );
});
