import { Injectable, type CanActivate, type ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { allows, PERMISSIONS, type Permission } from './domain/permissions';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import type { Caller } from './key.store';

const error = (status: 401 | 403, line: string) =>
  new HttpException(
    { statusCode: status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message: [line] },
    status,
  );

/**
 * The one place access is decided: every route declares a permission (or @Public), every key has a role.
 * Who the caller is was settled by RequestAuthenticator before the body was read; this only decides
 * whether that caller may.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets);
    // a route nobody classified is refused rather than left open
    if (!permission) throw error(403, 'this route declares no permission');
    const caller = context.switchToHttp().getRequest<{ caller?: Caller }>().caller;
    // RequestAuthenticator answers every non-public request it cannot authenticate; no caller here means it did not run
    if (!caller) throw error(401, 'Authorization: Bearer <API key> is required (or a console session)');
    if (!allows(caller.role, permission)) {
      throw error(
        403,
        `${permission} needs one of the roles ${PERMISSIONS[permission].roles.join(', ')}; this key's role is ${caller.role}`,
      );
    }
    return true;
  }
}
