import { Module } from '@nestjs/common';
import { RoutingModule } from '../routing/routing.module';
import { ConfigStore } from './config.store';
import { EscalationAuditService } from './escalation-audit.service';
import { OwnershipController } from './ownership.controller';
import { PeopleService } from './people.service';

/** Teams, people, channels, policies, calendar, known issues and hypercare: seam.yaml and its API. */
@Module({
  imports: [RoutingModule],
  controllers: [OwnershipController],
  providers: [ConfigStore, EscalationAuditService, PeopleService],
  exports: [ConfigStore, EscalationAuditService],
})
export class OwnershipModule {}
