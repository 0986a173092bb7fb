import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { bearerOf } from '../access/domain/api-key';
import { allows, PERMISSIONS } from '../access/domain/permissions';
import { KeyStore } from '../access/key.store';
import { ESCALATION_QUEUE, MAINTENANCE_QUEUE, NOTIFY_QUEUE, PIPELINE_QUEUE } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** The key from a bearer token, or from HTTP Basic (any user name, the key as password): browsers ask for Basic themselves. */
function keyOf(header: string | undefined): string | undefined {
  const bearer = bearerOf(header);
  if (bearer) return bearer;
  const basic = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) || undefined;
}

/**
 * Bull Board for operators, admin keys only. Mounted on Fastify directly (the Nest flavour expects
 * queues registered through @nestjs/bullmq; Seam's come from its own connection factory, Redis or Postgres).
 * Team queues are the teams known at start; a team added later appears after a restart.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const queues = app.get(QueueService);
  const keys = app.get(KeyStore);
  const teams: Array<{ slug: string }> = await app.get(DataSource).query(`SELECT slug FROM owner_team ORDER BY slug`);
  const names = [PIPELINE_QUEUE, ESCALATION_QUEUE, NOTIFY_QUEUE, MAINTENANCE_QUEUE, ...teams.map((team) => team.slug)];
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: names.map((name) => new BullMQAdapter(queues.queue(name), { readOnlyMode: false })), serverAdapter, options: { uiConfig: { boardTitle: 'Seam queues' } } });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(QUEUE_DASHBOARD_PATH)) return;
    const key = keyOf(request.headers.authorization);
    const caller = key ? await keys.caller(key) : null;
    if (!caller) {
      await reply
        .code(401)
        .header('www-authenticate', 'Basic realm="Seam admin (any user name, an admin API key as password)"')
        .send({ statusCode: 401, error: 'Unauthorized', message: ['an admin API key is required (Bearer, or Basic with the key as password)'] });
      return reply;
    }
    if (!allows(caller.role, 'queues.admin')) {
      const roles = PERMISSIONS['queues.admin'].roles.join(', ');
      await reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: [`queues.admin needs one of the roles ${roles}; this key's role is ${caller.role}`] });
      return reply;
    }
  });
  await app.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
}
