// The project's shared context scenarios (data/scenarios.json, which `npm run bench:scenarios` replays over HTTP), and
// variants of them that must not change their answer: what the held-back scenarios may do differently without the
// situation changing. A deploy marker posted late or for the system, a release only the events carry, a business
// change posted late or for no integration, fewer successes, no payload, a success posted without waiting for the
// issue. Each variant runs under integration names of its own, so it cannot lean on what another variant stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario, ScenarioEvent, Step } from './scenarios';

export const SHARED_SCENARIOS: Scenario[] = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'data', 'scenarios.json'), 'utf8'),
) as Scenario[];

const byName = (name: string): Scenario => {
  const scenario = SHARED_SCENARIOS.find((s) => s.name === name);
  if (!scenario) throw new Error(`data/scenarios.json has no scenario named ${name}`);
  return scenario;
};

const isMarker = (step: Step, path: string): boolean => 'post' in step && step.post === path;
const eventsOf = (step: Step): ScenarioEvent[] => ('events' in step ? step.events : []);

/** A copy of the scenario with every integration name suffixed, then changed by `change`. */
function variant(base: string, name: string, change: (steps: Step[]) => Step[]): Scenario {
  const scenario = structuredClone(byName(base));
  const suffix = `-v${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.slice(0, 40);
  const rename = (integration: string) => `${integration}${suffix}`;
  for (const step of scenario.steps) {
    for (const event of eventsOf(step)) event.integration = rename(event.integration);
    if ('body' in step && typeof step.body.integration === 'string')
      step.body.integration = rename(step.body.integration);
    if ('wait' in step) step.wait.find.integration = rename(step.wait.find.integration);
    if ('act' in step) step.find.integration = rename(step.find.integration);
  }
  for (const expected of scenario.expect) expected.find.integration = rename(expected.find.integration);
  return { ...scenario, name: `${base}, ${name}`, steps: change(scenario.steps) };
}

const withoutRelease = (steps: Step[]): Step[] => {
  for (const step of steps) for (const event of eventsOf(step)) delete event.release;
  return steps;
};

export const SHARED_SCENARIO_VARIANTS: Scenario[] = [
  variant('release-regression', 'the release only on the events, no deploy marker', (steps) =>
    steps.filter((step) => !isMarker(step, '/v1/releases')),
  ),
  variant('release-regression', 'the deploy marker posted after the failures, no release on the events', (steps) => {
    const marker = steps.filter((step) => isMarker(step, '/v1/releases'));
    return withoutRelease([...steps.filter((step) => !isMarker(step, '/v1/releases')), ...marker]);
  }),
  variant('release-regression', 'the deploy marker for the source system, not the integration', (steps) =>
    withoutRelease(
      steps.map((step) => {
        if (!isMarker(step, '/v1/releases') || !('post' in step)) return step;
        const { integration: _integration, ...body } = step.body;
        return { ...step, body: { ...body, system: 'portal' } };
      }),
    ),
  ),
  variant('new-status-value', 'the business change posted after the failures', (steps) => {
    const change = steps.filter((step) => isMarker(step, '/v1/changes'));
    return [...steps.filter((step) => !isMarker(step, '/v1/changes')), ...change];
  }),
  variant('new-status-value', 'the business change for the system, no integration', (steps) =>
    steps.map((step) => {
      if (!isMarker(step, '/v1/changes') || !('post' in step)) return step;
      const { integration: _integration, ...body } = step.body;
      return { ...step, body };
    }),
  ),
  variant('new-status-value', 'no business change recorded: the value new to every success', (steps) =>
    steps.filter((step) => !isMarker(step, '/v1/changes')),
  ),
  variant('stale-customer-master', '20 other records synced, not 200', (steps) =>
    steps.map((step, i) => (i === 0 && 'events' in step ? { events: step.events.slice(0, 20) } : step)),
  ),
  variant('stale-customer-master', 'no payload on the events', (steps) => {
    for (const step of steps) for (const event of eventsOf(step)) delete event.payload;
    return steps;
  }),
  variant('auto-resolve', 'the success posted right after the failures, without waiting for the issue', (steps) =>
    steps.filter((step) => !('wait' in step)),
  ),
  variant('auto-resolve', 'the failures and the success in one request', (steps) => [
    { events: steps.flatMap(eventsOf) },
  ]),
  variant('regressed-after-resolve', 'no release between the resolve and the return', (steps) =>
    steps.filter((step) => !isMarker(step, '/v1/releases')),
  ),
];
