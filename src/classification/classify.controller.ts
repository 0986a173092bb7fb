import { Requires } from '../access/access.decorators';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SyncEventDto } from '../intake/dto/sync-event.dto';
import { ClassifyService } from './classify.service';
import { ClassifyResponseDto } from './dto/classify-response.dto';

/** Dry run: how Seam would classify and route one event right now. Stores nothing. */
@ApiTags('classification')
@Requires('classify')
@Controller('v1/classify')
export class ClassifyController {
  constructor(private readonly classifying: ClassifyService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Classify one event without storing it' })
  @ApiOkResponse({ type: ClassifyResponseDto })
  classify(@Body() dto: SyncEventDto): Promise<ClassifyResponseDto> {
    return this.classifying.dryRun(dto);
  }
}
