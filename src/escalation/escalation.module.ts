import { Module } from '@nestjs/common';
import { OwnershipModule } from '../ownership/ownership.module';
import { OutboundModule } from '../platform/outbound/outbound.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ReportsModule } from '../reports/reports.module';
import { IssueStorageModule } from '../issues/issue-storage.module';
import { DigestItemRepository } from './digest-item.repository';
import { DigestService } from './digest.service';
import { EscalationPendingRepository } from './escalation-pending.repository';
import { EscalationQueriesRepository } from './escalation-queries.repository';
import { EscalationProcessor } from './escalation.processor';
import { EscalationPathsController } from './escalation-paths.controller';
import { EscalationPathsService } from './escalation-paths.service';
import { EscalationService } from './escalation.service';
import { HypercareController } from './hypercare.controller';
import { HypercareService } from './hypercare.service';
import { NotificationBudgetRepository } from './notification-budget.repository';
import { NotificationBudgetService } from './notification-budget.service';
import { NotificationDeliveryService } from './notification-delivery.service';
import { NotificationWriter } from './notification-writer';
import { NotificationRepository } from './notification.repository';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Act: who hears of an issue, when, through which channel, and what happens when nobody answers. */
@Module({
  imports: [OwnershipModule, OutboundModule, PrivacyModule, ReportsModule, IssueStorageModule],
  controllers: [NotificationsController, HypercareController, EscalationPathsController],
  providers: [
    EscalationService,
    EscalationPendingRepository,
    EscalationQueriesRepository,
    NotificationRepository,
    NotificationWriter,
    DigestItemRepository,
    DigestService,
    NotificationDeliveryService,
    NotificationsService,
    HypercareService,
    EscalationPathsService,
    EscalationProcessor,
    NotificationBudgetRepository,
    NotificationBudgetService,
  ],
  exports: [EscalationService],
})
export class EscalationModule {}
