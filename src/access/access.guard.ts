import { Injectable, type CanActivate, type ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bearerOf, cookieOf, SESSION_COOKIE } from './domain/api-key';
import { allows, PERMISSIONS, type Permission } from './domain/permissions';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { KeyStore, type Caller } from './key.store';

const error = (status: 401 | 403, line: string) =>
  new HttpException({ statusCode: status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message: [line] }, status);

/** The one place access is decided: every route declares a permission (or @Public), every key has a role. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: KeyStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets);
    // a route nobody classified is refused rather than left open
    if (!permission) throw error(403, 'this route declares no permission');
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; caller?: Caller }>();
    // RequestAuthenticator has normally resolved the caller before the body was read
    const caller = request.caller ?? (await this.callerOf(request.headers));
    if (caller === undefined) throw error(401, 'Authorization: Bearer <API key> is required (or a console session)');
    if (caller === null) throw error(401, 'the API key is unknown or revoked');
    if (!allows(caller.role, permission)) {
      throw error(403, `${permission} needs one of the roles ${PERMISSIONS[permission].roles.join(', ')}; this key's role is ${caller.role}`);
    }
    request.caller = caller;
    return true;
  }

  /** A bearer key first; else the console's session cookie. undefined: no credential at all; null: a bad one. */
  private async callerOf(headers: Record<string, string | undefined>): Promise<Caller | null | undefined> {
    const key = bearerOf(headers.authorization);
    if (key) return this.keys.caller(key);
    const session = cookieOf(headers.cookie, SESSION_COOKIE);
    if (session) return this.keys.sessionCaller(session);
    return undefined;
  }
}
