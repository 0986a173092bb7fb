import { AuditLogEntity } from './audit/audit-log.entity';
import { BusinessChangeEntity } from './context/business-change.entity';
import { ReleaseEntity } from './context/release.entity';
import { SyncEventEntity } from './intake/sync-event.entity';
import { IssueRecordEntity } from './issues/issue-record.entity';
import { IssueEntity } from './issues/issue.entity';
import { OwnerTeamEntity } from './routing/owner-team.entity';
import { RoutingRuleEntity } from './routing/routing-rule.entity';
import { ClassificationRuleEntity } from './classification/rules/classification-rule.entity';

/**
 * The TypeORM entities of every capability, composed here at the root: platform/database takes them as a
 * parameter, so it imports no capability.
 */
export const ENTITIES = [
  SyncEventEntity,
  ReleaseEntity,
  BusinessChangeEntity,
  IssueEntity,
  IssueRecordEntity,
  OwnerTeamEntity,
  RoutingRuleEntity,
  AuditLogEntity,
  ClassificationRuleEntity,
];
