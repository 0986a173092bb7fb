import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../platform/config/app-config';
import { routeConfigOf } from '../platform/http/route-config';
import { basicPasswordOf, bearerOf, cookieOf, SESSION_COOKIE } from './domain/api-key';
import { crossSiteRefusal } from './domain/cross-site';
import { allows, PERMISSIONS, type Permission } from './domain/permissions';
import { KeyStore, type Caller } from './key.store';

const FAILURE_WINDOW_MS = 60_000;
const MAX_BLOCKED_ADDRESSES = 100_000;

type Credential = { kind: 'key'; value: string } | { kind: 'session'; value: string };

function send(reply: FastifyReply, status: 401 | 403 | 404 | 429, line: string): FastifyReply {
  const error = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' }[status];
  void reply.code(status).send({ statusCode: status, error, message: [line] });
  return reply;
}

/**
 * Authentication, before anything else happens to a request. It runs at Fastify's `onRequest`, on the
 * route the router matched (never on the URL text, so `/%61dmin/queues` is the dashboard like any other
 * spelling), before the body is read: a request without a valid key costs a header check and at most one
 * cached key lookup, whatever it carries. Authorisation by permission stays in AccessGuard; this sets
 * `request.caller` for it, for the rate limiter (whose buckets are then keyed by the authenticated key)
 * and for the cross-site check, which needs to know whether a cookie or a header carried the credential.
 */
@Injectable()
export class RequestAuthenticator {
  /** addresses over their failed-authentication budget, until when: checked before any key lookup */
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    private readonly keys: KeyStore,
    private readonly config: AppConfig,
    @Inject(ThrottlerStorage) private readonly counters: ThrottlerStorage,
  ) {}

  install(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, reply) => this.authenticate(request, reply));
  }

  /** Counts a failed authentication against the client's address (shared across processes when the counters live in Redis). */
  async recordFailure(address: string, now = Date.now()): Promise<void> {
    // the storage blocks once hits exceed its limit; the Nth failure itself must close the door
    const record = await this.counters.increment(
      `authfail:${address}`,
      FAILURE_WINDOW_MS,
      this.config.AUTH_FAILURES_PER_IP - 1,
      FAILURE_WINDOW_MS,
      'authfail',
    );
    if (record.isBlocked) {
      if (this.blockedUntil.size >= MAX_BLOCKED_ADDRESSES) this.blockedUntil.clear();
      this.blockedUntil.set(address, now + Math.max(1, record.timeToBlockExpire) * 1000);
    }
  }

  isBlocked(address: string, now = Date.now()): boolean {
    const until = this.blockedUntil.get(address);
    if (until === undefined) return false;
    if (until > now) return true;
    this.blockedUntil.delete(address);
    return false;
  }

  blockedReply(reply: FastifyReply, address: string): FastifyReply {
    const seconds = Math.max(1, Math.ceil(((this.blockedUntil.get(address) ?? Date.now()) - Date.now()) / 1000));
    void reply.header('retry-after', String(seconds));
    return send(
      reply,
      429,
      `too many failed authentications from this address (more than ${this.config.AUTH_FAILURES_PER_IP} a minute); retry after ${seconds} s`,
    );
  }

  private ownOrigin(request: FastifyRequest): string {
    return this.config.PUBLIC_URL
      ? new URL(this.config.PUBLIC_URL).origin
      : `${request.protocol}://${request.headers.host ?? ''}`;
  }

  private crossSite(
    request: FastifyRequest,
    credential: 'cookie' | 'header' | 'none',
    sessionRoute: boolean,
  ): string | undefined {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    return crossSiteRefusal({
      method: request.method,
      credential,
      origin: header('origin'),
      referer: header('referer'),
      secFetchSite: header('sec-fetch-site'),
      ownOrigin: this.ownOrigin(request),
      sessionRoute,
    });
  }

  private async authenticate(
    request: FastifyRequest & { caller?: Caller },
    reply: FastifyReply,
  ): Promise<FastifyReply | undefined> {
    // no route matched: the not-found handler answers, and reads nothing either
    if (!request.routeOptions.url) return undefined;
    const route = routeConfigOf(request);
    if (route.seamPublic) {
      if (route.sessionRoute && this.isBlocked(request.ip)) return this.blockedReply(reply, request.ip);
      const refusal = this.crossSite(request, 'none', route.sessionRoute === true);
      return refusal ? send(reply, 403, refusal) : undefined;
    }
    const credential = this.credentialOf(request, route.basicAuth === true);
    if (!credential) {
      if (route.basicAuth)
        void reply.header('www-authenticate', 'Basic realm="Seam admin (any user name, an admin API key as password)"');
      return send(
        reply,
        401,
        route.basicAuth
          ? 'an admin API key is required (Bearer, or Basic with the key as password)'
          : 'Authorization: Bearer <API key> is required (or a console session)',
      );
    }
    if (this.isBlocked(request.ip)) return this.blockedReply(reply, request.ip);
    const caller =
      credential.kind === 'session'
        ? await this.keys.sessionCaller(credential.value)
        : await this.keys.caller(credential.value);
    if (!caller) {
      await this.recordFailure(request.ip);
      if (route.basicAuth)
        void reply.header('www-authenticate', 'Basic realm="Seam admin (any user name, an admin API key as password)"');
      return send(
        reply,
        401,
        credential.kind === 'session'
          ? 'the console session is unknown or has ended'
          : 'the API key is unknown or revoked',
      );
    }
    const refusal = this.crossSite(request, credential.kind === 'session' ? 'cookie' : 'header', false);
    if (refusal) return send(reply, 403, refusal);
    if (route.permission) {
      const permission = route.permission as Permission;
      if (!allows(caller.role, permission)) {
        return send(
          reply,
          403,
          `${permission} needs one of the roles ${PERMISSIONS[permission].roles.join(', ')}; this key's role is ${caller.role}`,
        );
      }
      if (route.readOnly && request.method !== 'GET' && request.method !== 'HEAD') {
        return send(
          reply,
          403,
          'the queue dashboard is read-only; set QUEUE_DASHBOARD_WRITE=true to retry, remove or pause jobs from it',
        );
      }
    }
    request.caller = caller;
    return undefined;
  }

  /** A bearer key first; then, where the route takes it, Basic; else the console's session cookie. */
  private credentialOf(request: FastifyRequest, basic: boolean): Credential | undefined {
    const authorization = request.headers.authorization;
    const key = bearerOf(authorization) ?? (basic ? basicPasswordOf(authorization) : undefined);
    if (key) return { kind: 'key', value: key };
    const session = cookieOf(request.headers.cookie, SESSION_COOKIE);
    return session ? { kind: 'session', value: session } : undefined;
  }
}
