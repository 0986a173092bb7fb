import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDraining } from './drain-on-close';

describe('closeDraining', () => {
  let app: FastifyInstance | undefined;
  afterEach(() => {
    app?.server.closeAllConnections();
  });

  it('answers the request in flight, then closes its keep-alive connection instead of waiting for the client', async () => {
    // the Fastify instance Seam's adapter runs on, with its defaults
    app = new FastifyAdapter().getInstance<FastifyInstance>();
    let entered!: () => void;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    app.get('/slow', async () => {
      entered();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { answered: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    // fetch keeps the connection in its pool after the answer, as a busy integration's client does
    const answer = fetch(`http://127.0.0.1:${port}/slow`).then((res) => res.json());
    await inFlight;

    const started = Date.now();
    await closeDraining(app.server, () => app!.close());
    expect(await answer).toEqual({ answered: true });
    // without the polling, close() waits for the client's pool or Fastify's 72-second keep-alive timeout
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
