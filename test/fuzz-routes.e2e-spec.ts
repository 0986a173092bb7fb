import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncEvent } from './support/events';
import { postForIssue } from './support/issues';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import {
  bodyCase,
  contractBreach,
  describeSent,
  fromSchema,
  FuzzClient,
  pathSegment,
  queryString,
  vocabularyOf,
  vocabularyShape,
  type Answer,
  type Schema,
  type Sent,
} from './support/route-fuzz';

// Property-based fuzzing of every route the service serves, in three dimensions: the query string, the path
// parameters, and the body. The route list is what Fastify registered (an onRoute hook installed before any
// route), not a list kept here, and the test fails when the fuzzed set and the served set differ: a new
// route cannot escape. Every answer is below 500 and comes in time; a 4xx has Seam's error shape.
// The fuzz runs with the admin key and the rate limits lifted, so authorisation passes and handlers run,
// and with Bull Board writable, so its handlers run too (against a queue that does not exist, for writes).
//
// Reproduce with FUZZ_SEED=<seed printed on failure> npx vitest run --project e2e test/fuzz-routes.e2e-spec.ts;
// FUZZ_ONLY='<METHOD url dimension>' (as printed) runs that one property alone (any part of the name: those matching).

const SEED = Number(process.env.FUZZ_SEED ?? 20261103);
/** cases per route and dimension: 1,000 by default; CI's second Node takes fewer (.ci/run) */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** requests in flight: one property per worker, each sequential */
const CONCURRENCY = 6;
const ONLY = process.env.FUZZ_ONLY;

type Dimension = 'query' | 'path' | 'body';

interface Route {
  method: string;
  url: string;
}
const keyOf = (route: Route) => `${route.method} ${route.url}`;

/**
 * Served but not fuzzed, each with its reason. The test fails when one of these is no longer served, so
 * the list cannot hide a route by going stale.
 */
const NOT_FUZZED: Record<string, string> = {
  'GET /docs/*': 'static files of the OpenAPI page (@fastify/static from swagger-ui-dist)',
  'HEAD /docs/*': 'static files of the OpenAPI page (@fastify/static from swagger-ui-dist)',
  'GET /admin/queues/static/*': "static files of Bull Board's UI (@fastify/static)",
  'HEAD /admin/queues/static/*': "static files of Bull Board's UI (@fastify/static)",
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * 4xx answers that come in a shape of their own, by a third party, each with its reason. Seam's own refusals on
 * these routes (authentication, NUL, body limits) still come in Seam's shape; only these are let through.
 */
function foreignShapeOf(route: Route): ((body: Record<string, unknown>) => boolean) | undefined {
  // Bull Board's API answers its own errors as { error: { key } }, a translation key its UI reads
  if (route.url.startsWith('/admin/queues'))
    return (body) => typeof (body.error as { key?: unknown } | null)?.key === 'string';
  // @nestjs/swagger registers /docs/LICENSE only to throw NotFoundException, outside Nest's filters (Fastify's default shape)
  if (route.url === '/docs/LICENSE') return (body) => body.statusCode === 404 && body.message === 'Not Found';
  return undefined;
}

let t: TestApp;
let client: FuzzClient;
const served: Route[] = [];
let openApi: {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ name: string; in: string }>;
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
};
let issueId: string;

beforeAll(async () => {
  t = await startTestApp(
    {
      RATE_LIMIT_PER_KEY: '100000000',
      RATE_LIMIT_PER_INTEGRATION: '100000000',
      AUTH_FAILURES_PER_IP: '100000000',
      QUEUE_DASHBOARD_WRITE: 'true',
    },
    {
      onRoute: (route: RouteOptions) => {
        for (const method of [route.method].flat()) served.push({ method, url: route.url });
      },
    },
  );
  await t.app.listen(0, '127.0.0.1');
  const port = (t.app.getHttpServer().address() as AddressInfo).port;
  client = new FuzzClient(port, { authorization: `Bearer ${TEST_ADMIN_KEY}` }, CONCURRENCY);
  openApi = (await t.api().get('/docs-json').expect(200)).body;
  // one real issue, so the issue routes' bodies and queries reach past "not found"
  issueId = (
    await postForIssue(
      t.api(),
      syncEvent({
        eventId: 'fuzz-routes-1',
        integration: 'fuzz-routes',
        source: { system: 'shopify', entity: 'order', id: 'fz-record-1' },
      }),
      { what: 'the fuzz issue' },
    )
  ).id;
});
afterAll(async () => {
  client?.close();
  await t?.close();
});

