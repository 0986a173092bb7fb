import { Module } from '@nestjs/common';
import { ConsoleController } from './console.controller';
import { ConsoleService } from './console.service';
import { ConsoleSessionService } from './console-session.service';
import { FailureRateRepository } from './failure-rate.repository';
import { IssuesModule } from '../issues/issues.module';
import { PrivacyModule } from '../privacy/privacy.module';

/** The web console support runs incidents from, served by the service itself. */
@Module({
  imports: [IssuesModule, PrivacyModule],
  controllers: [ConsoleController],
  providers: [ConsoleService, ConsoleSessionService, FailureRateRepository],
})
export class ConsoleModule {}
