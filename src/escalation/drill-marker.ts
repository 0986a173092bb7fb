/** Drill events carry runId "drill:<drill id>"; the issue they open is marked and kept out of real counts. */
export const DRILL_RUN_PREFIX = 'drill:';
