import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { createApp, resolveRuntime, StartupError, startupLogger } from './platform/bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const { runtime, embedded } = await resolveRuntime(config);
  const app = await createApp(runtime);
  await app.listen({ port: config.PORT, host: config.HOST });
  startupLogger.log(
    `Seam ${config.ROLE} role on http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT} ` +
      `(database: ${embedded ? `embedded in ${config.DATA_DIR}` : 'DATABASE_URL'}, queue: ${runtime.queue.kind}); API docs at /docs`,
  );
  const stop = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  // Configuration and connectivity problems are one line naming what to fix, not a stack trace.
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`seam: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
