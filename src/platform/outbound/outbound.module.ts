import { Module } from '@nestjs/common';
import { ChannelSender } from './channel-sender';

/** The channel sender, one per process: it keeps the SMTP connection that shutdown closes. */
@Module({ providers: [ChannelSender], exports: [ChannelSender] })
export class OutboundModule {}
