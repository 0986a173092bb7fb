import { Global, Module } from '@nestjs/common';
import { IssueEscalation } from '../core/issue-escalation';
import { EscalationModule } from './escalation.module';
import { EscalationService } from './escalation.service';

/**
 * Escalation's services as the shared kernel's ports, for every module: issues tells escalation of a
 * person's action (IssueEscalation) through it.
 */
@Global()
@Module({
  imports: [EscalationModule],
  providers: [{ provide: IssueEscalation, useExisting: EscalationService }],
  exports: [IssueEscalation],
})
export class EscalationPortsModule {}
