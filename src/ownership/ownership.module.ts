import { Module } from '@nestjs/common';
import { RoutingModule } from '../routing/routing.module';
import { HypercareWindowRepository } from './hypercare-window.repository';
import { KnownIssueRepository } from './known-issue.repository';
import { CalendarDayRepository } from './calendar-day.repository';
import { ConfigStore } from './config.store';
import { ConfigurationService } from './configuration.service';
import { ContactChannelRepository } from './contact-channel.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { OwnerTeamRepository } from './owner-team.repository';
import { OwnershipQueriesRepository } from './ownership-queries.repository';
import { SeamSettingRepository } from './seam-setting.repository';
import { TeamMemberRepository } from './team-member.repository';
import { EscalationAuditService } from './escalation-audit.service';
import { OwnershipController } from './ownership.controller';
import { PeopleService } from './people.service';

/** Teams, people, channels, policies, calendar, known issues and hypercare: seam.yaml and its API. */
@Module({
  imports: [RoutingModule],
  controllers: [OwnershipController],
  providers: [
    ConfigStore,
    ConfigurationService,
    EscalationAuditService,
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
  ],
  exports: [ConfigStore, EscalationAuditService, OwnerTeamRepository],
})
export class OwnershipModule {}
