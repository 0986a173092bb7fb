import { Public } from '../access/access.decorators';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HealthDto } from './dto/health-response.dto';
import { HealthService } from './health.service';

/** Liveness and readiness: 200 when Postgres and the queue backend answer, 503 naming what is down. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: Postgres and the queue backend' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Postgres or the queue does not answer' })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const { ok, body } = await this.health.check();
    void reply.status(ok ? 200 : 503);
    return body;
  }
}
