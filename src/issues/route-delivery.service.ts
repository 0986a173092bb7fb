import { Injectable, Logger } from '@nestjs/common';
import type { IssueRoutedPayload } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import type { IssueEntity } from './issue.entity';
import { IssueRepository } from './issue.repository';
import { routedPayload } from './routed-payload';

/**
 * Puts routing notifications on owner queues after the transaction that decided them has committed.
 * The decision is stored on the issue (pending_route) in that transaction, so a crash or a queue
 * outage between commit and enqueue leaves a row the sweep delivers later, never a lost notification.
 * (Enqueuing inside the transaction would also hold a database connection hostage to the queue.)
 */
@Injectable()
export class RouteDeliveryService {
  private readonly logger = new Logger(RouteDeliveryService.name);

  constructor(
    private readonly issues: IssueRepository,
    private readonly queues: QueueService,
  ) {}

  async deliver(issue: IssueEntity, transition: IssueRoutedPayload['transition']): Promise<void> {
    await this.queues.enqueue('issue-routed', routedPayload(issue, transition), {
      jobId: `${issue.id}-${transition}-${issue.occurrences}-${issue.updatedAt.getTime()}`,
    });
    await this.issues.clearPendingRoute(issue.id, transition);
  }

  /** Delivers decisions left pending for longer than `olderThanMs` (the enqueue after their commit failed). */
  async sweep(olderThanMs: number, limit = 200): Promise<number> {
    const issues = await this.issues.pendingRoutes(olderThanMs, limit);
    let delivered = 0;
    for (const issue of issues) {
      try {
        await this.deliver(issue, issue.pendingRoute as IssueRoutedPayload['transition']);
        delivered += 1;
      } catch (error) {
        this.logger.warn(`routing of issue ${issue.id} still pending: ${(error as Error).message}`);
        break;
      }
    }
    return delivered;
  }
}
