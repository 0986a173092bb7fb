import { Requires } from '../access/access.decorators';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BusinessChangeEntity } from './business-change.entity';
import { CreateChangeDto, CreateReleaseDto } from './dto/context.dto';
import { ReleaseEntity } from './release.entity';
import { BusinessChangeDto, ReleaseDto } from './dto/context-responses.dto';

/** Deploy markers and business changes: the context that turns a message into a diagnosis. */
@ApiTags('context')
@Requires('context.write')
@Controller('v1')
export class ContextController {
  constructor(
    @InjectRepository(ReleaseEntity) private readonly releases: Repository<ReleaseEntity>,
    @InjectRepository(BusinessChangeEntity) private readonly changes: Repository<BusinessChangeEntity>,
  ) {}

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
  async createRelease(@Body() dto: CreateReleaseDto): Promise<ReleaseEntity> {
    return this.releases.save(
      this.releases.create({ version: dto.version, deployedAt: new Date(dto.deployedAt), integration: dto.integration ?? null, system: dto.system ?? null }),
    );
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
  async createChange(@Body() dto: CreateChangeDto): Promise<BusinessChangeEntity> {
    return this.changes.save(
      this.changes.create({
        system: dto.system,
        description: dto.description,
        changedAt: new Date(dto.changedAt),
        entity: dto.entity ?? null,
        integration: dto.integration ?? null,
      }),
    );
  }
}
