import { describe, expect, it } from 'vitest';
import { transition, type IssueAction, type IssueStatus } from './issue-lifecycle';

describe('issue lifecycle', () => {
  it.each<[IssueStatus, IssueAction, IssueStatus | 'refused', boolean]>([
    ['new', 'failure', 'new', false],
    ['acknowledged', 'failure', 'acknowledged', false],
    ['resolved', 'failure', 'regressed', true],
    ['regressed', 'failure', 'regressed', false],
    ['new', 'acknowledge', 'acknowledged', true],
    ['regressed', 'acknowledge', 'acknowledged', true],
    ['acknowledged', 'acknowledge', 'acknowledged', false],
    ['resolved', 'acknowledge', 'refused', false],
    ['new', 'resolve', 'resolved', true],
    ['resolved', 'resolve', 'resolved', false],
    ['acknowledged', 'auto_resolve', 'resolved', true],
    ['resolved', 'auto_resolve', 'refused', false],
    ['acknowledged', 'reclassify', 'acknowledged', false],
  ])('%s + %s → %s', (from, action, expected, changed) => {
    const result = transition(from, action);
    if (expected === 'refused') {
      expect(result.ok).toBe(false);
    } else {
      expect(result).toEqual({ ok: true, status: expected, changed });
    }
  });
});
