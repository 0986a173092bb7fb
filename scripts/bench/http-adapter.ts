// HTTP adapter A/B: the webhook's request handling (parse, validate with the fast path and
// class-validator, answer 202) on Fastify and on Express, in a child process each, with no database or
// queue behind it, so that only the adapter differs. Medians of BENCH_RUNS runs.
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { eventPosts, median, table } from './common';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ADAPTERS = ['fastify', 'express'] as const;
const CASES = [
  { batch: 1, connections: 50 },
  { batch: 100, connections: 4 },
];

async function start(adapter: string): Promise<{ child: ChildProcess; port: number }> {
  // node itself with tsx's loader, so that the kill below reaches the server (through npx or the tsx
  // CLI it would reach only a wrapper, and the server would outlive the bench and hold it open);
  // stdin is a pipe the server watches, so it also goes when the bench dies
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/http-adapter-server.ts', adapter], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`${adapter} server exited with ${code}`)));
  });
  return { child, port };
}

async function cannon(port: number, batch: number, connections: number, tag: string, seconds = SECONDS) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/v1/events`,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: eventPosts('bench-adapter', batch, tag),
  });
  if (result.non2xx + result.errors > 0)
    throw new Error(`${tag}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { requestsPerSecond: result['2xx'] / result.duration, p50: result.latency.p50, p99: result.latency.p99 };
}

export async function benchHttpAdapter(): Promise<string> {
  const samples = new Map<string, Array<{ requestsPerSecond: number; p50: number; p99: number }>>();
  for (let rep = 0; rep < RUNS; rep++) {
    // alternate which goes first, so neither always runs on a warmer machine
    for (const adapter of rep % 2 ? [...ADAPTERS].reverse() : ADAPTERS) {
      const { child, port } = await start(adapter);
      try {
        await cannon(port, 1, 50, `warmup-${adapter}-${rep}`, 2); // JIT
        for (const c of CASES) {
          const key = `${adapter} ${c.batch}@${c.connections}`;
          samples.set(key, [
            ...(samples.get(key) ?? []),
            await cannon(port, c.batch, c.connections, `${adapter}-${rep}-${key}`),
          ]);
        }
      } finally {
        child.kill('SIGTERM');
      }
    }
  }
  const rows = CASES.flatMap((c) => {
    const of = (adapter: string) => samples.get(`${adapter} ${c.batch}@${c.connections}`)!;
    const fastify = median(of('fastify').map((s) => s.requestsPerSecond));
    return ADAPTERS.map((adapter) => {
      const runs = of(adapter);
      const rate = median(runs.map((s) => s.requestsPerSecond));
      return [
        `${adapter}, ${c.batch === 1 ? 'single events' : `batches of ${c.batch}`}, ${c.connections} connections`,
        Math.round(rate).toLocaleString('en'),
        median(runs.map((s) => s.p50)),
        median(runs.map((s) => s.p99)),
        (rate / fastify).toFixed(2),
      ];
    });
  });
  return `${table(['HTTP adapter (no database, no queue)', 'median req/s', 'p50 ms', 'p99 ms', 'ratio to fastify'], rows)}`;
}

if (require.main === module) {
  benchHttpAdapter().then(
    (text) => console.log(text),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
