import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { OwnerTeamRepository } from '../ownership/owner-team.repository';
import { AppConfig } from '../platform/config/app-config';
import type { SeamRouteConfig } from '../platform/http/route-config';
import { ESCALATION_QUEUE, MAINTENANCE_QUEUE, NOTIFY_QUEUE, PIPELINE_QUEUE } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for operators, admin keys only. Mounted on Fastify directly (the Nest flavour expects
 * queues registered through @nestjs/bullmq; Seam's come from its own connection factory, Redis or Postgres).
 * Team queues are the teams known at start; a team added later appears after a restart.
 *
 * Access is not decided here from the URL text: every route Bull Board registers is marked, in its route
 * config, with the permission it needs, and RequestAuthenticator checks that on the route the router
 * matched, however the path was spelt. Read-only unless QUEUE_DASHBOARD_WRITE=true: Bull Board's own
 * read-only mode, and the authenticator refusing any method but GET and HEAD on these routes.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const queues = app.get(QueueService);
  const readOnly = app.get(AppConfig).QUEUE_DASHBOARD_WRITE !== 'true';
  const teams = await app.get(OwnerTeamRepository).slugs();
  const names = [PIPELINE_QUEUE, ESCALATION_QUEUE, NOTIFY_QUEUE, MAINTENANCE_QUEUE, ...teams];
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: names.map((name) => new BullMQAdapter(queues.queue(name), { readOnlyMode: readOnly })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Seam queues' } },
  });

  const guarded: SeamRouteConfig = { permission: 'queues.admin', basicAuth: true, readOnly };
  await app.register(
    (async (scope: FastifyInstance) => {
      // onRoute hooks are encapsulated: this marks exactly the routes Bull Board adds inside this scope
      scope.addHook('onRoute', (route: RouteOptions) => {
        route.config = { ...(route.config as object | undefined), ...guarded };
      });
      await scope.register(serverAdapter.registerPlugin() as never);
    }) as never,
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
