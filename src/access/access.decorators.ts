import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from '../platform/http/openapi';
import { WithRouteConfig } from '../platform/http/route-config';
import type { Permission } from './domain/permissions';
import type { Caller } from './key.store';

export const PERMISSION_KEY = 'seam:permission';
export const PUBLIC_KEY = 'seam:public';

/** What a route needs; the guard refuses routes that declare neither this nor @Public. */
export const Requires = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);
/**
 * No key needed. Also told to Fastify, so the request authenticator (which runs before the body is read)
 * knows the matched route is public without reading the URL text; and to the OpenAPI document (no security).
 */
export const Public = () =>
  applyDecorators(
    SetMetadata(PUBLIC_KEY, true),
    WithRouteConfig({ seamPublic: true }),
    ApiExtension(PUBLIC_EXTENSION, true),
  );

/** The calling key (name and role), as the guard found it. */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller | undefined =>
    context.switchToHttp().getRequest<{ caller?: Caller }>().caller,
);

/** The key's name: what the audit log records as the actor. */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<{ caller?: Caller }>();
  return request.caller?.name ?? 'unknown';
});
