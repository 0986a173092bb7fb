import type { IssueRoutedPayload } from '../platform/queue/queue-catalogue';
import type { IssueEntity } from './issue.entity';
import { consolePathOf } from './domain/issue-story';

/** The job an owner team's queue receives (documented in docs/api.md: engineering's tooling reads it). */
export function routedPayload(issue: IssueEntity, transition: IssueRoutedPayload['transition']): IssueRoutedPayload {
  return {
    issueId: issue.id,
    transition,
    classification: issue.classification,
    category: issue.category,
    confidence: issue.confidence,
    ownerTeam: issue.ownerTeam,
    status: issue.status,
    title: issue.title,
    sampleMessage: issue.sampleMessage,
    integration: issue.integration,
    sourceSystem: issue.sourceSystem,
    targetSystem: issue.targetSystem,
    occurrences: issue.occurrences,
    distinctRecords: issue.distinctRecords,
    firstSeenAt: issue.firstSeenAt.toISOString(),
    lastSeenAt: issue.lastSeenAt.toISOString(),
    release: issue.lastRelease,
    reasons: issue.reasons,
    href: `/v1/issues/${issue.id}`,
    consolePath: consolePathOf(issue.id),
    drillId: issue.drillId ?? null,
  };
}
