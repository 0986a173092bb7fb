import { Public } from '../access/access.decorators';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { QueueService } from '../platform/queue/queue.service';
import { HealthDto } from './dto/health-response.dto';

/** Liveness and readiness: 200 when Postgres and the queue backend answer, 503 naming what is down. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: Postgres and the queue backend' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Postgres or the queue does not answer' })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const [postgres, queue] = await Promise.all([this.postgresUp(), this.queues.isReachable()]);
    const ok = postgres && queue;
    void reply.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'degraded',
      postgres: postgres ? 'up' : 'down',
      [this.queues.backend === 'redis' ? 'redis' : 'queue']: queue ? 'up' : 'down',
      queueBackend: this.queues.backend,
    };
  }

  private async postgresUp(): Promise<boolean> {
    try {
      await Promise.race([this.db.query('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref())]);
      return true;
    } catch {
      return false;
    }
  }
}
