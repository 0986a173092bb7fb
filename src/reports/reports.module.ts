import { Module } from '@nestjs/common';
import { ReadReplicaModule } from '../platform/database/read-replica';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ResponseReportRepository } from './response-report.repository';

/** Response reports: how fast issues are acknowledged and resolved. */
@Module({
  imports: [ReadReplicaModule],
  controllers: [ReportsController],
  providers: [ReportsService, ResponseReportRepository],
  exports: [ReportsService],
})
export class ReportsModule {}
