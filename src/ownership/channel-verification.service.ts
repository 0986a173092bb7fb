import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { ChannelSender } from '../platform/outbound/channel-sender';
import { AppConfig, publicBaseUrl } from '../platform/config/app-config';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { SeamError } from '../platform/errors/seam-error';
import { ChannelVerificationRepository } from './channel-verification.repository';
import { ConfigStore } from './config.store';
import {
  checkVerificationCode,
  hashVerificationCode,
  refusalLine,
  VERIFICATION_CODE_DIGITS,
  VERIFICATION_CODE_TTL_MS,
  verificationMessage,
} from './domain/channel-verification';

/**
 * A channel is verified when the person it reaches types back the code Seam sent through it: proof the
 * channel works and reaches someone, which no API key alone can give. The code goes through the same
 * sender and outbound policy as notifications.
 */
@Injectable()
export class ChannelVerificationService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: ConfigStore,
    private readonly pending: ChannelVerificationRepository,
    private readonly sender: ChannelSender,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async send(
    channelId: string,
    actor: string,
  ): Promise<{ channel: string; kind: string; sentAt: string; expiresAt: string }> {
    const channel = await this.store.channel(channelId);
    if (!channel) throw new SeamError('channel.not_found', [`channel ${channelId} does not exist`]);
    const code = String(randomInt(0, 10 ** VERIFICATION_CODE_DIGITS)).padStart(VERIFICATION_CODE_DIGITS, '0');
    const sentAt = new Date();
    const expiresAt = new Date(sentAt.getTime() + VERIFICATION_CODE_TTL_MS);
    // stored before it is sent: whoever reads it first must find it pending
    await this.pending.put(channel.id, {
      codeHash: hashVerificationCode(channel.id, code),
      target: channel.target,
      expiresAt,
      failedAttempts: 0,
      sentAt,
      requestedBy: actor,
    });
    const base = publicBaseUrl(this.config);
    const message = verificationMessage(channel.kind, {
      channelId: channel.id,
      code,
      expiresAt,
      confirmUrl: `${base}/v1/channels/${encodeURIComponent(channel.id)}/verify`,
    });
    try {
      await this.sender.send(channel, message);
    } catch (error) {
      const reason = (error as Error).message;
      await this.pending.discard(channel.id);
      await this.store.recordDelivery(channel.id, false, reason);
      await this.audit.record([
        {
          issueId: null,
          actor,
          action: AUDIT_ACTIONS.channelVerificationSent,
          team: channel.team,
          detail: { channel: channel.id, kind: channel.kind, sent: false, error: reason },
        },
      ]);
      throw new SeamError('channel.send_failed', [
        `the verification code could not be sent to channel ${channel.id}: ${reason}`,
      ]);
    }
    await this.store.recordDelivery(channel.id, true, null);
    await this.audit.record([
      {
        issueId: null,
        actor,
        action: AUDIT_ACTIONS.channelVerificationSent,
        team: channel.team,
        detail: { channel: channel.id, kind: channel.kind, sent: true, expiresAt: expiresAt.toISOString() },
      },
    ]);
    return {
      channel: channel.id,
      kind: channel.kind,
      sentAt: sentAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
    };
  }

  async confirm(channelId: string, code: string, actor: string): Promise<{ channel: string; verifiedAt: string }> {
    const channel = await this.store.channel(channelId);
    if (!channel) throw new SeamError('channel.not_found', [`channel ${channelId} does not exist`]);
    const now = new Date();
    const check = await this.unitOfWork.run(async (manager) => {
      const pending = await this.pending.findForUpdate(channel.id, manager);
      const result = checkVerificationCode(
        pending,
        { codeHash: hashVerificationCode(channel.id, code), target: channel.target },
        now,
      );
      if (result.outcome === 'verified') {
        await this.store.markVerified(channel.id, now, manager);
        await this.pending.discard(channel.id, manager);
        await this.audit.record(
          [
            {
              issueId: null,
              actor,
              action: AUDIT_ACTIONS.channelVerified,
              team: channel.team,
              detail: {
                channel: channel.id,
                before: { verifiedAt: channel.verifiedAt ?? null },
                after: { verifiedAt: now.toISOString() },
              },
            },
          ],
          manager,
        );
        return result;
      }
      if (result.discard) await this.pending.discard(channel.id, manager);
      else if (result.outcome === 'wrong') await this.pending.countFailure(channel.id, manager);
      const reason = result.outcome === 'wrong' ? 'wrong_code' : result.reason;
      await this.audit.record(
        [
          {
            issueId: null,
            actor,
            action: AUDIT_ACTIONS.channelVerificationRefused,
            team: channel.team,
            detail: { channel: channel.id, reason },
          },
        ],
        manager,
      );
      return result;
    });
    // the refusal (and the failed attempt it counted) is committed before the 400
    if (check.outcome !== 'verified') throw new SeamError('request.invalid', [refusalLine(channel.id, check)]);
    this.store.invalidate();
    return { channel: channel.id, verifiedAt: now.toISOString() };
  }
}
