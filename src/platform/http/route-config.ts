import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * What Seam tells Fastify about a route, before the request reaches Nest: whether it is public and how
 * large a body it takes. Fastify knows the matched route at `onRequest` and applies `bodyLimit` while
 * reading, so both hold whatever the URL text looks like and before any work proportional to the body.
 */
export interface SeamRouteConfig {
  seamPublic?: boolean;
  bodyLimit?: number;
  /** the console's sign-in and sign-out: public, but refused cross-site (login CSRF) and sign-in failures are capped */
  sessionRoute?: boolean;
  /** routes Nest does not serve (Bull Board): the permission they need, checked before the handler */
  permission?: string;
  /** also take the key as an HTTP Basic password: browsers ask for Basic by themselves */
  basicAuth?: boolean;
  /** refuse methods other than GET and HEAD */
  readOnly?: boolean;
  /** the body is a document people send from a file (seam.yaml): taken as text whatever its content type */
  textDocument?: boolean;
}

/** Most routes take a small JSON document: an action, a rule, a release marker, one event to classify. */
export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;
/**
 * Ingest: a full batch of 1000 events of about 4 KB each, or 60 events with the largest payload allowed
 * (64 KB). Larger batches are split by the sender: parsing, checking and storing one request is work the
 * event loop cannot interleave, and at 16 MiB it held the loop long enough to delay /health past 100 ms
 * (npm run bench:hostile).
 */
export const INGEST_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/** A seam.yaml: teams, people, channels and rules, as kept in git. */
export const CONFIG_BODY_LIMIT_BYTES = 1024 * 1024;
/** Sign-in to the console: one key. It is public, so it reads next to nothing. */
export const SIGN_IN_BODY_LIMIT_BYTES = 4 * 1024;

type MethodOrClassDecorator = MethodDecorator & ClassDecorator;

function merge(target: object, config: SeamRouteConfig): void {
  const previous = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, target) as SeamRouteConfig | undefined) ?? {};
  Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...previous, ...config }, target);
}

/**
 * Adds to the Fastify route config of a handler, or of every handler of a controller class. The Nest
 * adapter reads this metadata from the handler function only, so a class-level use is copied onto each
 * method (class decorators run after method decorators, so nothing a method says is lost).
 */
export function WithRouteConfig(config: SeamRouteConfig): MethodOrClassDecorator {
  return ((target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) {
      merge(descriptor.value as object, config);
      return descriptor;
    }
    const prototype = (target as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const member = Object.getOwnPropertyDescriptor(prototype, name)?.value;
      if (name !== 'constructor' && typeof member === 'function') merge(member, config);
    }
    return undefined;
  }) as MethodOrClassDecorator;
}

/** The body is a document (YAML or JSON): sent with any content type, or none, it reaches the handler as text. */
export const TextDocumentBody = () => WithRouteConfig({ textDocument: true });

/** The largest body this route reads; larger ones get 413 while being read. */
export const BodyLimit = (bytes: number) => WithRouteConfig({ bodyLimit: bytes });

/** Every route gets its own body limit: the one it declares, else the small default. Install before routes are registered. */
export function installRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const declared = (route.config as SeamRouteConfig | undefined)?.bodyLimit;
    route.bodyLimit = route.bodyLimit ?? declared ?? DEFAULT_BODY_LIMIT_BYTES;
  });
}

export function routeConfigOf(request: { routeOptions?: { config?: unknown } }): SeamRouteConfig {
  return (request.routeOptions?.config as SeamRouteConfig | undefined) ?? {};
}
