/**
 * Drill events carry runId "drill:<drill id>" and integration "seam-drill-<8 hex>" so people reading them
 * can tell. Neither marks anything: an issue is a drill's only when the event that opened it is one the
 * drill service recorded in drill.event_ids (see drillOf in the pipeline). A client's runId is just data.
 */
export const DRILL_RUN_PREFIX = 'drill:';
export const DRILL_INTEGRATION_PREFIX = 'seam-drill-';
