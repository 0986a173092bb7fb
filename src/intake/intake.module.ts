import { EventPartitions } from './event-partitions.service';
import { RetentionService } from './retention.service';
import { OwnershipModule } from '../ownership/ownership.module';
import { Module } from '@nestjs/common';
import { IssuesModule } from '../issues/issues.module';
import { IngestController } from './ingest.controller';
import { IngestService } from './ingest.service';
import { OutboxSweeper } from './outbox.sweeper';
import { EscalationModule } from '../escalation/escalation.module';
import { RoutingModule } from '../routing/routing.module';
import { ArrivalHistoryRepository } from './arrival-history.repository';
import { SilenceWatchService } from './silence-watch.service';
import { SyncEventRepository } from './sync-event.repository';

@Module({
  imports: [IssuesModule, OwnershipModule, EscalationModule, RoutingModule],
  controllers: [IngestController],
  providers: [
    IngestService,
    OutboxSweeper,
    RetentionService,
    EventPartitions,
    ArrivalHistoryRepository,
    SilenceWatchService,
    SyncEventRepository,
  ],
  exports: [IngestService, SyncEventRepository],
})
export class IntakeModule {}
