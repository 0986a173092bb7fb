import { Module } from '@nestjs/common';
import { EscalationModule } from '../escalation/escalation.module';
import { ChannelVerificationController } from './channel-verification.controller';
import { ChannelVerificationRepository } from './channel-verification.repository';
import { ChannelVerificationService } from './channel-verification.service';
import { OwnershipModule } from './ownership.module';

/** Apart from OwnershipModule because it sends through escalation's channel sender, and escalation reads ownership. */
@Module({
  imports: [OwnershipModule, EscalationModule],
  controllers: [ChannelVerificationController],
  providers: [ChannelVerificationRepository, ChannelVerificationService],
})
export class ChannelVerificationModule {}
