import { Global, Module } from '@nestjs/common';
import { IssueEscalation } from '../core/issue-escalation';
import { WebhookSender } from '../core/webhook-sender';
import { ChannelSender } from './channel-sender';
import { EscalationModule } from './escalation.module';
import { EscalationService } from './escalation.service';

/**
 * Escalation's services as the shared kernel's ports, for every module: issues tells escalation of a
 * person's action (IssueEscalation) and asks integrations to retry (WebhookSender) through them.
 */
@Global()
@Module({
  imports: [EscalationModule],
  providers: [
    { provide: IssueEscalation, useExisting: EscalationService },
    { provide: WebhookSender, useExisting: ChannelSender },
  ],
  exports: [IssueEscalation, WebhookSender],
})
export class EscalationPortsModule {}
