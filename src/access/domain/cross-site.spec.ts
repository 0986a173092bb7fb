import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, type CrossSiteFacts } from './cross-site';

const own = 'http://127.0.0.1:3000';
const base: CrossSiteFacts = { method: 'POST', credential: 'cookie', ownOrigin: own, sessionRoute: false };

describe('crossSiteRefusal', () => {
  it.each<[string, Partial<CrossSiteFacts>, boolean]>([
    ['a cookie POST from the console itself', { origin: own, secFetchSite: 'same-origin' }, false],
    [
      'a cookie POST from another port of the same host (same site, other origin)',
      { origin: 'http://127.0.0.1:8080', secFetchSite: 'same-site' },
      true,
    ],
    ['a cookie POST whose Origin differs though Fetch Metadata is absent', { origin: 'http://127.0.0.1:8080' }, true],
    ['a cookie POST from another site', { origin: 'https://evil.example', secFetchSite: 'cross-site' }, true],
    ['a cookie POST with Origin null (sandboxed iframe)', { origin: 'null' }, true],
    ['a cookie POST with no Origin at all', {}, true],
    ['a cookie POST with only a same-origin Referer', { referer: `${own}/console#/issues` }, false],
    ['a cookie DELETE from another origin', { method: 'DELETE', origin: 'http://localhost:9999' }, true],
    ['a cookie GET from another origin (safe method)', { method: 'GET', origin: 'https://evil.example' }, false],
    [
      'a bearer-key POST from anywhere (no browser adds the header by itself)',
      { credential: 'header', origin: 'https://evil.example' },
      false,
    ],
    [
      'a public POST with no credential (health, assets)',
      { credential: 'none', origin: 'https://evil.example' },
      false,
    ],
    [
      'sign-in posted by a cross-site form (login CSRF)',
      { credential: 'none', sessionRoute: true, origin: 'https://evil.example', secFetchSite: 'cross-site' },
      true,
    ],
    [
      'sign-in from the console page',
      { credential: 'none', sessionRoute: true, origin: own, secFetchSite: 'same-origin' },
      false,
    ],
    ['sign-in from curl (no browser headers)', { credential: 'none', sessionRoute: true }, false],
    ['origins compared without case', { origin: 'HTTP://127.0.0.1:3000' }, false],
  ])('%s', (_title, facts, refused) => {
    expect(crossSiteRefusal({ ...base, ...facts }) !== undefined).toBe(refused);
  });

  it('says why, naming the origin it refused', () => {
    expect(crossSiteRefusal({ ...base, origin: 'http://127.0.0.1:8080' })).toContain('http://127.0.0.1:8080');
  });
});
