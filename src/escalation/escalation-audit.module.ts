import { Global, Module } from '@nestjs/common';
import { EscalationAudit } from '../core/escalation-audit';
import { OwnershipModule } from '../ownership/ownership.module';
import { EscalationAuditService } from './escalation-audit.service';

/**
 * The escalation audit behind core's EscalationAudit port. Global, like AuditModule: ownership asks for an
 * audit after every change of teams or people, and a module ownership imported would be a cycle.
 */
@Global()
@Module({
  imports: [OwnershipModule],
  providers: [EscalationAuditService, { provide: EscalationAudit, useExisting: EscalationAuditService }],
  exports: [EscalationAudit],
})
export class EscalationAuditModule {}
