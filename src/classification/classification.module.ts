import { EscalationModule } from '../escalation/escalation.module';
import { Module } from '@nestjs/common';
import { ContextModule } from '../context/context.module';
import { IssuesModule } from '../issues/issues.module';
import { RoutingModule } from '../routing/routing.module';
import { IntakeModule } from '../intake/intake.module';
import { DrillsModule } from '../drills/drills.module';
import { ClassificationContextRepository } from './classification-context.repository';
import { ClassifyEventProcessor } from './classify-event.processor';
import { ClassifyController } from './classify.controller';
import { ClassifyService } from './classify.service';
import { ContextService } from './context.service';
import { KnowledgeModule } from './knowledge.module';
import { LearningController } from './learning.controller';
import { PipelineService } from './pipeline.service';
import { RulesController } from './rules/rules.controller';
import { RulesService } from './rules/rules.service';

@Module({
  imports: [EscalationModule, KnowledgeModule, IssuesModule, RoutingModule, ContextModule, IntakeModule, DrillsModule],
  controllers: [ClassifyController, RulesController, LearningController],
  providers: [
    ContextService,
    ClassificationContextRepository,
    PipelineService,
    ClassifyEventProcessor,
    ClassifyService,
    RulesService,
  ],
})
export class ClassificationModule {}
