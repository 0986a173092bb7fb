import { describe, expect, it } from 'vitest';
import { recordsOfBatch, type FailedRecord } from './record-batch';

const failure = (id: string, minute: number, links: Partial<FailedRecord> = {}): FailedRecord => ({
  sourceSystem: 'shop',
  sourceEntity: 'order',
  sourceId: id,
  occurredAt: new Date(Date.UTC(2026, 10, 30, 9, minute)),
  sourceUrl: null,
  sourceLabel: null,
  targetId: null,
  targetUrl: null,
  ...links,
});

describe('recordsOfBatch', () => {
  it.each<[string, FailedRecord[], Array<{ id: string; count: number; firstMinute: number; latestMinute: number }>]>([
    ['one failure is one record', [failure('A', 1)], [{ id: 'A', count: 1, firstMinute: 1, latestMinute: 1 }]],
    [
      'failures of one record count together, first and latest by time whatever the batch order',
      [failure('A', 5), failure('A', 2), failure('A', 9)],
      [{ id: 'A', count: 3, firstMinute: 2, latestMinute: 9 }],
    ],
    [
      'records come in the order they first failed',
      [failure('B', 4), failure('A', 1), failure('B', 3)],
      [
        { id: 'A', count: 1, firstMinute: 1, latestMinute: 1 },
        { id: 'B', count: 2, firstMinute: 3, latestMinute: 4 },
      ],
    ],
    ['no failures, no records', [], []],
  ])('%s', (_case, failures, expected) => {
    expect(
      recordsOfBatch(failures).map((r) => ({
        id: r.latest.sourceId,
        count: r.count,
        firstMinute: r.first.getUTCMinutes(),
        latestMinute: r.latest.occurredAt.getUTCMinutes(),
      })),
    ).toEqual(expected);
  });

  it('keeps each link from the latest failure that has it', () => {
    const [record] = recordsOfBatch([
      failure('A', 1, { sourceUrl: 'https://shop/1', targetId: 'T-1', sourceLabel: 'first' }),
      failure('A', 2, { sourceLabel: 'second' }),
      failure('A', 3, { targetUrl: 'https://erp/T-1' }),
    ]);
    expect(record.links).toEqual({
      sourceUrl: 'https://shop/1',
      sourceLabel: 'second',
      targetId: 'T-1',
      targetUrl: 'https://erp/T-1',
    });
  });

  it('tells records apart by system and entity, not only by id', () => {
    const records = recordsOfBatch([failure('A', 1), { ...failure('A', 2), sourceEntity: 'customer' }]);
    expect(records.map((r) => r.latest.sourceEntity)).toEqual(['order', 'customer']);
  });
});
