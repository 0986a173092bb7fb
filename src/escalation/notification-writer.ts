import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import type { Tx } from '../platform/database/unit-of-work';
import { NOTIFY_QUEUE } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { delayUntil, jobIdOf, sweepAction, type JobState } from './domain/escalation-due';
import { stepTargets, type EscalationStep } from './domain/escalation-plan';
import type { SeamConfig, Team } from '../core/seam-config.types';
import { NotificationRepository } from './notification.repository';

/** One channel a notification goes through, and whose it is. */
export interface Target {
  team: string;
  memberId: string | null;
  channelId: string;
  kind: string;
}

/** A notification about one issue: one row per channel, unique per (state key, level, channel). */
export interface IssueNotification {
  issueId: string;
  drillId: string | null;
  stateKey: string;
  level: number;
  afterHours: boolean;
  /** a hypercare copy: the owner team whose issue it is */
  copyOf?: string;
  /** a copy waiting for its team's business hours */
  deliverAfter?: Date | null;
}

/** A notification still 'queued' or 'retrying' this long after its last change may have lost its job. */
const DELIVERY_STALE_MS = 10_000;

/**
 * Writes notification rows and queues their deliveries. A row is written once (its unique key), and its
 * delivery job is keyed by the row, so writing or queueing twice sends nothing twice.
 */
@Injectable()
export class NotificationWriter {
  private readonly logger = new Logger(NotificationWriter.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly queues: QueueService,
    private readonly config: AppConfig,
  ) {}

  /** The channels a step reaches: every channel of each recipient, and the team channels it names. */
  channelsOf(config: SeamConfig, team: Team, step: EscalationStep | undefined): Target[] {
    return stepTargets(config.teams, team, step);
  }

  /** The rows of one issue notification; the ids of those new (the caller delivers them after its commit). */
  async forIssue(tx: Tx, notification: IssueNotification, targets: Target[]): Promise<string[]> {
    const ids: string[] = [];
    for (const target of targets) {
      const id = await this.notifications.insert(
        {
          issueId: notification.issueId,
          drillId: notification.drillId,
          stateKey: notification.stateKey,
          level: notification.level,
          team: target.team,
          memberId: target.memberId,
          channelId: target.channelId,
          channelKind: target.kind,
          afterHours: notification.afterHours,
          copyOf: notification.copyOf ?? null,
          deliverAfter: notification.deliverAfter ?? null,
          content: null,
        },
        tx,
      );
      if (id) ids.push(id);
    }
    return ids;
  }

  /** The rows of a message about many issues (a digest, a budget summary), which carries its own content. */
  async forMany(stateKey: string, targets: Target[], content: object): Promise<string[]> {
    const ids: string[] = [];
    for (const target of targets) {
      const id = await this.notifications.insert({
        issueId: null,
        drillId: null,
        stateKey,
        level: 0,
        team: target.team,
        memberId: target.memberId,
        channelId: target.channelId,
        channelKind: target.kind,
        afterHours: false,
        copyOf: null,
        deliverAfter: null,
        content,
      });
      if (id) ids.push(id);
    }
    return ids;
  }

  /** One delivery job per notification row, retried with backoff until NOTIFY_ATTEMPTS, then dead-lettered. */
  async deliver(notificationIds: string[], delay = 0): Promise<void> {
    if (notificationIds.length === 0) return;
    await this.queues.enqueueBulk(
      'deliver-notification',
      notificationIds.map((notificationId) => ({
        payload: { notificationId },
        jobId: jobIdOf('notification', notificationId),
      })),
      {
        attempts: this.config.NOTIFY_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.config.NOTIFY_BACKOFF_MS },
        ...(delay > 0 ? { delay } : {}),
      },
    );
  }

  /** Notifications still queued or retrying with no job to carry them (lost with Redis) get one again. */
  async requeueStale(now: Date): Promise<number> {
    const stale = await this.notifications.unsettledSince(new Date(now.getTime() - DELIVERY_STALE_MS));
    let requeued = 0;
    for (const { id, deliverAfter } of stale) {
      if (!(await jobMissing(this.queues, NOTIFY_QUEUE, jobIdOf('notification', id)))) continue;
      // a copy waiting for its team's business hours keeps waiting
      await this.deliver([id], deliverAfter ? delayUntil(deliverAfter, now) : 0);
      requeued += 1;
    }
    if (requeued) this.logger.warn(`escalation sweep re-queued ${requeued} delivery job(s) that were missing`);
    return requeued;
  }
}

/**
 * True when the caller must add the job: it is missing (Redis lost it), or finished without doing what
 * the caller still sees undone (removed here, so that adding under its id is not a no-op).
 */
export async function jobMissing(queues: QueueService, queueName: string, jobId: string): Promise<boolean> {
  const state = (await queues.evictOnFailure(queueName, (queue) => queue.getJobState(jobId))) as JobState;
  const action = sweepAction(state);
  if (action === 'replace') await queues.evictOnFailure(queueName, (queue) => queue.remove(jobId));
  return action !== 'leave';
}
