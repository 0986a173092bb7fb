// Every migration, in timestamp order: run at boot under an advisory lock (data-source-options.ts).
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { IssueStory1764005000000 } from './migrations/1764005000000-issue-story';
import { ReleaseSeenOnEvents1764006000000 } from './migrations/1764006000000-release-seen-on-events';
import { ClassifierKnowledge1764000100000 } from './migrations/1764000100000-classifier-knowledge';
import { OwnershipEscalation1764000200000 } from './migrations/1764000200000-ownership-escalation';
import { ApiKeys1764000300000 } from './migrations/1764000300000-api-keys';
import { ConsoleSessions1764000400000 } from './migrations/1764000400000-console-sessions';
import { IssueAssignment1764000500000 } from './migrations/1764000500000-issue-assignment';
import { EventFailures1764000600000 } from './migrations/1764000600000-event-failures';
import { EventQueuedAt1764000800000 } from './migrations/1764000800000-event-queued-at';
import { ConsoleIndexes1764000900000 } from './migrations/1764000900000-console-indexes';
import { PartitionSyncEvent1764001000000 } from './migrations/1764001000000-partition-sync-event';
import { SuccessLookupIndex1764001100000 } from './migrations/1764001100000-success-lookup-index';
import { NotificationBudget1764001250000 } from './migrations/1764001250000-notification-budget';
import { DrillEventsKeyIntegrations1764001260000 } from './migrations/1764001260000-drill-events-key-integrations';
import { DrillVerdictsAwaySchedules1764002000000 } from './migrations/1764002000000-drill-verdicts-away-schedules';
import { EscalationPending1764003000000 } from './migrations/1764003000000-escalation-pending';
import { NotificationCopy1764003100000 } from './migrations/1764003100000-notification-copy';
import { AuditTrailVerification1764004000000 } from './migrations/1764004000000-audit-trail-verification';

export const MIGRATIONS = [
  InitialSchema1764000000000,
  ClassifierKnowledge1764000100000,
  OwnershipEscalation1764000200000,
  ApiKeys1764000300000,
  ConsoleSessions1764000400000,
  IssueAssignment1764000500000,
  EventFailures1764000600000,
  EventQueuedAt1764000800000,
  ConsoleIndexes1764000900000,
  PartitionSyncEvent1764001000000,
  SuccessLookupIndex1764001100000,
  NotificationBudget1764001250000,
  DrillEventsKeyIntegrations1764001260000,
  DrillVerdictsAwaySchedules1764002000000,
  EscalationPending1764003000000,
  NotificationCopy1764003100000,
  AuditTrailVerification1764004000000,
  IssueStory1764005000000,
  ReleaseSeenOnEvents1764006000000,
];
