import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, mergeMap, type Observable } from 'rxjs';
import { PERMISSION_KEY } from '../access/access.decorators';
import type { Permission } from '../access/domain/permissions';
import type { Caller } from '../access/key.store';
import { PrivacyService } from './privacy.service';

/**
 * Documents of configuration and keys, not of synced data (their field names are settings, and masking
 * them would break an export re-imported), and answers about the data the caller itself just sent.
 * Every other route's answer is masked for a masked role, so a route added later is masked without
 * anyone remembering to.
 */
const UNMASKED: ReadonlySet<Permission> = new Set<Permission>([
  'config.read',
  'config.write',
  'keys.manage',
  'events.write',
  'classify',
]);

/** Applies privacy masking to every JSON answer a masked role gets: lists, details, queues, lookups, the timeline. */
@Injectable()
export class MaskingInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly privacy: PrivacyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permission || UNMASKED.has(permission)) return next.handle();
    const caller = context.switchToHttp().getRequest<{ caller?: Caller }>().caller;
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(
          (async () => {
            if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return body;
            const masking = await this.privacy.maskingFor(caller);
            return masking ? this.privacy.mask(body, masking) : body;
          })(),
        ),
      ),
    );
  }
}
