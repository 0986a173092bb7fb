import { Injectable } from '@nestjs/common';
import { BusinessChangeRepository } from './business-change.repository';
import type { BusinessChangeEntity } from './business-change.entity';
import type { CreateChangeDto, CreateReleaseDto } from './dto/context.dto';
import { ReleaseRepository } from './release.repository';
import type { ReleaseEntity } from './release.entity';

/** Deploy markers and business changes, as the API records them. */
@Injectable()
export class MarkersService {
  constructor(
    private readonly releases: ReleaseRepository,
    private readonly changes: BusinessChangeRepository,
  ) {}

  recordRelease(dto: CreateReleaseDto): Promise<ReleaseEntity> {
    return this.releases.create({
      version: dto.version,
      deployedAt: new Date(dto.deployedAt),
      integration: dto.integration ?? null,
      system: dto.system ?? null,
    });
  }

  recordChange(dto: CreateChangeDto): Promise<BusinessChangeEntity> {
    return this.changes.create({
      system: dto.system,
      description: dto.description,
      changedAt: new Date(dto.changedAt),
      entity: dto.entity ?? null,
      integration: dto.integration ?? null,
    });
  }
}
