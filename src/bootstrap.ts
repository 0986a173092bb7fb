import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { RouteOptions } from 'fastify';
import IORedis from 'ioredis';
import { mountQueueDashboard } from './admin/queue-dashboard';
import { AppModule, type Runtime } from './app.module';
import { trustProxyOption, type AppConfig } from './platform/config/app-config';
import { runMigrations } from './platform/database/data-source-options';
import { assertPostgres } from './platform/database/postgres-reachability';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './platform/database/embedded-postgres';
import { HttpExceptionFilter } from './platform/errors/http-exception.filter';
import { SeamError } from './platform/errors/seam-error';
import { SeamValidationPipe, unacceptableValueAt, unacceptableTextIn } from './platform/http/validation';
import { INGEST_BODY_LIMIT_BYTES, installRouteBodyLimits, routeConfigOf } from './platform/http/route-config';
import { jsonShapeRefusal } from './platform/http/json-shape';
import { seamClientErrorHandler, seamFrameworkErrors } from './platform/http/client-error';
import { redactor, SeamLogger } from './platform/logging/seam-logger';
import { installSecurityHeaders } from './platform/http/security-headers';
import { buildOpenApiDocument } from './platform/http/openapi';
import { RequestAuthenticator } from './access/request-authenticator';
import { listenFailure, StartupError } from './platform/startup-error';
import { createServer } from 'node:net';

/** The largest body any route reads (ingest's); each route declares its own, smaller limit (see route-config.ts). */
export const BODY_LIMIT_BYTES = INGEST_BODY_LIMIT_BYTES;

export { StartupError };

function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)}`;
}

async function assertRedis(url: string): Promise<void> {
  const client = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new StartupError(
      `cannot reach Redis at ${describeUrl(url)} (${(error as Error).message}): start it (e.g. \`docker compose up -d redis\`), or unset REDIS_URL to queue on Postgres`,
    );
  } finally {
    client.disconnect();
  }
}

/**
 * Opens and closes the HTTP port before anything else: a busy port is then one line before migrations
 * run or a first-start admin key is generated and shown for a service that never came up.
 * (listen itself still reports a port taken in between, main.ts.)
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenFailure(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

let processLogger: SeamLogger | undefined;

/** The one structured logger of this process, installed before anything logs (migrations run before the app exists). */
export function installLogger(config: AppConfig): SeamLogger {
  if (!processLogger) {
    processLogger = new SeamLogger(config.LOG_LEVEL);
    Logger.overrideLogger(processLogger);
  }
  redactor.remember(config.SEAM_ADMIN_KEY);
  return processLogger;
}

/** Decides where data and queues live: embedded Postgres without DATABASE_URL, BullMQ on Postgres without REDIS_URL. */
export async function resolveRuntime(config: AppConfig): Promise<{ runtime: Runtime; embedded?: EmbeddedPostgres }> {
  installLogger(config);
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.DATA_DIR);
    databaseUrl = embedded.url;
  } else {
    await assertPostgres(databaseUrl);
  }
  if (config.DATABASE_REPLICA_URL) await assertPostgres(config.DATABASE_REPLICA_URL, 'DATABASE_REPLICA_URL');
  if (config.REDIS_URL) await assertRedis(config.REDIS_URL);
  await runMigrations(databaseUrl);
  const queue = config.REDIS_URL
    ? { kind: 'redis' as const, url: config.REDIS_URL, prefix: config.QUEUE_PREFIX }
    : { kind: 'postgres' as const, url: databaseUrl, prefix: config.QUEUE_PREFIX };
  return { runtime: { config, databaseUrl, queue }, embedded };
}

/** `onRoute`: sees every route as it is registered (Nest's, the OpenAPI page's, Bull Board's); the route-wide fuzz test lists them with it. */
export async function createApp(
  runtime: Runtime,
  options: { onRoute?: (route: RouteOptions) => void } = {},
): Promise<NestFastifyApplication> {
  const logger = installLogger(runtime.config);
  // Fastify takes a hop count for trustProxy; the adapter's option type lists every form but that one
  const trustProxy = trustProxyOption(runtime.config.TRUST_PROXY) as boolean | string[];
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy,
    clientErrorHandler: seamClientErrorHandler,
    frameworkErrors: seamFrameworkErrors,
  });
  // before any route exists: every route gets the body limit it declares, else the small default
  installRouteBodyLimits(adapter.getInstance());
  if (options.onRoute) adapter.getInstance().addHook('onRoute', options.onRoute);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(runtime), adapter, {
    logger,
    // webhook signatures are over the raw body, byte for byte
    rawBody: true,
    // JSON only: Nest would also parse application/x-www-form-urlencoded, which any page can post cross-site
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // the body's shape is counted from its bytes before JSON.parse builds anything (json-shape.ts)
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', {}, (request, body, done) => {
    const refusal = jsonShapeRefusal(body);
    if (refusal) return done(new SeamError('request.invalid', [refusal]), undefined);
    if (routeConfigOf(request).textDocument) {
      // a seam.yaml sent as "JSON" (curl's -H for every call): not JSON, so it is the YAML it looks like
      return parseJson(
        request as never,
        body as never,
        ((error: Error | null, value: unknown) => done(null, error ? body.toString() : value)) as never,
      );
    }
    // Fastify's parser takes the text; secure-json-parse reads a Buffer as well
    parseJson(request as never, body as never, done as never);
  });
  // seam.yaml is posted as it is kept in git: as YAML text, parsed by the config API itself
  fastify.addContentTypeParser(
    ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain'],
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );
  // any other content type (curl --data-binary's form type, octet-stream, none): text for a document route, 415 elsewhere
  fastify.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    if (routeConfigOf(request).textDocument) return done(null, body);
    done(
      Object.assign(new Error('unsupported content type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }),
      undefined,
    );
  });
  await installSecurityHeaders(app, runtime.config);
  // authentication first, on the matched route, before the body is read
  app.get(RequestAuthenticator).install(fastify);
  fastify.addHook('preValidation', async (request, reply) => {
    // query and path values reach SQL as text too: NUL in any of them is a 400 here, not a Postgres error (500) later
    const unacceptable =
      // a body that is one string (JSON "…", YAML or text) too: Bull Board's validation splits its messages at NUL and fails (a 500)
      unacceptableTextIn('query', request.query) ??
      unacceptableTextIn('path', request.params) ??
      unacceptableValueAt(request.body);
    if (unacceptable !== undefined) {
      await reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: [unacceptable] });
      return reply;
    }
  });
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalPipes(new SeamValidationPipe((lines) => new SeamError('request.invalid', lines)));
  // the OpenAPI page and document need no key (docs/api.md): a first look, and the Authorize button, come before a key
  fastify.addHook('onRoute', (route) => {
    if (isOpenApiRoute(route.url)) route.config = { ...(route.config as object | undefined), seamPublic: true };
  });
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app));
  await mountQueueDashboard(app);
  return app;
}

export const startupLogger = new Logger('seam');

const isOpenApiRoute = (url: string) =>
  url === '/docs' || url.startsWith('/docs/') || url === '/docs-json' || url === '/docs-yaml';
