import { Global, Module } from '@nestjs/common';
import { LabelLearner } from '../core/label-learner';
import { KnowledgeModule } from './knowledge.module';
import { LearningService } from './learning.service';

/** The learning service as the shared kernel's LabelLearner, for every module: issues teaches through it. */
@Global()
@Module({
  imports: [KnowledgeModule],
  providers: [{ provide: LabelLearner, useExisting: LearningService }],
  exports: [LabelLearner],
})
export class LabelLearnerModule {}
