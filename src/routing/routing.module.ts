import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OwnerTeamEntity } from './owner-team.entity';
import { RoutingRuleEntity } from './routing-rule.entity';
import { RoutingRuleRepository } from './routing-rule.repository';
import { RoutingService } from './routing.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoutingRuleEntity, OwnerTeamEntity])],
  providers: [RoutingService, RoutingRuleRepository],
  exports: [RoutingService, RoutingRuleRepository],
})
export class RoutingModule {}
