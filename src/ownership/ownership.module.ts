import { Module } from '@nestjs/common';
import { OutboundModule } from '../platform/outbound/outbound.module';
import { RoutingModule } from '../routing/routing.module';
import { CalendarDayRepository } from './calendar-day.repository';
import { ChannelVerificationController } from './channel-verification.controller';
import { ChannelVerificationRepository } from './channel-verification.repository';
import { ChannelVerificationService } from './channel-verification.service';
import { ConfigStore } from './config.store';
import { ConfigurationService } from './configuration.service';
import { ContactChannelRepository } from './contact-channel.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { HypercareWindowRepository } from './hypercare-window.repository';
import { KnownIssueRepository } from './known-issue.repository';
import { OwnerTeamRepository } from './owner-team.repository';
import { OwnershipQueriesRepository } from './ownership-queries.repository';
import { SeamSettingRepository } from './seam-setting.repository';
import { TeamMemberRepository } from './team-member.repository';
import { OwnershipController } from './ownership.controller';
import { PeopleService } from './people.service';

/**
 * Teams, people, channels, policies, calendar, known issues and hypercare: seam.yaml and its API, and channel
 * verification. Every capability reads the configuration from here, so it imports none: the escalation audit
 * it asks for after a change comes through core's EscalationAudit port.
 */
@Module({
  imports: [RoutingModule, OutboundModule],
  controllers: [OwnershipController, ChannelVerificationController],
  providers: [
    ConfigStore,
    ConfigurationService,
    PeopleService,
    OwnerTeamRepository,
    TeamMemberRepository,
    ContactChannelRepository,
    EscalationPolicyRepository,
    CalendarDayRepository,
    SeamSettingRepository,
    OwnershipQueriesRepository,
    KnownIssueRepository,
    HypercareWindowRepository,
    ChannelVerificationRepository,
    ChannelVerificationService,
  ],
  exports: [ConfigStore, OwnerTeamRepository],
})
export class OwnershipModule {}
