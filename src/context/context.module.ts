import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessChangeEntity } from './business-change.entity';
import { ContextController } from './context.controller';
import { ReleaseEntity } from './release.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ReleaseEntity, BusinessChangeEntity])],
  controllers: [ContextController],
})
export class ContextModule {}
