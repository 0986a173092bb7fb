import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClassifierService } from './classifier.service';
import { LearningService } from './learning.service';
import { ClassificationRuleEntity } from './rules/classification-rule.entity';

/** What the classifier knows (rules, learned model, settings): shared by the pipeline and the console actions. */
@Module({
  imports: [TypeOrmModule.forFeature([ClassificationRuleEntity])],
  providers: [ClassifierService, LearningService],
  exports: [TypeOrmModule, ClassifierService, LearningService],
})
export class KnowledgeModule {}
