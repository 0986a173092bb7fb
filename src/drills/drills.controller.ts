import { Actor, Requires } from '../access/access.decorators';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsReadableTimestamp } from '../platform/http/validation';
import { DRILL_SCENARIOS, DrillsService, type DrillScenario } from './drills.service';
import { DrillReportDto, DrillStartedDto } from './dto/drill-responses.dto';

export class StartDrillDto {
  @IsIn(DRILL_SCENARIOS, { message: `scenario must be one of ${DRILL_SCENARIOS.join(', ')}` })
  scenario: DrillScenario;

  /** run as if it happened at the owner team's next out-of-hours time */
  @IsOptional()
  @IsBoolean({ message: 'afterHours must be true or false' })
  afterHours?: boolean;

  /** run as if it happened at this time (business hours and calendar are read at it) */
  @IsOptional()
  @IsReadableTimestamp()
  asIf?: string;
}

@ApiTags('drills')
@Controller('v1/drills')
export class DrillsController {
  constructor(private readonly drills: DrillsService) {}

  @Requires('drills.run')
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Run a marked synthetic incident through the real pipeline; follow it at the report link' })
  @ApiBody({
    type: StartDrillDto,
    examples: {
      drill: { value: { scenario: 'login_failure' } },
      afterHours: { value: { scenario: 'integration_outage', afterHours: true } },
    },
  })
  @ApiAcceptedResponse({ type: DrillStartedDto })
  start(@Body() dto: StartDrillDto, @Actor() actor: string) {
    return this.drills.start(dto, actor);
  }

  @Requires('issues.read')
  @Get(':id')
  @ApiOperation({ summary: 'Who was notified at each level, who acknowledged and how fast' })
  @ApiOkResponse({ type: DrillReportDto })
  report(@Param('id') id: string) {
    return this.drills.report(id);
  }
}
