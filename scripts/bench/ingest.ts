// Ingest: autocannon against POST /v1/events (batches of 100, single events) at rising concurrency,
// against the same run's limits: the same rows inserted with raw pg multi-row INSERTs, and the same
// jobs added with BullMQ addBulk.   npx tsx scripts/bench/ingest.ts
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import { INGEST_COLUMNS } from '../../src/intake/sync-event.repository';
import {
  BENCH_KEY,
  BENCH_REDIS_URL,
  clearPrefix,
  dropDatabase,
  event,
  eventPosts,
  freshDatabase,
  median,
  startService,
  table,
} from './common';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const LIMIT_ROWS = 40_000;

export interface IngestRow {
  what: string;
  perSecond: number;
  p50?: number;
  p99?: number;
  ratio?: number;
}

// the columns the service stores an event in: the raw INSERT writes what ingest writes
const COLUMNS = INGEST_COLUMNS.map(([name]) => name);

async function rawInsertRate(pool: Pool, rep: number): Promise<number> {
  const batches = Array.from({ length: LIMIT_ROWS / 100 }, (_, b) =>
    Array.from({ length: 100 }, (_, i) => {
      const n = b * 100 + i;
      const e = event('raw-limit', `raw-${rep}-${n}`, n) as {
        source: { system: string; entity: string; id: string };
        error: { code: string };
      };
      return [
        'raw-limit',
        `raw-${rep}-${n}`,
        new Date().toISOString(),
        'failed',
        e.source.system,
        e.source.entity,
        e.source.id,
        'netsuite',
        'salesOrder',
        e.error.code,
        'v1.4.2',
        null,
        JSON.stringify(e),
      ];
    }),
  );
  const sql = (rows: number) =>
    `INSERT INTO sync_event (${COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, (_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`).join(', ')} ON CONFLICT DO NOTHING`;
  const text = sql(100);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < batches.length) await pool.query(text, batches[next++].flat());
    }),
  );
  return LIMIT_ROWS / ((performance.now() - started) / 1000);
}

async function addBulkRate(queue: Queue, rep: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < LIMIT_ROWS / 100) {
        const b = next++;
        await queue.addBulk(
          Array.from({ length: 100 }, (_, i) => ({
            name: 'classify-event',
            data: { eventId: String(b * 100 + i) },
            opts: { jobId: `limit-${rep}-${b}-${i}`, removeOnComplete: true },
          })),
        );
      }
    }),
  );
  return LIMIT_ROWS / ((performance.now() - started) / 1000);
}

async function cannon(
  url: string,
  batch: number,
  connections: number,
  tag: string,
): Promise<{ eventsPerSecond: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({
    url: `${url}/v1/events`,
    connections,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` },
    requests: eventPosts('bench-ingest', batch, tag),
  });
  return {
    eventsPerSecond: (result['2xx'] * batch) / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

export async function benchIngest(): Promise<IngestRow[]> {
  const database = 'seam_bench_ingest';
  const url = await freshDatabase(database);
  const prefix = `bench_ingest_${process.pid}`;
  const api = await startService('api', url, prefix);
  const pool = new Pool({ connectionString: url, max: 4 });
  const redis = new IORedis(BENCH_REDIS_URL, { maxRetriesPerRequest: null });
  const limitQueue = new Queue('bench-limit', { connection: redis, prefix });
  const cases = [
    { batch: 100, connections: 4 },
    { batch: 100, connections: 16 },
    { batch: 1, connections: 10 },
    { batch: 1, connections: 50 },
  ];
  const samples = new Map<string, Array<{ eventsPerSecond: number; p50: number; p99: number; errors: number }>>();
  const raw: number[] = [];
  const bulk: number[] = [];
  try {
    const base = `http://127.0.0.1:${api.port}`;
    await cannon(base, 100, 4, 'warmup'); // JIT, pools, prepared plans
    for (let rep = 0; rep < RUNS; rep++) {
      raw.push(await rawInsertRate(pool, rep));
      bulk.push(await addBulkRate(limitQueue, rep));
      for (const c of cases) {
        const key = `${c.batch}@${c.connections}`;
        samples.set(key, [...(samples.get(key) ?? []), await cannon(base, c.batch, c.connections, `r${rep}-${key}`)]);
      }
    }
  } finally {
    await api.stop();
    await limitQueue.close();
    redis.disconnect();
    await pool.end();
    await clearPrefix(prefix);
    await dropDatabase(database);
  }
  const rawLimit = median(raw);
  const rows: IngestRow[] = [
    { what: 'limit: raw pg multi-row INSERT, 100 rows a statement, 4 connections (rows/s)', perSecond: rawLimit },
    { what: 'limit: BullMQ addBulk, 100 jobs a call, 4 at once (jobs/s)', perSecond: median(bulk) },
  ];
  for (const c of cases) {
    const runs = samples.get(`${c.batch}@${c.connections}`)!;
    const eventsPerSecond = median(runs.map((r) => r.eventsPerSecond));
    rows.push({
      what: `POST /v1/events, ${c.batch === 1 ? 'single events' : `batches of ${c.batch}`}, ${c.connections} connections (events/s)${runs.some((r) => r.errors) ? ` [${runs.reduce((a, r) => a + r.errors, 0)} non-2xx]` : ''}`,
      perSecond: eventsPerSecond,
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      ratio: eventsPerSecond / rawLimit,
    });
  }
  return rows;
}

export function ingestTable(rows: IngestRow[]): string {
  return table(
    ['ingest', 'median /s', 'p50 ms', 'p99 ms', 'ratio to raw insert'],
    rows.map((r) => [
      r.what,
      Math.round(r.perSecond).toLocaleString('en'),
      r.p50 ?? '',
      r.p99 ?? '',
      r.ratio === undefined ? '' : r.ratio.toFixed(2),
    ]),
  );
}

if (require.main === module) {
  benchIngest()
    .then((rows) => console.log(ingestTable(rows)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
