/**
 * What escalation hears of a person's action on an issue. Escalation provides it (EscalationService); it is
 * declared here so that issues, which escalation reads, can tell it without depending back.
 */
export abstract class IssueEscalation {
  /** A new state (a new class or owner) may need its owner told. Never throws. */
  abstract consider(issueId: string): Promise<void>;
  /** Acknowledging or resolving stops the issue's chain; `reason` is what the audit log says stopped it. */
  abstract stop(issue: { id: string }, actor: string, reason: string): Promise<void>;
}
