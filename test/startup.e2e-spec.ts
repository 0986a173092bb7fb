import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from './support/env';
import { freePort } from './support/free-port';
import { createDatabase, databaseUrl, dropDatabase } from './support/postgres';
import { waitFor } from './support/wait-for';

/**
 * The first minutes of a new user, with the service as they run it (`node dist/main.js`): where it serves,
 * the admin key it shows once, and one readable line when it cannot start.
 */

interface Run {
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

function run(script: string, env: Record<string, string>): Run {
  // only what the test sets: a developer's own DATABASE_URL or SEAM_ADMIN_KEY must not leak in
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'development' };
  const child = spawn(process.execPath, [script], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const result: Run = {
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return result.exited;
    },
  };
  child.stdout.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
  return result;
}

const database = `seam_startup_${process.pid}`;

let dataDir: string;
let busy: Server;
let busyPort: number;

beforeAll(async () => {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  dataDir = mkdtempSync(join(tmpdir(), 'seam-startup-'));
  await createDatabase(TEST_DATABASE_URL, database);
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => busy.close(resolve));
  await dropDatabase(TEST_DATABASE_URL, database);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('start-up', () => {
  it('shows a generated admin key once, whole, serves on loopback in one line, and not again on the next start', async () => {
    const env = {
      DATABASE_URL: databaseUrl(TEST_DATABASE_URL, database),
      DATA_DIR: dataDir,
      QUEUE_PREFIX: `startup${process.pid}`,
    };
    const port = await freePort();
    const first = run('dist/main.js', { ...env, PORT: String(port) });
    await waitFor(async () => first.stdout.includes('serving on'), {
      timeoutMs: 60_000,
      what: `first start serving: ${first.stderr}`,
    });
    const key = readFileSync(join(dataDir, 'admin-key'), 'utf8').trim();
    expect(key).toMatch(/^seam_[A-Za-z0-9_-]{40,}$/);
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; level: string });
    // the key in full (not seam_[redacted]), exactly once
    expect(lines.filter((line) => line.msg.includes(key))).toHaveLength(1);
    expect(first.stdout).not.toContain('[redacted]');
    // quiet: no route mapping, no module list, no uuid-ossp warning; one line says where it serves
    expect(first.stdout).not.toMatch(/Mapped \{|dependencies initialized|uuid-ossp/);
    const serving = lines.filter((line) => line.msg.includes('serving on'));
    expect(serving).toHaveLength(1);
    expect(serving[0].msg).toContain(`http://127.0.0.1:${port};`);
    expect(lines.length).toBeLessThanOrEqual(4);
    const answer = await fetch(`http://127.0.0.1:${port}/v1/issues`, { headers: { authorization: `Bearer ${key}` } });
    expect(answer.status).toBe(200);
    expect(await first.stop()).toBe(0);

    const second = run('dist/main.js', { ...env, PORT: String(port) });
    await waitFor(async () => second.stdout.includes('serving on'), {
      timeoutMs: 60_000,
      what: `second start serving: ${second.stderr}`,
    });
    expect(second.stdout).not.toContain(key);
    expect(second.stdout).not.toContain('generated the admin API key');
    expect(
      (await fetch(`http://127.0.0.1:${port}/v1/issues`, { headers: { authorization: `Bearer ${key}` } })).status,
    ).toBe(200);
    expect(await second.stop()).toBe(0);
  }, 150_000);

  it('a busy port is one line naming the port and what to do, before migrations or a generated key', async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'seam-busy-'));
    const service = run('dist/main.js', {
      DATABASE_URL: databaseUrl(TEST_DATABASE_URL, database),
      DATA_DIR: emptyDir,
      PORT: String(busyPort),
    });
    expect(await service.exited).toBe(1);
    expect(service.stderr.trim().split('\n')).toEqual([
      `seam: port ${busyPort} on 127.0.0.1 is already in use (another Seam, or another program): stop it, or start with PORT=<a free port>`,
    ]);
    expect(service.stdout).toBe('');
    rmSync(emptyDir, { recursive: true, force: true });
  }, 30_000);

  it.each([
    [
      'Postgres',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/seam' },
      /^seam: cannot reach Postgres at 127\.0\.0\.1:1 \(.+\): start it/,
    ],
    [
      'Redis',
      { DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: 'redis://127.0.0.1:1' },
      /^seam: cannot reach Redis at 127\.0\.0\.1:1 \(.+\): start it/,
    ],
  ])(
    'an unreachable %s is one line saying what to start',
    async (_name, env, expected) => {
      const service = run('dist/main.js', { ...env, PORT: String(await freePort()) });
      expect(await service.exited).toBe(1);
      const lines = service.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
    },
    30_000,
  );

  it('the demo against a port where nothing answers is one line naming the URL and what to do', async () => {
    const port = await freePort();
    const demo = run('scripts/demo.mjs', {
      SEAM_URL: `http://127.0.0.1:${port}`,
      SEAM_API_KEY: 'seam_not-used-0123456789',
    });
    expect(await demo.exited).toBe(1);
    const lines = demo.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`nothing answers at http://127.0.0.1:${port}`);
    expect(lines[0]).toContain('SEAM_URL');
  }, 30_000);
});
