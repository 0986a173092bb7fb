// Response times (MTTA, MTTR) over a period, and the hypercare exit criteria. Pure: plain data in, plain data out.

const DAY_MS = 86_400_000;
export const DEFAULT_REPORT_DAYS = 30;
export const MAX_REPORT_DAYS = 366;

export interface Period {
  since: Date;
  until: Date;
}

/**
 * The period a report covers: `until` defaults to now, `since` to 30 days before it; one line naming the
 * field when unusable.
 */
export function reportPeriod(
  since: string | undefined,
  until: string | undefined,
  now: Date,
): { period: Period } | { error: string } {
  const end = until ? new Date(until) : now;
  const start = since ? new Date(since) : new Date(end.getTime() - DEFAULT_REPORT_DAYS * DAY_MS);
  if (Number.isNaN(end.getTime()))
    return { error: 'until must be a date and time with a zone, such as 2026-11-30T00:00:00Z' };
  if (Number.isNaN(start.getTime()))
    return { error: 'since must be a date and time with a zone, such as 2026-11-01T00:00:00Z' };
  if (start.getTime() >= end.getTime()) return { error: `until must be after since (${start.toISOString()})` };
  if (end.getTime() - start.getTime() > MAX_REPORT_DAYS * DAY_MS)
    return { error: `since must be at most ${MAX_REPORT_DAYS} days before until` };
  return { period: { since: start, until: end } };
}

/** One group's counts and times, as the database sums them (seconds; null when nothing to measure). */
export interface ResponseRow {
  team: string | null;
  classification: string | null;
  integration: string | null;
  /** which grouping the row belongs to */
  grouping: 'overall' | 'team' | 'classification' | 'integration';
  issues: number;
  acknowledged: number;
  resolved: number;
  open: number;
  mttaSeconds: number | null;
  mttrSeconds: number | null;
  medianTtaSeconds: number | null;
  medianTtrSeconds: number | null;
}

export type ResponseStats = Omit<ResponseRow, 'team' | 'classification' | 'integration' | 'grouping'> & {
  mttaOverTarget: boolean | null;
};

export interface ResponseReport {
  period: { since: string; until: string };
  targets: { mttaMinutes: number };
  overall: ResponseStats;
  byTeam: Array<{ team: string } & ResponseStats>;
  byClass: Array<{ classification: string } & ResponseStats>;
  byIntegration: Array<{ integration: string } & ResponseStats>;
}

const EMPTY: Omit<ResponseStats, 'mttaOverTarget'> = {
  issues: 0,
  acknowledged: 0,
  resolved: 0,
  open: 0,
  mttaSeconds: null,
  mttrSeconds: null,
  medianTtaSeconds: null,
  medianTtrSeconds: null,
};

const whole = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds));

function stats(row: ResponseRow | undefined, mttaTargetMinutes: number): ResponseStats {
  const base = row ?? { ...EMPTY };
  const mttaSeconds = whole(base.mttaSeconds);
  return {
    issues: base.issues,
    acknowledged: base.acknowledged,
    resolved: base.resolved,
    open: base.open,
    mttaSeconds,
    mttrSeconds: whole(base.mttrSeconds),
    medianTtaSeconds: whole(base.medianTtaSeconds),
    medianTtrSeconds: whole(base.medianTtrSeconds),
    mttaOverTarget: mttaSeconds === null ? null : mttaSeconds > mttaTargetMinutes * 60,
  };
}

/** Rows of every grouping → the report; each list most issues first, then by name. */
export function responseReport(rows: ResponseRow[], period: Period, mttaTargetMinutes: number): ResponseReport {
  const of = <K extends 'team' | 'classification' | 'integration'>(grouping: ResponseRow['grouping'], key: K) =>
    rows
      .filter((row) => row.grouping === grouping && row[key] !== null)
      .sort((a, b) => b.issues - a.issues || String(a[key]).localeCompare(String(b[key])))
      .map(
        (row) =>
          ({ [key]: row[key] as string, ...stats(row, mttaTargetMinutes) }) as { [P in K]: string } & ResponseStats,
      );
  return {
    period: { since: period.since.toISOString(), until: period.until.toISOString() },
    targets: { mttaMinutes: mttaTargetMinutes },
    overall: stats(
      rows.find((row) => row.grouping === 'overall'),
      mttaTargetMinutes,
    ),
    byTeam: of('team', 'team'),
    byClass: of('classification', 'classification'),
    byIntegration: of('integration', 'integration'),
  };
}

export interface OpenIssue {
  id: string;
  classification: string;
  firstSeenAt: Date;
}

export interface ExitTargets {
  /** no open defect may be older than this */
  maxOpenDefectAgeDays: number;
  mttaMinutes: number;
}

export interface ExitCriterion {
  criterion: 'no_old_open_defect' | 'mtta_under_target';
  met: boolean;
  detail: string;
}

/**
 * When the build team can step back from hypercare: no open defect older than the limit, and issues were
 * acknowledged fast enough on average. MTTA with nothing acknowledged is not met: silence is not speed.
 */
export function hypercareExit(
  open: OpenIssue[],
  mttaSeconds: number | null,
  acknowledged: number,
  targets: ExitTargets,
  now: Date,
): { met: boolean; criteria: ExitCriterion[] } {
  const limitMs = targets.maxOpenDefectAgeDays * DAY_MS;
  const old = open.filter(
    (issue) => issue.classification === 'defect' && now.getTime() - issue.firstSeenAt.getTime() > limitMs,
  );
  const days = `${targets.maxOpenDefectAgeDays} day${targets.maxOpenDefectAgeDays === 1 ? '' : 's'}`;
  const criteria: ExitCriterion[] = [
    {
      criterion: 'no_old_open_defect',
      met: old.length === 0,
      detail:
        old.length === 0
          ? `no open defect is older than ${days}`
          : `${old.length} open defect${old.length === 1 ? ' is' : 's are'} older than ${days}`,
    },
    mttaSeconds === null
      ? {
          criterion: 'mtta_under_target',
          met: open.length === 0 && acknowledged === 0,
          detail:
            open.length === 0 ? 'no issue to acknowledge in the period' : 'no issue in the period was acknowledged',
        }
      : {
          criterion: 'mtta_under_target',
          met: mttaSeconds <= targets.mttaMinutes * 60,
          detail: `mean time to acknowledge ${Math.round(mttaSeconds / 60)} min (target ${targets.mttaMinutes} min)`,
        },
  ];
  return { met: criteria.every((c) => c.met), criteria };
}
