import type { AddressInfo } from 'node:net';

/** A reason the service cannot start, told as one line naming what to fix (main.ts prints it without a stack). */
export class StartupError extends Error {}

/** Why the HTTP port could not be opened, as one line saying what to do; anything unforeseen is passed on. */
export function listenFailure(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new StartupError(
      `port ${port} on ${host} is already in use (another Seam, or another program): stop it, or start with PORT=<a free port>`,
    );
  }
  if (code === 'EADDRNOTAVAIL') {
    return new StartupError(
      `HOST=${host} is not an address of this machine: unset HOST (127.0.0.1), or 0.0.0.0 for every interface`,
    );
  }
  if (code === 'EACCES')
    return new StartupError(`not allowed to listen on port ${port}: use a port above 1023 (PORT=3000)`);
  return error;
}

/** The URL that actually serves: the bound port (PORT=0 picks one), and loopback for a wildcard address. */
export function servingUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') return String(address);
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${wildcard ? ` (listening on every interface, HOST=${address.address})` : ''}`;
}
