import { IssueActionsService } from './issue-actions.service';
import { OwnershipModule } from '../ownership/ownership.module';
import { ReadReplicaModule } from '../platform/database/read-replica';
import { OutboundModule } from '../platform/outbound/outbound.module';
import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoutingModule } from '../routing/routing.module';
import { IssueQueriesRepository } from './issue-queries.repository';
import { IssueRecordEntity } from './issue-record.entity';
import { IssueRecordRepository } from './issue-record.repository';
import { IssueEntity } from './issue.entity';
import { IssueStorageModule } from './issue-storage.module';
import { IssuesController } from './issues.controller';
import { IssuesService } from './issues.service';
import { RouteDeliveryService } from './route-delivery.service';

@Module({
  imports: [
    OwnershipModule,
    OutboundModule,
    PrivacyModule,
    TypeOrmModule.forFeature([IssueEntity, IssueRecordEntity]),
    RoutingModule,
    ReadReplicaModule,
    IssueStorageModule,
  ],
  controllers: [IssuesController],
  providers: [IssuesService, RouteDeliveryService, IssueActionsService, IssueRecordRepository, IssueQueriesRepository],
  exports: [IssueStorageModule, RouteDeliveryService, IssuesService, IssueRecordRepository],
})
export class IssuesModule {}
