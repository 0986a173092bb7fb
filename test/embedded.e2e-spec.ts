import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedPostgres } from '../src/platform/database/embedded-postgres';
import { loadConfig } from '../src/platform/config/app-config';
import { createApp, resolveRuntime } from '../src/platform/bootstrap';
import { syncEvent } from './support/events';
import { waitFor } from './support/wait-for';

// The one-command start: no DATABASE_URL (embedded PGlite) and no REDIS_URL (BullMQ on Postgres).
let app: NestFastifyApplication;
let embedded: EmbeddedPostgres | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'seam-embedded-'));

beforeAll(async () => {
  const resolved = await resolveRuntime(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', NODE_ENV: 'test' }));
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
    const health = await request(app.getHttpServer()).get('/health').expect(200);
    expect(health.body).toMatchObject({ postgres: 'up', queue: 'up', queueBackend: 'postgres' });

    await request(app.getHttpServer())
      .post('/v1/events')
      .send(syncEvent({ integration: 'embedded-smoke', source: { system: 'portal', entity: 'contact', id: 'CT-1' }, target: { system: 'xero', entity: 'contact' }, error: { message: 'Email address must be valid.', httpStatus: 400 } }))
      .expect(202);
    const issue = await waitFor(
      async () => (await request(app.getHttpServer()).get('/v1/issues').query({ integration: 'embedded-smoke' })).body.items[0],
      { timeoutMs: 20_000, what: 'the embedded issue' },
    );
    expect(issue).toMatchObject({ classification: 'bad_source_data', owner: 'support', status: 'new' });
  });
});
