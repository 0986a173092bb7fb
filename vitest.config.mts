import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC instead of esbuild: Nest and TypeORM need emitDecoratorMetadata, which esbuild does not emit.
const decorators = swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2023' } });

export default defineConfig({
  plugins: [decorators],
  test: {
    projects: [
      {
        plugins: [decorators],
        test: { name: 'unit', include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'], environment: 'node' },
      },
      {
        plugins: [decorators],
        test: {
          // repositories and services on a real Postgres, without the app or HTTP (test/support/database.ts)
          name: 'medium',
          include: ['test/medium/**/*.medium-spec.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [decorators],
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e-spec.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one Postgres server and one Redis; each file gets its own schema and key prefix,
          // but two cores are all we have, so run them one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
