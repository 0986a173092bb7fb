import { Module } from '@nestjs/common';
import { RoutingModule } from '../routing/routing.module';
import { ConfigStore } from './config.store';
import { OwnershipController } from './ownership.controller';

/** Teams, people, channels, policies, calendar, known issues and hypercare: seam.yaml and its API. */
@Module({
  imports: [RoutingModule],
  controllers: [OwnershipController],
  providers: [ConfigStore],
  exports: [ConfigStore],
})
export class OwnershipModule {}
