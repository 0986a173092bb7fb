import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { EscalationAudit } from '../core/escalation-audit';
import { SeamError } from '../platform/errors/seam-error';
import { ConfigStore } from './config.store';
import { awayChange, isAway, type AwayRequest } from './domain/away-periods';

/** What people change through the API between imports: who is away, and when. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly store: ConfigStore,
    private readonly audit: AuditService,
    private readonly escalationAudit: EscalationAudit,
  ) {}

  async setAway(team: string, member: string, request: AwayRequest, actor: string) {
    const now = new Date();
    const wasAway =
      (await this.store.fresh()).teams.find((t) => t.slug === team)?.members.find((m) => m.id === member)?.away ??
      false;
    let refused: string | undefined;
    let flag: boolean | undefined;
    let periodsBefore: unknown;
    const periods = await this.store.setAwayPeriods(team, member, (current) => {
      periodsBefore = current;
      const change = awayChange(current, request, now);
      if ('error' in change) {
        refused = change.error;
        return current;
      }
      flag = change.flag;
      return change.periods;
    });
    if (!periods) throw new SeamError('member.not_found', [`member ${member} of team ${team} does not exist`]);
    if (refused) throw new SeamError('request.invalid', [refused]);
    const recorded = (flagBefore: boolean, manager: Parameters<AuditService['record']>[1]) =>
      this.audit.record(
        [
          {
            issueId: null,
            actor,
            action: AUDIT_ACTIONS.memberAwayChanged,
            team,
            detail: {
              member,
              before: { away: flagBefore, awayPeriods: periodsBefore },
              after: { away: flag ?? flagBefore, awayPeriods: periods },
            },
          },
        ],
        manager,
      );
    // the flag's update records the change (with the periods) in its transaction; a period alone is recorded on its own
    if (flag !== undefined) await this.store.setAway(team, member, flag, recorded);
    else await recorded(wasAway, undefined);
    await this.escalationAudit.afterChange('people_change');
    const found = (await this.store.fresh()).teams.find((t) => t.slug === team)?.members.find((m) => m.id === member);
    return { team, member, away: found ? isAway(found, now) : request.away, awayPeriods: found?.awayPeriods ?? [] };
  }
}
