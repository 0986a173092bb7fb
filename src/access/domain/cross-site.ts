/**
 * Cross-site request forgery, decided from what a browser always sends. A console session rides on a
 * cookie the browser attaches by itself, so a state-changing request carried by that cookie must come
 * from the console's own origin. SameSite=Strict is not enough: a page on another port of the same host
 * is the same *site*. Requests carrying a bearer key are not at risk (no browser adds that header on its
 * own), and neither are safe methods.
 */
export interface CrossSiteFacts {
  method: string;
  /** how the caller authenticated: a session cookie, or a bearer/basic key, or nothing (a public route) */
  credential: 'cookie' | 'header' | 'none';
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  /** the service's own origin: PUBLIC_URL's, else the scheme and Host of the request */
  ownOrigin: string;
  /** sign-in or sign-out: public, but signing a victim into an attacker's key is login CSRF */
  sessionRoute: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}

/** Why the request is refused as cross-site, or undefined when it may go on. */
export function crossSiteRefusal(facts: CrossSiteFacts): string | undefined {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return undefined;
  if (facts.credential === 'header') return undefined;
  if (facts.credential === 'none' && !facts.sessionRoute) return undefined;
  // Fetch Metadata first: every current browser sends it, and it cannot be set by a page
  if (facts.secFetchSite !== undefined && facts.secFetchSite !== 'same-origin' && facts.secFetchSite !== 'none') {
    return `cross-site request refused: Sec-Fetch-Site is ${facts.secFetchSite}; the console acts only on requests from its own origin`;
  }
  const sent = facts.origin !== undefined && facts.origin !== 'null' ? facts.origin : originOf(facts.referer);
  if (sent !== undefined) {
    if (sent.toLowerCase() !== facts.ownOrigin.toLowerCase()) {
      return `cross-site request refused: Origin ${sent} is not ${facts.ownOrigin}`;
    }
    return undefined;
  }
  if (facts.origin === 'null') return 'cross-site request refused: Origin is null (a sandboxed or file page)';
  // a browser sends Origin on every POST, PUT and DELETE; a cookie without one came from no browser we know
  if (facts.credential === 'cookie')
    return 'a console session must send Origin on a state-changing request (use a bearer key from scripts)';
  return undefined;
}
