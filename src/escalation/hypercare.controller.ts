import { Requires } from '../access/access.decorators';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { HypercareListDto, HypercareReportDto } from './dto/escalation-responses.dto';
import { HypercareService } from './hypercare.service';

export class HypercareReportQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(90) days?: number;
}

/** The weekly hypercare report: enough to see when the build team can step back. */
@ApiTags('hypercare')
@Requires('issues.read')
@Controller('v1/hypercare')
export class HypercareController {
  constructor(private readonly hypercare: HypercareService) {}

  @Get()
  @ApiOperation({ summary: 'Hypercare windows and whether each is in force' })
  @ApiOkResponse({ type: HypercareListDto })
  async windows() {
    return this.hypercare.windows();
  }

  @Get(':integration/report')
  @ApiOperation({
    summary:
      'Issues by class, notifications, escalations and time to acknowledge for one integration over the last days (default 7); its open issues and the exit criteria',
  })
  @ApiOkResponse({ type: HypercareReportDto })
  async report(@Param('integration') integration: string, @Query() query: HypercareReportQuery) {
    return this.hypercare.report(integration, query.days ?? 7);
  }
}
