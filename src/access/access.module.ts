import { ApiKeyRepository } from './api-key.repository';
import { ConsoleSessionRepository } from './console-session.repository';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { KeysController } from './keys.controller';
import { KeyStore } from './key.store';
import { RequestAuthenticator } from './request-authenticator';

/** API keys with roles, and the guard that checks every request against the permission table. */
@Global()
@Module({
  controllers: [KeysController],
  providers: [
    KeyStore,
    ApiKeyRepository,
    ConsoleSessionRepository,
    RequestAuthenticator,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [KeyStore, RequestAuthenticator],
})
export class AccessModule {}
