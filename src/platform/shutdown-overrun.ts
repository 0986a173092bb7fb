import type { INestApplication } from '@nestjs/common';
import { poolCountsOf, type PoolCounts } from './database/pool-counts';

export interface OpenResources {
  httpConnections: number | null;
  pools: Array<{ name: string } & PoolCounts>;
  /** process.getActiveResourcesInfo(): one entry per handle or request keeping the event loop alive */
  resources: string[];
}

/**
 * One line for the log when a shutdown overruns its bound: which of the things app.close() waits for is
 * still open. A connection checked out of a pool and never released keeps pool.end() waiting forever; an
 * HTTP connection means a request still draining; the rest are timers and sockets by kind.
 */
export function describeOpenResources(open: OpenResources): string {
  const http = open.httpConnections === null ? 'unknown' : String(open.httpConnections);
  const pools = open.pools.map(
    (pool) =>
      `${pool.name} ${pool.totalCount - pool.idleCount} checked out of ${pool.totalCount}, ${pool.waitingCount} waiting`,
  );
  const kinds = new Map<string, number>();
  for (const kind of open.resources) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const resources = [...kinds].map(([kind, count]) => `${kind}×${count}`).join(' ');
  return [
    `open HTTP connections: ${http}`,
    `database pools: ${pools.length > 0 ? pools.join('; ') : 'none open'}`,
    `event loop kept by: ${resources || 'nothing'}`,
  ].join('; ');
}

/** Reads what describeOpenResources needs off a running app; never throws (it runs while the process is failing to stop). */
export async function openResourcesOf(app: INestApplication): Promise<OpenResources> {
  const httpConnections = await new Promise<number | null>((resolve) => {
    try {
      (
        app.getHttpServer() as { getConnections(cb: (error: Error | null, count: number) => void): void }
      ).getConnections((error, count) => resolve(error ? null : count));
    } catch {
      resolve(null);
    }
  });
  return { httpConnections, pools: poolCountsOf(app), resources: process.getActiveResourcesInfo() };
}
