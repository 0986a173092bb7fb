import { createHash } from 'node:crypto';
import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule, ThrottlerStorageService } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { bearerOf, cookieOf, SESSION_COOKIE } from '../../access/domain/api-key';
import { AppConfig } from '../config/app-config';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { SeamThrottlerGuard } from './seam-throttler.guard';

const WINDOW_MS = 60_000;
const hash = (value: string): string => createHash('sha256').update(value).digest('hex').slice(0, 32);

/** Who a request counts against: its API key (or console session), else its address. */
function keyTracker(request: FastifyRequest): string {
  const credential = bearerOf(request.headers.authorization) ?? cookieOf(request.headers.cookie, SESSION_COOKIE);
  return credential ? `key-${hash(credential)}` : `ip-${request.ip}`;
}

/** The integration(s) a webhook is about, as one tracker (a mixed batch counts against the combination). */
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

const isWebhook = (request: FastifyRequest): boolean => request.method === 'POST' && request.url.split('?')[0] === '/v1/events';

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
            skipIf: (context) => (context.switchToHttp().getRequest<FastifyRequest>().url ?? '').startsWith('/health'),
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
        storage: config.REDIS_URL ? opened(new RedisThrottlerStorage(config.REDIS_URL, config.QUEUE_PREFIX)) : new ThrottlerStorageService(),
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
