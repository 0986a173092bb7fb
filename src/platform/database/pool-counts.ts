import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a pg pool says about itself (pg-pool's documented counters). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The app's database pools (the primary, then each replica) and their counters; none when there is no data source. */
export function poolCountsOf(app: INestApplication): Array<{ name: string } & PoolCounts> {
  const pools: Array<{ name: string } & PoolCounts> = [];
  try {
    const driver = app.get(DataSource, { strict: false }).driver as { master?: PoolCounts; slaves?: PoolCounts[] };
    if (driver.master) pools.push({ name: 'primary', ...countsOf(driver.master) });
    (driver.slaves ?? []).forEach((pool, i) => pools.push({ name: `replica ${i + 1}`, ...countsOf(pool) }));
  } catch {
    // no data source in this app, or it is gone already
  }
  return pools;
}

const countsOf = (pool: PoolCounts): PoolCounts => ({
  totalCount: pool.totalCount,
  idleCount: pool.idleCount,
  waitingCount: pool.waitingCount,
});
