import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OwnerTeamEntity } from './owner-team.entity';
import { RoutingRuleEntity } from './routing-rule.entity';
import { RoutingService } from './routing.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoutingRuleEntity, OwnerTeamEntity])],
  providers: [RoutingService],
  exports: [RoutingService],
})
export class RoutingModule {}
