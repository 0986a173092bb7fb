import type { Server } from 'node:http';

/** How often a closing server looks for keep-alive connections that have gone idle. */
const IDLE_POLL_MS = 50;

/**
 * Closes a server the way a SIGTERM should: requests in flight are answered, and each keep-alive
 * connection is closed as soon as it has nothing in flight. Fastify's close() ends the connections idle at
 * that moment only; one whose request was still running stays open after its answer until the client hangs
 * up or the keep-alive timeout (72 s) passes, and close() waits for it, past any shutdown bound. A client
 * that keeps its pool open (undici, Node's agent with keepAlive) does exactly that, so it is polled for here.
 */
export async function closeDraining(
  server: Pick<Server, 'closeIdleConnections'>,
  close: () => Promise<void>,
): Promise<void> {
  const idle = setInterval(() => server.closeIdleConnections(), IDLE_POLL_MS);
  idle.unref();
  try {
    await close();
  } finally {
    clearInterval(idle);
  }
}
