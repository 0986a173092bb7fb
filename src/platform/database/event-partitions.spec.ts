import { describe, expect, it } from 'vitest';
import {
  createPartitionSql,
  expiredPartitions,
  parsePartitionName,
  partitionsCovering,
  weekPartition,
  weekStart,
} from './event-partitions';

const at = (iso: string) => new Date(iso);

describe('weekStart', () => {
  it.each([
    ['2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Monday midnight is its own week'],
    ['2026-11-29T23:59:59.999Z', '2026-11-23T00:00:00.000Z', 'the last moment of Sunday'],
    ['2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z', 'the next Monday'],
    ['2026-11-26T12:00:00+10:00', '2026-11-23T00:00:00.000Z', 'offsets count in UTC'],
    ['2027-01-01T08:00:00.000Z', '2026-12-28T00:00:00.000Z', 'across a year end'],
    ['2028-03-01T00:00:00.000Z', '2028-02-28T00:00:00.000Z', 'across a leap day'],
  ])('%s falls in the week of %s (%s)', (moment, monday) => {
    expect(weekStart(at(moment)).toISOString()).toBe(monday);
  });
});

describe('weekPartition and parsePartitionName', () => {
  it('names a week by its Monday and reads the name back', () => {
    const week = weekPartition(at('2026-11-29T21:00:00Z'));
    expect(week).toEqual({
      name: 'sync_event_w20261123',
      from: at('2026-11-23T00:00:00Z'),
      to: at('2026-11-30T00:00:00Z'),
    });
    expect(parsePartitionName(week.name)).toEqual(week);
  });

  it.each([
    'sync_event_default',
    'sync_event_w20261124',
    'sync_event_w20261323',
    'sync_event_w2026112',
    'issue',
    'sync_event_w20261123; DROP TABLE issue',
  ])('is not one of ours: %s', (name) => {
    expect(parsePartitionName(name)).toBeUndefined();
  });
});

describe('partitionsCovering', () => {
  it('covers every week from the first moment to the last, and two weeks ahead', () => {
    const names = partitionsCovering(at('2026-11-10T00:00:00Z'), at('2026-11-29T21:00:00Z')).map((p) => p.name);
    expect(names).toEqual([
      'sync_event_w20261109',
      'sync_event_w20261116',
      'sync_event_w20261123',
      'sync_event_w20261130',
      'sync_event_w20261207',
    ]);
  });

  it('is the current week and the weeks ahead for one moment', () => {
    expect(partitionsCovering(at('2026-11-29T21:00:00Z'), at('2026-11-29T21:00:00Z'), 0).map((p) => p.name)).toEqual([
      'sync_event_w20261123',
    ]);
  });
});

describe('expiredPartitions', () => {
  const names = [
    'sync_event_w20260824',
    'sync_event_w20260831',
    'sync_event_w20260817',
    'sync_event_default',
    'sync_event_w20261123',
    'sync_event_w20260907',
  ];
  it.each<[number, string, string[]]>([
    // cutoff 2026-08-31T21:00Z: the week of 08-24 ended at 08-31T00:00, before it
    [90, '2026-11-29T21:00:00Z', ['sync_event_w20260817', 'sync_event_w20260824']],
    // a week ending exactly at the cutoff is wholly older than it
    [90, '2026-11-29T00:00:00Z', ['sync_event_w20260817', 'sync_event_w20260824']],
    [90, '2026-11-28T23:59:59Z', ['sync_event_w20260817']],
    [365, '2026-11-29T21:00:00Z', []],
    [
      1,
      '2026-12-08T00:00:00Z',
      [
        'sync_event_w20260817',
        'sync_event_w20260824',
        'sync_event_w20260831',
        'sync_event_w20260907',
        'sync_event_w20261123',
      ],
    ],
  ])('retention %i days at %s drops %j, never the default partition', (days, now, expected) => {
    expect(expiredPartitions(names, days, at(now)).map((p) => p.name)).toEqual(expected);
  });
});

describe('createPartitionSql', () => {
  it('is idempotent DDL over the week, in UTC', () => {
    expect(createPartitionSql(weekPartition(at('2026-11-29T21:00:00Z')))).toBe(
      `CREATE TABLE IF NOT EXISTS sync_event_w20261123 PARTITION OF sync_event FOR VALUES FROM ('2026-11-23T00:00:00.000Z') TO ('2026-11-30T00:00:00.000Z')`,
    );
  });
});
