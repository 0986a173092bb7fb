// npm run bench: every benchmark in one run, each the median of several runs and its ratio to a limit
// measured in the same run. Builds first; needs Postgres and Redis (BENCH_DATABASE_URL, BENCH_REDIS_URL).
// BENCH_ONLY=ingest,pipeline,console,adapter,classifier,hostile runs a subset.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { benchConsole, consoleTable } from './console';
import { benchHttpAdapter } from './http-adapter';
import { benchIngest, ingestTable } from './ingest';
import { benchPipeline, pipelineTable } from './pipeline';
import { benchHostileBoth } from './hostile';

const only = (process.env.BENCH_ONLY ?? 'ingest,pipeline,console,adapter,classifier,hostile')
  .split(',')
  .map((part) => part.trim());

async function main(): Promise<void> {
  const started = Date.now();
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const show = (setting: string) =>
    execFileSync('psql', [
      '-XAtc',
      `SHOW ${setting}`,
      process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    ])
      .toString()
      .trim();
  // autovacuum is named because the pipeline bench vacuums between runs when it is off (scripts/bench/pipeline.ts, settle)
  console.log(
    `# npm run bench, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, Postgres ${show('server_version')} (autovacuum ${show('autovacuum')}, shared_buffers ${show('shared_buffers')}), Redis and Postgres on the same machine\n`,
  );
  const section = async (name: string, run: () => Promise<string>) => {
    if (!only.includes(name)) return;
    // each section starts on a settled Postgres: the previous one's dirty pages written out, not flushed mid-measurement
    execFileSync('psql', [
      '-XAtqc',
      'CHECKPOINT',
      process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const at = Date.now();
    console.log(`${await run()}\n(${name}: ${Math.round((Date.now() - at) / 1000)} s)\n`);
  };
  await section('ingest', async () => ingestTable(await benchIngest()));
  await section('pipeline', async () => pipelineTable(await benchPipeline()));
  await section('console', async () => consoleTable(await benchConsole()));
  await section('adapter', benchHttpAdapter);
  await section('classifier', async () =>
    execFileSync('npx', ['tsx', 'scripts/bench-classifier.ts']).toString().trim(),
  );
  await section('hostile', benchHostileBoth);
  console.log(`bench: ${Math.round((Date.now() - started) / 1000)} s in all`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
