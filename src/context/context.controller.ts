import { Requires } from '../access/access.decorators';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BusinessChangeEntity } from './business-change.entity';
import { CreateChangeDto, CreateReleaseDto } from './dto/context.dto';
import { MarkersService } from './markers.service';
import { ReleaseEntity } from './release.entity';
import { BusinessChangeDto, ReleaseDto } from './dto/context-responses.dto';

/** Deploy markers and business changes: the context that turns a message into a diagnosis. */
@ApiTags('context')
@Requires('context.write')
@Controller('v1')
export class ContextController {
  constructor(private readonly markers: MarkersService) {}

  @Post('releases')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a deploy of the integration code' })
  @ApiBody({
    type: CreateReleaseDto,
    examples: {
      release: { value: { version: '3.1.0', deployedAt: '2026-11-30T07:50:00Z', integration: 'webshop-bc-items' } },
    },
  })
  @ApiCreatedResponse({ type: ReleaseDto })
  createRelease(@Body() dto: CreateReleaseDto): Promise<ReleaseEntity> {
    return this.markers.recordRelease(dto);
  }

  @Post('changes')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a business or configuration change (new status, approval, closed period, …)' })
  @ApiBody({
    type: CreateChangeDto,
    examples: {
      change: {
        value: { system: 'myob', description: 'Lock date moved to 31 October', changedAt: '2026-11-30T07:40:00Z' },
      },
    },
  })
  @ApiCreatedResponse({ type: BusinessChangeDto })
  createChange(@Body() dto: CreateChangeDto): Promise<BusinessChangeEntity> {
    return this.markers.recordChange(dto);
  }
}
