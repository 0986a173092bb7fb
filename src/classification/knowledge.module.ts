import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClassifierService } from './classifier.service';
import { LearnedModelRepository } from './learned-model.repository';
import { LearningService } from './learning.service';
import { ClassificationRuleEntity } from './rules/classification-rule.entity';
import { ClassificationRuleRepository } from './rules/classification-rule.repository';

/** What the classifier knows (rules, learned model, settings): shared by the pipeline and the console actions. */
@Module({
  imports: [TypeOrmModule.forFeature([ClassificationRuleEntity])],
  providers: [ClassifierService, LearningService, ClassificationRuleRepository, LearnedModelRepository],
  exports: [TypeOrmModule, ClassifierService, LearningService, ClassificationRuleRepository],
})
export class KnowledgeModule {}
