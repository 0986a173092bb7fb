import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../access/access.decorators';
import { ResponseReportDto, ResponseReportQueryDto } from './dto/response-report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Requires('issues.read')
  @Get('response')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'MTTA and MTTR per team, class and integration for issues first seen in [since, until)' })
  @ApiOkResponse({ type: ResponseReportDto })
  response(@Query() query: ResponseReportQueryDto) {
    return this.reports.response(query.since, query.until);
  }
}
