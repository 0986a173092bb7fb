// Console: the support console's reads against a database the size of a busy quarter (1,000,000 sync
// events, 100,000 issues, seeded with COPY): GET /v1/issues under each filter of API.md alone, the
// default listing, a combined filter and deep cursors, and GET /v1/issues/:id. N sequential requests
// per query after a warmup, varied values; p50/p99 per query, the median over BENCH_RUNS runs.
//   npm run bench:console   (builds, then npx tsx scripts/bench/console.ts)
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { withClient } from '../../test/support/postgres';
import { CLASSIFICATIONS } from '../../src/classification/domain/classification.types';
import { ISSUE_STATUSES } from '../../src/issues/domain/issue-lifecycle';
import type { ServiceProcess } from '../../test/faults/service-process';
import { BENCH_KEY, clearPrefix, dropDatabase, freshDatabase, median, percentile, startService, table } from './common';
import { SEED_INTEGRATIONS, SEED_OWNERS, seedConsole } from './seed-console';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REQUESTS = Number(process.env.BENCH_CONSOLE_REQUESTS ?? 200);
const WARMUP = Number(process.env.BENCH_CONSOLE_WARMUP ?? 20);
const EVENTS = Number(process.env.BENCH_CONSOLE_EVENTS ?? 1_000_000);
const ISSUES = Number(process.env.BENCH_CONSOLE_ISSUES ?? 100_000);
/** pages of 200 walked for the deep cursors: up to 12,000 issues deep */
const CURSOR_PAGES = 60;
export const CONSOLE_P99_TARGET_MS = 50;

export interface ConsoleRow {
  query: string;
  /** mean items (list) or records (detail) per answer: the filters do find things */
  items: number;
  p50: number;
  p99: number;
  pass: boolean;
}

export interface ConsoleResult {
  rows: ConsoleRow[];
  seed: { ms: number; rows: Record<string, number> };
  /** 1-minute load average when the requests began and ended: latencies on a shared machine need it */
  load: [number, number];
}

interface Case {
  name: string;
  /** the path of request i */
  path: (i: number) => string;
  /** bearer key; the admin key when absent */
  key?: string;
}

const DAY = 86_400_000;

/** a deterministic shuffle-free pick: request i of run r takes value (i * stride + r) of the list */
const nth = <T>(values: readonly T[], i: number): T => values[((i % values.length) + values.length) % values.length];

function issuesPath(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const text = query.toString();
  return text ? `/v1/issues?${text}` : '/v1/issues';
}

async function get(
  base: string,
  path: string,
  key = BENCH_KEY,
): Promise<{ ms: number; body: { items?: unknown[]; records?: unknown[]; nextCursor?: string | null } }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return { ms, body: JSON.parse(text) };
}

