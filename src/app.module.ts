import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { ReportsModule } from './reports/reports.module';
import { ClassificationModule } from './classification/classification.module';
import { LabelLearnerModule } from './classification/label-learner.module';
import { ContextModule } from './context/context.module';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { IssuesModule } from './issues/issues.module';
import { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { dataSourceOptions } from './platform/database/data-source-options';
import { ENTITIES } from './entities';
import { QueueModule } from './platform/queue/queue.module';
import { UnitOfWorkModule } from './platform/database/unit-of-work';
import type { QueueConnectionSettings } from './platform/queue/queue-connection';
import { RoutingModule } from './routing/routing.module';
import { EscalationAuditModule } from './escalation/escalation-audit.module';
import { EscalationModule } from './escalation/escalation.module';
import { EscalationPortsModule } from './escalation/escalation-ports.module';
import { OwnershipModule } from './ownership/ownership.module';
import { DrillsModule } from './drills/drills.module';
import { AccessModule } from './access/access.module';
import { ConsoleModule } from './console/console.module';
import { ThrottlingModule } from './platform/throttling/throttling.module';
import { PrivacyModule } from './privacy/privacy.module';

/** What boot resolved: the validated config plus the concrete database and queue the process talks to. */
export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
  queue: QueueConnectionSettings;
}

@Module({})
export class AppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(runtime.config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(
            runtime.databaseUrl,
            ENTITIES,
            runtime.config.DATABASE_POOL_SIZE,
            runtime.config.DATABASE_REPLICA_URL,
          ),
          retryAttempts: 2,
          retryDelay: 1000,
        }),
        QueueModule.forRoot(runtime.queue),
        UnitOfWorkModule,
        AuditModule,
        ThrottlingModule,
        AccessModule,
        // the flow, in order: ingest → classify → route → act
        IntakeModule,
        ContextModule,
        ClassificationModule,
        LabelLearnerModule,
        RoutingModule,
        IssuesModule,
        OwnershipModule,
        EscalationModule,
        EscalationPortsModule,
        EscalationAuditModule,
        ReportsModule,
        DrillsModule,
        ConsoleModule,
        PrivacyModule,
        HealthModule,
      ],
    };
  }
}
