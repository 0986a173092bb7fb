import { HttpException, Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';

/** The throttler's guard, answering as API.md says: 429 with Retry-After and a line naming the limit. */
@Injectable()
export class SeamThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    void reply.header('retry-after', String(retryAfter));
    const [scope] = detail.key.split(':'); // the throttler's name: 'key' or 'integration' (see ThrottlingModule)
    throw new HttpException(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: [
          `rate limit of ${detail.limit} requests per ${Math.round(detail.ttl / 1000)} s ${scope === 'integration' ? 'for this integration' : 'for this API key'} exceeded; retry after ${retryAfter} s`,
        ],
      },
      429,
    );
  }
}
