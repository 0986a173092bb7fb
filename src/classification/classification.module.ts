import { EscalationModule } from '../escalation/escalation.module';
import { Module } from '@nestjs/common';
import { IssuesModule } from '../issues/issues.module';
import { RoutingModule } from '../routing/routing.module';
import { ClassifyEventProcessor } from './classify-event.processor';
import { ClassifyController } from './classify.controller';
import { ContextService } from './context.service';
import { KnowledgeModule } from './knowledge.module';
import { PipelineService } from './pipeline.service';
import { RulesController } from './rules/rules.controller';

@Module({
  imports: [EscalationModule, KnowledgeModule, IssuesModule, RoutingModule],
  controllers: [ClassifyController, RulesController],
  providers: [ContextService, PipelineService, ClassifyEventProcessor],
})
export class ClassificationModule {}
