import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessChangeEntity } from './business-change.entity';
import { BusinessChangeRepository } from './business-change.repository';
import { ContextController } from './context.controller';
import { MarkersService } from './markers.service';
import { ReleaseEntity } from './release.entity';
import { ReleaseRepository } from './release.repository';

@Module({
  imports: [TypeOrmModule.forFeature([ReleaseEntity, BusinessChangeEntity])],
  controllers: [ContextController],
  providers: [MarkersService, ReleaseRepository, BusinessChangeRepository],
  exports: [ReleaseRepository, BusinessChangeRepository],
})
export class ContextModule {}