// ---------------------------------------------------------------------------------------------------
// The routes and what a case of each dimension sends

const paramsOf = (url: string) => [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);

/** The value a parameter has when another dimension is being fuzzed: real where it matters, harmless where it does not. */
function homeValue(route: Route, name: string): string {
  if (route.url.startsWith('/v1/issues/') && name === 'id') return issueId;
  if (route.url.startsWith('/admin/queues/') && name === 'queueName') {
    // reads look at a real queue; writes (obliterate, pause, add) at one that does not exist
    return route.method === 'GET' || route.method === 'HEAD' ? 'pipeline' : 'fuzz-no-such-queue';
  }
  const homes: Record<string, string> = {
    id: '00000000-0000-4000-8000-00000000f022',
    team: 'fuzz-team',
    member: 'fuzz-member',
    integration: 'fuzz-routes',
    file: 'app.js',
    jobId: 'fuzz-job',
    queueStatus: 'failed',
    schedulerId: 'fuzz-scheduler',
  };
  return homes[name] ?? 'fuzz';
}

function concretePath(route: Route, values: Record<string, string> = {}): string {
  return route.url.replace(
    /:([A-Za-z0-9_]+)/g,
    (_, name: string) => values[name] ?? encodeURIComponent(homeValue(route, name)),
  );
}

function operationOf(route: Route) {
  const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  return openApi.paths[path]?.[route.method.toLowerCase()];
}

function caseArbitrary(route: Route, dimension: Dimension): fc.Arbitrary<Sent> {
  const method = route.method;
  if (dimension === 'query') {
    const documented = (operationOf(route)?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    return queryString(documented).map((query) => ({ method, path: `${concretePath(route)}?${query}` }));
  }
  if (dimension === 'path') {
    const names = paramsOf(route.url);
    // each parameter fuzzed or at home, at least one fuzzed
    return fc
      .tuple(
        fc.array(pathSegment, { minLength: names.length, maxLength: names.length }),
        fc.integer({ min: 1, max: 2 ** names.length - 1 }),
      )
      .map(([segments, mask]) => ({
        method,
        path: concretePath(
          route,
          Object.fromEntries(names.flatMap((name, i) => (mask & (1 << i) ? [[name, segments[i]]] : []))),
        ),
      }));
  }
  const schema = operationOf(route)?.requestBody?.content?.['application/json']?.schema;
  const shape = schema
    ? fromSchema(schema, openApi.components.schemas)
    : vocabularyShape(vocabularyOf(openApi.components.schemas));
  return bodyCase(shape).map((c) => ({ method, path: concretePath(route), contentType: c.contentType, body: c.body }));
}

function dimensionsOf(route: Route): Dimension[] {
  return [
    'query',
    ...(paramsOf(route.url).length > 0 ? ['path' as const] : []),
    ...(BODY_METHODS.has(route.method) ? ['body' as const] : []),
  ];
}

/** A seed per property, from its name: the same property gets the same cases whatever else runs. */
function seedOf(name: string): number {
  let hash = SEED | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

interface Outcome {
  name: string;
  runs: number;
  failure?: string;
  statuses: Map<number, number>;
}

async function fuzzOne(route: Route, dimension: Dimension): Promise<Outcome> {
  const name = `${keyOf(route)} ${dimension}`;
  const seed = seedOf(name);
  const statuses = new Map<number, number>();
  const foreignShape = foreignShapeOf(route);
  let runs = 0;
  try {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(route, dimension), async (sent) => {
        runs += 1;
        let answer: Answer;
        try {
          answer = await client.send(sent);
        } catch (error) {
          throw new Error(`${(error as Error).message}\n  sent: ${describeSent(sent)}`, { cause: error });
        }
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const breach = contractBreach(sent.method, answer, foreignShape);
        if (breach)
          throw new Error(
            `${breach}\n  sent: ${describeSent(sent)}\n  got ${answer.status}: ${answer.text.slice(0, 1000)}`,
          );
      }),
      { seed, numRuns: RUNS },
    );
    return { name, runs, statuses };
  } catch (error) {
    // fast-check's report less its hint, and the property's own error (what was sent, what came back)
    const report = (error as Error).message.replace(/\nHint:[^\n]*/g, '');
    const cause = (error as Error).cause instanceof Error ? `\n${((error as Error).cause as Error).message}` : '';
    const why = (report.includes('sent:') ? report : report + cause)
      .split('\n')
      .map((line) => (line.length > 600 ? `${line.slice(0, 600)}… (${line.length} characters)` : line))
      .join('\n');
    return {
      name,
      runs,
      statuses,
      failure: `${name} (fast-check seed ${seed}; FUZZ_SEED=${SEED} FUZZ_ONLY='${name}'):\n${why}`,
    };
  }
}

