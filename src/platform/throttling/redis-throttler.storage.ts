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
  private readonly redis: IORedis & {
    seamThrottle(
      hits: string,
      blocked: string,
      ttl: number,
      limit: number,
      blockDuration: number,
    ): Promise<[number, number, number]>;
  };

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    // auto-pipelining: the counters of concurrent requests go to Redis in one write, not one each
    const redis = new IORedis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
      enableAutoPipelining: true,
    });
    // EVALSHA: Redis need not read and hash the script on every request
    redis.defineCommand('seamThrottle', { numberOfKeys: 2, lua: SCRIPT });
    redis.on('error', () => undefined);
    this.redis = redis as typeof this.redis;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    // both keys share a hash tag (the prefix's own, if it has one), so on Redis Cluster they live on one shard
    const base = this.prefix.startsWith('{')
      ? `${this.prefix}:throttle:${throttlerName}:${key}`
      : `${this.prefix}:throttle:{${throttlerName}:${key}}`;
    try {
      const [hits, ttlMs, blockedMs] = await this.redis.seamThrottle(
        base,
        `${base}:blocked`,
        ttl,
        limit,
        blockDuration,
      );
      const isBlocked = blockedMs > 0;
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(Math.max(ttlMs, 0) / 1000),
        isBlocked,
        timeToBlockExpire: isBlocked ? Math.ceil(blockedMs / 1000) : 0,
      };
    } catch (error) {
      this.logger.warn(`rate limiter unavailable, letting the request through: ${(error as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}
