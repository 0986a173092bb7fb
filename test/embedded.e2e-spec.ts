import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { putSeamYaml } from './support/config';
import { postForIssue } from './support/issues';
import { LOOPBACK_RECEIVERS, TEST_ADMIN_KEY } from './support/test-app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedPostgres } from '../src/platform/database/embedded-postgres';
import { loadConfig } from '../src/platform/config/app-config';
import { createApp, resolveRuntime } from '../src/bootstrap';
import { syncEvent } from './support/events';
import { startHttpReceiver } from './support/receivers';
import { waitFor } from './support/wait-for';

// The one-command start: no DATABASE_URL (embedded PGlite) and no REDIS_URL (BullMQ on Postgres).
let app: NestFastifyApplication;
const api = () => request.agent(app.getHttpServer()).set('authorization', `Bearer ${TEST_ADMIN_KEY}`);
let embedded: EmbeddedPostgres | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'seam-embedded-'));

beforeAll(async () => {
  const resolved = await resolveRuntime(
    loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      NODE_ENV: 'test',
      SEAM_ADMIN_KEY: TEST_ADMIN_KEY,
      OUTBOUND_ALLOW: LOOPBACK_RECEIVERS,
    }),
  );
  embedded = resolved.embedded;
  expect(resolved.runtime.queue.kind).toBe('postgres');
  app = await createApp(resolved.runtime);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});

afterAll(async () => {
  await app?.close();
  await embedded?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded mode (no servers)', () => {
  it('is healthy and turns a posted event into a classified issue', async () => {
    // Readiness, as an orchestrator reads it: the first answers may be 503 while the one in-process Postgres
    // is busy with the worker's start (its schedulers, the outbox sweep) and SELECT 1 waits past the probe's
    // one second on a loaded machine; the service must become ready, and say so.
    const health = await waitFor(
      async () => {
        const answer = await api().get('/health');
        return answer.status === 200 ? answer : undefined;
      },
      { timeoutMs: 20_000, what: 'GET /health to answer 200 in embedded mode' },
    );
    expect(health.body).toMatchObject({ postgres: 'up', queue: 'up', queueBackend: 'postgres' });

    const issue = await postForIssue(
      api(),
      syncEvent({
        integration: 'embedded-smoke',
        source: { system: 'portal', entity: 'contact', id: 'CT-1' },
        target: { system: 'xero', entity: 'contact' },
        error: { message: 'Email address must be valid.', httpStatus: 400 },
      }),
      { timeoutMs: 20_000, what: 'the embedded issue' },
    );
    expect(issue).toMatchObject({ classification: 'bad_source_data', owner: 'support', status: 'new' });
  });

  it('escalates through a channel with its delayed levels on the Postgres-backed queue', async () => {
    const receiver = await startHttpReceiver();
    try {
      const yaml = `
teams:
  - slug: engineering
    name: Engineering
    members: [{ id: eve, name: Eve, channels: [{ id: eve-hook, kind: webhook, target: "${receiver.url('/eve')}" }] }]
  - { slug: support, name: Support, members: [] }
routing:
  - { priority: 10, classification: defect, team: engineering }
  - { priority: 1000, team: support }
policies:
  - { team: engineering, levels: [{ afterMinutes: 0, notify: [eve] }, { afterMinutes: 0.02, notify: [eve] }], urgency: { defect: page } }
`;
      await putSeamYaml(api(), yaml).expect(200);
      await api()
        .post('/v1/events')
        .send(
          syncEvent({
            integration: 'embedded-escalation',
            error: { message: 'ReferenceError: lineTotal is not defined', httpStatus: 500 },
          }),
        )
        .expect(202);
      const both = await waitFor(async () => (receiver.to('/eve').length >= 2 ? receiver.to('/eve') : undefined), {
        timeoutMs: 20_000,
        what: 'both levels delivered',
      });
      expect(both.map((r) => JSON.parse(r.body).type)).toEqual(['issue.notified', 'issue.escalated']);
    } finally {
      await receiver.close();
    }
  });
});
