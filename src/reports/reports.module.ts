import { Module } from '@nestjs/common';
import { ReadReplica } from '../platform/database/read-replica';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ResponseReportRepository } from './response-report.repository';

/** Response reports: how fast issues are acknowledged and resolved. */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ResponseReportRepository, ReadReplica],
  exports: [ReportsService],
})
export class ReportsModule {}
