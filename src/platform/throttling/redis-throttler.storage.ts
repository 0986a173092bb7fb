import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import IORedis from 'ioredis';

// One round trip: count the hit in a fixed window, and once over the limit, block for blockDuration.
const SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
local blocked = redis.call('PTTL', KEYS[2])
if blocked <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], 1, 'PX', ARGV[3])
  blocked = tonumber(ARGV[3])
end
return { hits, ttl, blocked }
`;

/**
 * Rate-limit counters in Redis, so a limit holds across every API process. When Redis does not answer
 * the limiter lets the request through: refusing webhooks because the counter is away would lose the
 * very events Seam exists to keep.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('throttling');
  private readonly redis: IORedis;

  constructor(url: string, private readonly prefix: string) {
    this.redis = new IORedis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    this.redis.on('error', () => undefined);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const base = `${this.prefix}:throttle:${throttlerName}:${key}`;
    try {
      const [hits, ttlMs, blockedMs] = (await this.redis.eval(SCRIPT, 2, base, `${base}:blocked`, ttl, limit, blockDuration)) as [number, number, number];
      const isBlocked = blockedMs > 0;
      return { totalHits: hits, timeToExpire: Math.ceil(Math.max(ttlMs, 0) / 1000), isBlocked, timeToBlockExpire: isBlocked ? Math.ceil(blockedMs / 1000) : 0 };
    } catch (error) {
      this.logger.warn(`rate limiter unavailable, letting the request through: ${(error as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}
