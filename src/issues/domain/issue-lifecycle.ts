export const ISSUE_STATUSES = ['new', 'acknowledged', 'resolved', 'regressed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export type IssueAction = 'failure' | 'acknowledge' | 'resolve' | 'auto_resolve' | 'reclassify';

export type Transition = { ok: true; status: IssueStatus; changed: boolean } | { ok: false; reason: string };

/**
 * What an issue's status becomes on each thing that can happen to it. A failure after a resolve is a
 * regression; a resolved issue cannot be acknowledged; resolving twice is harmless.
 */
export function transition(status: IssueStatus, action: IssueAction): Transition {
  const to = (next: IssueStatus): Transition => ({ ok: true, status: next, changed: next !== status });
  switch (action) {
    case 'failure':
      return to(status === 'resolved' ? 'regressed' : status);
    case 'acknowledge':
      return status === 'resolved'
        ? { ok: false, reason: 'a resolved issue cannot be acknowledged' }
        : to('acknowledged');
    case 'resolve':
      return to('resolved');
    case 'auto_resolve':
      return status === 'resolved' ? { ok: false, reason: 'already resolved' } : to('resolved');
    case 'reclassify':
      return to(status);
  }
}

/** Open issues are the ones somebody still has to act on. */
export const isOpen = (status: IssueStatus) => status !== 'resolved';
