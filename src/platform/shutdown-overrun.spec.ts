import { describe, expect, it } from 'vitest';
import { describeOpenResources } from './shutdown-overrun';

describe('what a shutdown that overran still holds', () => {
  it('names a connection checked out of a pool and never released, the one thing pool.end() waits on forever', () => {
    const line = describeOpenResources({
      httpConnections: 0,
      pools: [
        { name: 'primary', totalCount: 4, idleCount: 3, waitingCount: 0 },
        { name: 'replica 1', totalCount: 2, idleCount: 2, waitingCount: 1 },
      ],
      resources: ['TCPSocketWrap', 'Timeout', 'TCPSocketWrap'],
    });
    expect(line).toBe(
      'open HTTP connections: 0; database pools: primary 1 checked out of 4, 0 waiting; replica 1 0 checked out of 2, 1 waiting; event loop kept by: TCPSocketWrap×2 Timeout×1',
    );
  });

  it('says so when it could not count', () => {
    expect(describeOpenResources({ httpConnections: null, pools: [], resources: [] })).toBe(
      'open HTTP connections: unknown; database pools: none open; event loop kept by: nothing',
    );
  });
});