async function createKey(base: string, role: string): Promise<string> {
  const response = await fetch(`${base}/v1/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `bench console ${role}`, role }),
  });
  if (response.status !== 201) throw new Error(`POST /v1/keys answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}

/** Values the filters are varied over, read from the seeded rows: real record ids, words of real messages, issues to open. */
async function sampleValues(url: string, now: number) {
  return withClient(url, async (client) => {
    const records: string[] = (
      await client.query(`SELECT record_id FROM issue_record TABLESAMPLE SYSTEM (1) REPEATABLE (42) LIMIT 180`)
    ).rows.map((r) => r.record_id);
    // a console user pastes ids that failed nowhere too
    records.push(...Array.from({ length: 20 }, (_, i) => `NOPE-${i}`));
    // what people type: a word or two of an error they saw, in a team's own issues
    const fragment = (message: string, i: number): string => {
      const parts = message
        .replace(/[.:;,()']/g, ' ')
        .split(/\s+/)
        .filter((w) => w.length >= 3);
      const at = i % Math.max(1, parts.length - 1);
      return i % 3 === 0 ? parts[at] : `${parts[at]} ${parts[at + 1] ?? ''}`.trim();
    };
    const seen: Array<{
      owner_team: string;
      source_system: string;
      target_system: string | null;
      sample_message: string;
    }> = (
      await client.query(
        `SELECT owner_team, source_system, target_system, sample_message FROM issue TABLESAMPLE SYSTEM (1) REPEATABLE (7) WHERE drill_id IS NULL LIMIT 100`,
      )
    ).rows;
    const words = seen.map((issue, i) => fragment(issue.sample_message, i));
    const teamSearches = seen.map((issue, i) => ({
      owner: issue.owner_team,
      system: i % 2 === 0 ? issue.source_system : (issue.target_system ?? issue.source_system),
      q: words[i],
    }));
    const q = [
      'reference key',
      'inactive',
      'timed out',
      'approval',
      'postal code',
      'Mapping failed',
      'concurrency limit',
      'TypeError',
      'unavailable',
      'accounting period',
      'already exists',
      'maximum is 300',
      'shipping address',
      'subsidiary 4',
      'permission',
      'unexpected token',
      'credentials',
      'No mapping',
      'payment method',
      'INVALID',
      ...words,
    ].filter((w) => w.length >= 3);
    const recent: string[] = (
      await client.query(`SELECT id FROM issue WHERE drill_id IS NULL ORDER BY last_seen_at DESC LIMIT 100`)
    ).rows.map((r) => r.id);
    const random: string[] = (
      await client.query(`SELECT id FROM issue TABLESAMPLE SYSTEM (1) REPEATABLE (3) LIMIT 80`)
    ).rows.map((r) => r.id);
    const biggest: string[] = (
      await client.query(`SELECT id FROM issue ORDER BY distinct_records DESC LIMIT 20`)
    ).rows.map((r) => r.id);
    const detail = Array.from({ length: 200 }, (_, i) =>
      i % 10 === 9 ? nth(biggest, i) : i % 2 === 0 ? nth(recent, i) : nth(random, i),
    );
    const dates = (spanDays: number) =>
      Array.from({ length: 97 }, (_, i) => new Date(now - ((i * 7919) % 1000) * (spanDays / 1000) * DAY).toISOString());
    return { records, q, teamSearches, detail, since: dates(90), until: dates(90), recentSince: dates(30) };
  });
}

/** Real cursors, as the API hands them out: walking the listing 200 at a time. */
async function collectCursors(base: string, filter: Record<string, string>): Promise<string[]> {
  const cursors: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < CURSOR_PAGES; page++) {
    const { body } = await get(base, issuesPath({ ...filter, limit: '200', cursor }));
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
    if (page >= 4) cursors.push(cursor); // at least 1,000 deep
  }
  if (cursors.length === 0) throw new Error(`no deep cursor for ${JSON.stringify(filter)}`);
  return cursors;
}

export async function benchConsole(): Promise<ConsoleResult> {
  const database = 'seam_bench_console';
  const prefix = `bench_console_${process.pid}`;
  const url = await freshDatabase(database);
  let api: ServiceProcess | undefined;
  try {
    const seed = await seedConsole(url, { events: EVENTS, issues: ISSUES });
    console.error(
      `console bench: seeded ${Object.entries(seed.rows)
        .map(([t, n]) => `${n.toLocaleString('en')} ${t}`)
        .join(', ')} in ${(seed.ms / 1000).toFixed(1)} s`,
    );
    const values = await sampleValues(url, seed.now.getTime());
    // privacy on, as a shop with customer data runs it: support sees lists with the sensitive values masked
    await withClient(url, (client) =>
      client.query(`INSERT INTO seam_setting (key, value) VALUES ('privacy', $1)`, [
        JSON.stringify({ sensitiveFields: ['email', 'phone'], visibleTo: ['admin', 'engineering'] }),
      ]),
    );
    api = await startService('api', url, prefix);
    const base = `http://127.0.0.1:${api.port}`;
    const supportKey = await createKey(base, 'support');
    const deep = await collectCursors(base, {});
    const deepNew = await collectCursors(base, { status: 'new' });
    const systems = [...new Set(SEED_INTEGRATIONS.flatMap((i) => [i.source[0], i.target[0]]))];
    const entities = [...new Set(SEED_INTEGRATIONS.flatMap((i) => [i.source[1], i.target[1]]))];
    const integrations = SEED_INTEGRATIONS.map((i) => i.name);
    const cases: Case[] = [
      { name: 'GET /v1/issues (no filter)', path: () => issuesPath({}) },
      { name: 'classification', path: (i) => issuesPath({ classification: nth(CLASSIFICATIONS, i) }) },
      { name: 'owner', path: (i) => issuesPath({ owner: nth(SEED_OWNERS, i) }) },
      { name: 'status', path: (i) => issuesPath({ status: nth(ISSUE_STATUSES, i) }) },
      { name: 'system (source or target)', path: (i) => issuesPath({ system: nth(systems, i) }) },
      { name: 'entity (source or target)', path: (i) => issuesPath({ entity: nth(entities, i) }) },
      { name: 'integration', path: (i) => issuesPath({ integration: nth(integrations, i) }) },
      { name: 'record', path: (i) => issuesPath({ record: nth(values.records, i * 7) }) },
      { name: 'q (text)', path: (i) => issuesPath({ q: nth(values.q, i * 3) }) },
      { name: 'since', path: (i) => issuesPath({ since: nth(values.since, i) }) },
      { name: 'until', path: (i) => issuesPath({ until: nth(values.until, i) }) },
      {
        name: 'combined: classification + status + integration + since',
        path: (i) =>
          issuesPath({
            classification: nth(CLASSIFICATIONS, i),
            status: nth(ISSUE_STATUSES, i * 3 + 1),
            integration: nth(integrations, i * 5),
            since: nth(values.recentSince, i),
          }),
      },
      // a team searching its own issues for an error it saw (owner, system and words of one real issue)
      { name: 'combined: owner + system + q', path: (i) => issuesPath(nth(values.teamSearches, i * 3)) },
      {
        name: `cursor: deep page (${deep.length} cursors, 1,000–${((deep.length + 5) * 200).toLocaleString('en')} deep)`,
        path: (i) => issuesPath({ cursor: nth(deep, i * 13) }),
      },
      {
        name: 'cursor: deep page, status=new',
        path: (i) => issuesPath({ status: 'new', cursor: nth(deepNew, i * 13) }),
      },
      {
        name: 'no filter or status, as support (privacy masking on)',
        path: (i) => issuesPath({ status: i % 5 === 4 ? undefined : nth(ISSUE_STATUSES, i) }),
        key: supportKey,
      },
      { name: 'GET /v1/issues/:id', path: (i) => `/v1/issues/${nth(values.detail, i)}` },
      {
        name: 'GET /v1/issues/:id, as support (privacy masking on)',
        path: (i) => `/v1/issues/${nth(values.detail, i + 1)}`,
        key: supportKey,
      },
    ];
    const samples = new Map<string, { p50: number[]; p99: number[]; items: number[] }>();
    const loadBefore = loadavg()[0];
    for (let run = 0; run < RUNS; run++) {
      for (const c of cases) {
        for (let i = 0; i < WARMUP; i++) await get(base, c.path(REQUESTS + i + run), c.key);
        const times: number[] = [];
        let items = 0;
        for (let i = 0; i < REQUESTS; i++) {
          const { ms, body } = await get(base, c.path(i + run), c.key);
          times.push(ms);
          items += (body.items ?? body.records ?? []).length;
        }
        const sample = samples.get(c.name) ?? { p50: [], p99: [], items: [] };
        sample.p50.push(percentile(times, 50));
        sample.p99.push(percentile(times, 99));
        sample.items.push(items / REQUESTS);
        samples.set(c.name, sample);
      }
    }
    const rows = cases.map((c) => {
      const sample = samples.get(c.name)!;
      const p99 = median(sample.p99);
      return {
        query: c.name,
        items: median(sample.items),
        p50: median(sample.p50),
        p99,
        pass: p99 < CONSOLE_P99_TARGET_MS,
      };
    });
    return { rows, seed: { ms: seed.ms, rows: seed.rows }, load: [loadBefore, loadavg()[0]] };
  } finally {
    await api?.stop();
    await clearPrefix(prefix);
    await dropDatabase(database);
  }
}

export function consoleTable(result: ConsoleResult): string {
  const seeded = `${Object.entries(result.seed.rows)
    .map(([t, n]) => `${n.toLocaleString('en')} ${t}`)
    .join(', ')}; seeded with COPY in ${(result.seed.ms / 1000).toFixed(1)} s`;
  return [
    `Console reads, ${REQUESTS} sequential requests per query after ${WARMUP} warmup, median of ${RUNS} runs (${seeded}; load average ${result.load[0].toFixed(1)} → ${result.load[1].toFixed(1)} on ${cpus().length} cores)`,
    '',
    table(
      ['console query', 'items/answer', 'p50 ms', 'p99 ms', `p99 < ${CONSOLE_P99_TARGET_MS} ms`],
      result.rows.map((r) => [
        r.query,
        r.items.toFixed(1),
        r.p50.toFixed(1),
        r.p99.toFixed(1),
        r.pass ? 'pass' : 'FAIL',
      ]),
    ),
  ].join('\n');
}

if (require.main === module) {
  // the service runs as built (dist/): `npm run bench:console` builds first; alone, this builds only when there is no build
  if (!existsSync('dist/main.js')) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  benchConsole()
    .then((result) => console.log(consoleTable(result)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
