import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule, ThrottlerStorageService } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { SeamThrottlerGuard } from './seam-throttler.guard';

const WINDOW_MS = 60_000;

/** The key the request authenticated with (RequestAuthenticator runs before any guard); set on every non-public route. */
const callerOf = (request: FastifyRequest): { keyId: string } | undefined =>
  (request as FastifyRequest & { caller?: { keyId: string } }).caller;

/**
 * Who a request counts against: the key it authenticated with, else (public routes) its address. Never
 * a credential the request merely carries: a random bearer per request would get a fresh bucket each time,
 * and failed authentications are capped per address by RequestAuthenticator instead.
 */
function keyTracker(request: FastifyRequest): string {
  const caller = callerOf(request);
  return caller ? `key-${caller.keyId}` : `ip-${request.ip}`;
}

/**
 * The integration(s) a webhook is about, as one tracker (a mixed batch counts against the combination),
 * whichever key sends: the limit is on the integration's throughput. Only authenticated requests get here
 * (the authenticator answers the others before the body is even read), and a key bound to its integrations
 * cannot post, so cannot count, for another.
 */
function integrationTracker(request: FastifyRequest): string {
  const body = request.body as { integration?: unknown; events?: Array<{ integration?: unknown }> } | undefined;
  const names = Array.isArray(body?.events) ? body.events.map((event) => event?.integration) : [body?.integration];
  return [...new Set(names.filter((name): name is string => typeof name === 'string'))].sort().join('+') || 'unknown';
}

const openStorages = new Set<RedisThrottlerStorage>();
function opened(storage: RedisThrottlerStorage): RedisThrottlerStorage {
  openStorages.add(storage);
  return storage;
}

// the route the router matched, not the URL text: /v1/%65vents is the webhook too
const isWebhook = (request: FastifyRequest): boolean =>
  request.method === 'POST' && request.routeOptions.url === '/v1/events';

/**
 * Rate limits per API key and per integration (webhooks only), with Redis counters when REDIS_URL is
 * set so they hold across instances; in the embedded mode (one process) they are counted in memory.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          {
            name: 'key',
            ttl: WINDOW_MS,
            limit: config.RATE_LIMIT_PER_KEY,
            getTracker: (request) => keyTracker(request as FastifyRequest),
            generateKey: (_context, tracker, name) => `${name}:${tracker}`,
            skipIf: (context) => context.switchToHttp().getRequest<FastifyRequest>().routeOptions.url === '/health',
            setHeaders: false,
          },
          {
            name: 'integration',
            ttl: WINDOW_MS,
            limit: config.RATE_LIMIT_PER_INTEGRATION,
            getTracker: (request) => integrationTracker(request as FastifyRequest),
            generateKey: (_context, tracker, name) => `${name}:${tracker}`,
            skipIf: (context) => !isWebhook(context.switchToHttp().getRequest<FastifyRequest>()),
            setHeaders: false,
          },
        ],
        storage: config.REDIS_URL
          ? opened(new RedisThrottlerStorage(config.REDIS_URL, config.QUEUE_PREFIX))
          : new ThrottlerStorageService(),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: SeamThrottlerGuard }],
})
export class ThrottlingModule implements OnApplicationShutdown {
  /** the storage is built by the throttler's factory, not by Nest, so its connection is closed here */
  onApplicationShutdown(): void {
    for (const storage of openStorages) storage.close();
    openStorages.clear();
  }
}