async function pool<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]);
      }
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------------------------------

describe('fuzzing every route (fast-check)', () => {
  it('fuzzes exactly the routes the service serves, less static files named with a reason', () => {
    const keys = new Set(served.map(keyOf));
    for (const excluded of Object.keys(NOT_FUZZED))
      expect(keys, `${excluded} is excluded but no longer served`).toContain(excluded);
    const fuzzed = served.filter((route) => !(keyOf(route) in NOT_FUZZED));
    expect(new Set([...fuzzed.map(keyOf), ...Object.keys(NOT_FUZZED)])).toEqual(keys);
    // the Nest API, the OpenAPI page and Bull Board's API all register through the hook
    for (const route of [
      'POST /v1/events',
      'GET /v1/issues/:id',
      'GET /docs-json',
      'PUT /admin/queues/api/queues/:queueName/pause',
      'GET /health',
    ])
      expect(keys).toContain(route);
  });

  it(`answers ${RUNS} query strings, path parameters and bodies per route below 500, every 4xx in the error shape`, async () => {
    const routes = served.filter((route) => !(keyOf(route) in NOT_FUZZED));
    const properties = routes
      .flatMap((route) => dimensionsOf(route).map((dimension) => ({ route, dimension })))
      .filter(({ route, dimension }) => !ONLY || `${keyOf(route)} ${dimension}`.includes(ONLY));
    expect(properties.length).toBeGreaterThan(0);
    const started = Date.now();
    const outcomes = await pool(properties, CONCURRENCY, ({ route, dimension }) => fuzzOne(route, dimension));
    const seconds = (Date.now() - started) / 1000;
    const requests = outcomes.reduce((n, o) => n + o.runs, 0);
    console.log(
      `fuzzed ${routes.length} routes, ${properties.length} properties, ${requests} requests in ${seconds.toFixed(1)} s (${Math.round(requests / seconds)}/s)`,
    );
    const failures = outcomes.flatMap((o) => (o.failure ? [o.failure] : []));
    if (failures.length > 0) console.error(`route fuzz failed (FUZZ_SEED=${SEED}):\n\n${failures.join('\n\n')}`);
    expect(failures).toEqual([]);
    for (const outcome of outcomes) expect(outcome.runs, outcome.name).toBeGreaterThanOrEqual(RUNS);
    // the handlers ran: some answers got past validation (1,000 at the default 1,000 cases a route)
    const ok = outcomes.reduce(
      (n, o) => n + [...o.statuses].filter(([s]) => s < 400).reduce((k, [, c]) => k + c, 0),
      0,
    );
    expect(ok).toBeGreaterThan(RUNS);
    const health = await client.send({ method: 'GET', path: '/health' });
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', postgres: 'up', redis: 'up' });
  }, 600_000);
});
