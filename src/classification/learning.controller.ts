import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../access/access.decorators';
import { LearningReportDto } from './dto/learning-report.dto';
import { LearningService, type LearningReport } from './learning.service';

@ApiTags('reports')
@Controller('v1/reports')
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Requires('issues.read')
  @Get('learning')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Per target system, whether what Seam learned from people made its answers on later settled issues better',
  })
  @ApiOkResponse({ type: LearningReportDto })
  learningReport(): Promise<LearningReport> {
    return this.learning.report();
  }
}
