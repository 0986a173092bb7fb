import { Module } from '@nestjs/common';
import { IntakeModule } from '../intake/intake.module';
import { OwnershipModule } from '../ownership/ownership.module';
import { RoutingModule } from '../routing/routing.module';
import { DrillsController } from './drills.controller';
import { DrillsService } from './drills.service';
import { AssuranceProcessor } from './assurance.processor';
import { DrillQueriesRepository } from './drill-queries.repository';
import { DrillRepository } from './drill.repository';

/** Drills of the escalation paths, through the real pipeline. */
@Module({
  imports: [IntakeModule, OwnershipModule, RoutingModule],
  controllers: [DrillsController],
  providers: [DrillsService, DrillRepository, DrillQueriesRepository, AssuranceProcessor],
  exports: [DrillRepository],
})
export class DrillsModule {}
