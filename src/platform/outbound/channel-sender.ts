import { createHmac } from 'node:crypto';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { ChannelKind } from '../../core/seam-config.types';
import { AppConfig, outboundPolicyOf } from '../config/app-config';
import type { OutboundMessage } from './domain/outbound-message';
import type { OutboundPolicy } from './domain/outbound-policy';
import { OutboundError, postOutbound } from './outbound-request';

export interface ChannelAddress {
  kind: ChannelKind;
  target: string;
  secret?: string;
}

/** Hands one message to one channel; throws an OutboundError with a short reason when the channel did not take it. */
@Injectable()
export class ChannelSender implements OnApplicationShutdown {
  private mail?: Transporter;
  private readonly policy: OutboundPolicy;

  constructor(private readonly config: AppConfig) {
    this.policy = outboundPolicyOf(config);
  }

  async send(channel: ChannelAddress, message: OutboundMessage): Promise<void> {
    if (channel.kind === 'email') return this.sendMail(channel.target, message);
    const body = JSON.stringify(message.json);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'seam-notifier/1' };
    if (channel.secret) {
      // the same scheme Seam asks of integrations (API.md, Signatures), so receivers verify it the same way
      const t = Math.floor(Date.now() / 1000);
      headers['x-seam-signature'] =
        `t=${t},v1=${createHmac('sha256', channel.secret).update(`${t}.${body}`).digest('hex')}`;
    }
    try {
      await postOutbound(channel.target, {
        headers,
        body,
        policy: this.policy,
        timeoutMs: this.config.NOTIFY_TIMEOUT_MS,
      });
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      const what = `${channel.kind} ${hostOf(channel.target)}`;
      throw new OutboundError(
        error.failure,
        error.failure === 'refused'
          ? `${what} refused: ${error.message}`
          : error.failure === 'unreachable'
            ? `${what} unreachable: ${error.message}`
            : `${what} ${error.message}`,
        error.status,
      );
    }
  }

  private async sendMail(to: string, message: OutboundMessage): Promise<void> {
    if (!this.config.SMTP_URL) throw new Error('email channel, but SMTP_URL is not set');
    const url = new URL(this.config.SMTP_URL);
    url.searchParams.set('connectionTimeout', String(this.config.NOTIFY_TIMEOUT_MS));
    url.searchParams.set('greetingTimeout', String(this.config.NOTIFY_TIMEOUT_MS));
    this.mail ??= createTransport(url.toString());
    await this.mail.sendMail({
      from: this.config.SMTP_FROM,
      to,
      subject: message.email?.subject ?? 'Seam',
      text: message.email?.text ?? '',
    });
  }

  onApplicationShutdown(): void {
    this.mail?.close();
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'channel';
  }
}
