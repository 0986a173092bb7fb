import { Injectable } from '@nestjs/common';
import { DatabaseProbe } from '../platform/database/database-probe';
import { QueueService } from '../platform/queue/queue.service';

export interface HealthReport {
  ok: boolean;
  body: Record<string, string>;
}

/** Liveness and readiness: Postgres and the queue backend, asked at once. */
@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabaseProbe,
    private readonly queues: QueueService,
  ) {}

  async check(): Promise<HealthReport> {
    const [postgres, queue] = await Promise.all([this.database.answers(1000), this.queues.isReachable()]);
    const ok = postgres && queue;
    return {
      ok,
      body: {
        status: ok ? 'ok' : 'degraded',
        postgres: postgres ? 'up' : 'down',
        [this.queues.backend === 'redis' ? 'redis' : 'queue']: queue ? 'up' : 'down',
        queueBackend: this.queues.backend,
      },
    };
  }
}
