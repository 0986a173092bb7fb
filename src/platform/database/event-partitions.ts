/*
 * sync_event is range-partitioned by received_at, one partition per ISO week (Monday 00:00 UTC to the
 * next Monday), plus a default partition so that an insert never fails for want of a partition.
 * Retention drops whole weeks instead of deleting rows one by one. What is here is pure: which weeks
 * must exist, what they are called, which ones retention may drop.
 */

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export const EVENTS_TABLE = 'sync_event';
export const DEFAULT_PARTITION = 'sync_event_default';
/** weeks created ahead of the current one, so that inserts land in a weekly partition even if upkeep stalls for a while */
export const WEEKS_AHEAD = 2;

export interface WeekPartition {
  name: string;
  from: Date;
  to: Date;
}

/** Monday 00:00 UTC of the week holding `at`. */
export function weekStart(at: Date): Date {
  const midnight = Math.floor(at.getTime() / DAY_MS) * DAY_MS;
  const daysSinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS);
}

export function weekPartition(at: Date): WeekPartition {
  const from = weekStart(at);
  const ymd = from.toISOString().slice(0, 10).replaceAll('-', '');
  return { name: `${EVENTS_TABLE}_w${ymd}`, from, to: new Date(from.getTime() + WEEK_MS) };
}

/** Every weekly partition that holds a moment in [from, until], plus WEEKS_AHEAD weeks after `until`. */
export function partitionsCovering(from: Date, until: Date, weeksAhead = WEEKS_AHEAD): WeekPartition[] {
  const out: WeekPartition[] = [];
  const last = weekStart(until).getTime() + weeksAhead * WEEK_MS;
  for (let start = weekStart(from).getTime(); start <= last; start += WEEK_MS) out.push(weekPartition(new Date(start)));
  return out;
}

/** The partition's name when it is one of ours, and its bounds read back from the name. */
export function parsePartitionName(name: string): WeekPartition | undefined {
  const match = /^sync_event_w(\d{4})(\d{2})(\d{2})$/.exec(name);
  if (!match) return undefined;
  const from = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(from.getTime()) || weekStart(from).getTime() !== from.getTime()) return undefined;
  return weekPartition(from);
}

/**
 * Weekly partitions wholly older than the retention cutoff, oldest first. The default partition is
 * never among them: what lands there is pruned row by row.
 */
export function expiredPartitions(names: string[], retentionDays: number, now: Date): WeekPartition[] {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  return names
    .map(parsePartitionName)
    .filter((partition): partition is WeekPartition => partition !== undefined && partition.to.getTime() <= cutoff)
    .sort((a, b) => a.from.getTime() - b.from.getTime());
}

/** CREATE statements for the partitions (idempotent). The names are generated here, never taken from input. */
export function createPartitionSql(partition: WeekPartition): string {
  return `CREATE TABLE IF NOT EXISTS ${partition.name} PARTITION OF ${EVENTS_TABLE} FOR VALUES FROM ('${partition.from.toISOString()}') TO ('${partition.to.toISOString()}')`;
}
