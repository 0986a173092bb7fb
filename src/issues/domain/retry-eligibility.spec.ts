import { describe, expect, it } from 'vitest';
import { retryPlan, type RetryCandidate } from './retry-eligibility';

const record = (id: string, changed: boolean): RetryCandidate => ({
  system: 'crm',
  entity: 'contact',
  record_id: id,
  changed,
});

describe('retryPlan', () => {
  it.each<[string, string, RetryCandidate[], string[] | string, string[]]>([
    ['a defect retries every failing record', 'defect', [record('A', false), record('B', true)], ['A', 'B'], []],
    [
      'bad data retries only the records changed at the source',
      'bad_source_data',
      [record('A', false), record('B', true)],
      ['B'],
      ['A'],
    ],
    [
      'bad data with nothing changed is refused, naming the records',
      'bad_source_data',
      [record('A', false), record('B', false)],
      'A, B unchanged at the source',
      [],
    ],
    ['no failing record is refused', 'defect', [], 'no record of this issue is still failing', []],
  ])('%s', (_case, classification, records, expected, skipped) => {
    const plan = retryPlan(classification, records);
    if (typeof expected === 'string') {
      expect('refused' in plan && plan.refused).toContain(expected);
      return;
    }
    expect('due' in plan && plan.due.map((r) => r.record_id)).toEqual(expected);
    expect('skipped' in plan && plan.skipped).toEqual(skipped);
  });

  it('names five unchanged records and marks the rest with an ellipsis', () => {
    const plan = retryPlan(
      'bad_source_data',
      ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => record(id, false)),
    );
    expect('refused' in plan && plan.refused).toMatch(/^A, B, C, D, E … unchanged at the source since failing/);
  });
});
