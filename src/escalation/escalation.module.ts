import { Module } from '@nestjs/common';
import { OwnershipModule } from '../ownership/ownership.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ReportsModule } from '../reports/reports.module';
import { ChannelSender } from './channel-sender';
import { DigestService } from './digest.service';
import { EscalationPendingRepository } from './escalation-pending.repository';
import { EscalationProcessor } from './escalation.processor';
import { EscalationService } from './escalation.service';
import { NotificationBudgetStore } from './notification-budget.store';
import { NotificationDeliveryService } from './notification-delivery.service';
import { NotificationWriter } from './notification-writer';
import { HypercareController } from './hypercare.controller';
import { NotificationsController } from './notifications.controller';

/** Act: who hears of an issue, when, through which channel, and what happens when nobody answers. */
@Module({
  imports: [OwnershipModule, PrivacyModule, ReportsModule],
  controllers: [NotificationsController, HypercareController],
  providers: [
    EscalationService,
    EscalationPendingRepository,
    NotificationWriter,
    DigestService,
    NotificationDeliveryService,
    ChannelSender,
    EscalationProcessor,
    NotificationBudgetStore,
  ],
  exports: [EscalationService, ChannelSender],
})
export class EscalationModule {}
