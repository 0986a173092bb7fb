import { EventPartitions } from './event-partitions.service';
import { RetentionService } from './retention.service';
import { OwnershipModule } from '../ownership/ownership.module';
import { Module } from '@nestjs/common';
import { IssuesModule } from '../issues/issues.module';
import { IngestController } from './ingest.controller';
import { IngestService } from './ingest.service';
import { OutboxSweeper } from './outbox.sweeper';

@Module({
  imports: [IssuesModule, OwnershipModule],
  controllers: [IngestController],
  providers: [IngestService, OutboxSweeper, RetentionService, EventPartitions],
  exports: [IngestService],
})
export class IntakeModule {}
