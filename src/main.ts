import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { assertPortFree, createApp, resolveRuntime, StartupError, startupLogger } from './bootstrap';
import { redactor } from './platform/logging/seam-logger';
import { listenFailure, servingUrl } from './platform/startup-error';
import { closeDraining } from './platform/http/drain-on-close';
import { describeOpenResources, openResourcesOf } from './platform/shutdown-overrun';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function main(): Promise<void> {
  const config = loadConfig();
  await assertPortFree(config.HOST, config.PORT);
  const { runtime, embedded } = await resolveRuntime(config);
  const app = await createApp(runtime);
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    throw listenFailure(error, config.HOST, config.PORT);
  }
  const database = embedded ? `embedded in ${config.DATA_DIR}` : 'DATABASE_URL';
  startupLogger.log(
    `Seam (${config.ROLE} role) serving on ${servingUrl(app.getHttpServer().address())}; ` +
      `database: ${database}, queue: ${runtime.queue.kind}; API docs at /docs, OpenAPI at /docs-json`,
  );
  // SIGTERM: Fastify stops accepting and drains in-flight requests (closing each keep-alive connection once
  // answered: drain-on-close.ts), workers finish their active jobs, then connections close. Past the bound
  // the process exits anyway; jobs it still held return to the queue through BullMQ's stall check, and
  // stored events are never lost either way.
  const stop = async (signal: string) => {
    startupLogger.log(`${signal}: shutting down (bound ${config.SHUTDOWN_TIMEOUT_MS} ms)`);
    setTimeout(() => {
      // what is still open says which part of close() hung: an overrun is rare, and unexplained without it
      void Promise.race([openResourcesOf(app).then(describeOpenResources), sleep(500).then(() => 'not counted')]).then(
        (open) => {
          startupLogger.error(
            `shutdown took longer than ${config.SHUTDOWN_TIMEOUT_MS} ms; exiting with jobs left to the stall check (${open})`,
          );
          process.exit(1);
        },
      );
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
    await closeDraining(app.getHttpServer(), () => app.close());
    await embedded?.stop();
    startupLogger.log('shut down cleanly');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Configuration and connectivity problems are one line naming what to fix, not a stack trace.
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`seam: ${redactor.text(error.message)}`);
  } else {
    console.error(redactor.text(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  }
  process.exit(1);
});
