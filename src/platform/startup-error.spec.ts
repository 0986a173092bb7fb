import { describe, expect, it } from 'vitest';
import { listenFailure, servingUrl, StartupError } from './startup-error';

const errno = (code: string) => Object.assign(new Error(`listen ${code}`), { code });

describe('listenFailure', () => {
  it.each([
    [
      'EADDRINUSE',
      'port 3000 on 127.0.0.1 is already in use (another Seam, or another program): stop it, or start with PORT=<a free port>',
    ],
    [
      'EADDRNOTAVAIL',
      'HOST=127.0.0.1 is not an address of this machine: unset HOST (127.0.0.1), or 0.0.0.0 for every interface',
    ],
    ['EACCES', 'not allowed to listen on port 3000: use a port above 1023 (PORT=3000)'],
  ])('%s is one line saying what to do', (code, line) => {
    const failure = listenFailure(errno(code), '127.0.0.1', 3000);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toBe(line);
  });

  it('passes on what it does not know', () => {
    const other = errno('EMFILE');
    expect(listenFailure(other, '127.0.0.1', 3000)).toBe(other);
  });
});

describe('servingUrl', () => {
  it.each([
    [{ address: '127.0.0.1', family: 'IPv4', port: 3000 }, 'http://127.0.0.1:3000'],
    [{ address: '::1', family: 'IPv6', port: 4000 }, 'http://[::1]:4000'],
    [
      { address: '0.0.0.0', family: 'IPv4', port: 3000 },
      'http://127.0.0.1:3000 (listening on every interface, HOST=0.0.0.0)',
    ],
  ])('%o → %s', (address, url) => {
    expect(servingUrl(address)).toBe(url);
  });
});
