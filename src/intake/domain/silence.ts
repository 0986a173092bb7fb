// Silence detection: an integration that used to send events and has gone quiet for longer than it ever
// usually does. Pure: arrival history in, decisions out.

export interface SilenceSettings {
  /** a learned interval is never shorter than this: a busy integration pausing for a coffee is not an incident */
  floorMinutes: number;
  /** the share of past gaps the expected interval must cover */
  quantile: number;
  /** head room on top of the quantile gap */
  factor: number;
  /** gaps needed before an interval is learned at all */
  minGaps: number;
}

export const DEFAULT_SILENCE_SETTINGS: SilenceSettings = { floorMinutes: 15, quantile: 0.99, factor: 2, minGaps: 20 };

export interface ArrivalHistory {
  integration: string;
  /** when its latest event reached Seam */
  lastEventAt: Date;
  /** seconds between consecutive minutes in which it sent anything, over the history window */
  gapsSeconds: number[];
}

export type ExpectedInterval =
  { minutes: number; source: 'configured' | 'learned' } | { minutes: null; source: 'disabled' | 'not_enough_history' };

/** The q-quantile of the values, nearest-rank: a gap that actually happened, never an interpolation. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** seam.yaml's `expectedIntervalMinutes` when given (0 turns the check off), else learned from the gaps. */
export function expectedInterval(
  history: ArrivalHistory,
  configuredMinutes: number | undefined,
  settings: SilenceSettings,
): ExpectedInterval {
  if (configuredMinutes === 0) return { minutes: null, source: 'disabled' };
  if (configuredMinutes !== undefined) return { minutes: configuredMinutes, source: 'configured' };
  if (history.gapsSeconds.length < settings.minGaps) return { minutes: null, source: 'not_enough_history' };
  const learned = Math.ceil((quantile(history.gapsSeconds, settings.quantile) * settings.factor) / 60);
  return { minutes: Math.max(settings.floorMinutes, learned), source: 'learned' };
}

export interface OpenSilence {
  issueId: string;
  integration: string;
  /** when the silence was detected (the issue's last_seen_at) */
  detectedAt: Date;
}

export interface SilenceDecisions {
  open: Array<{
    integration: string;
    lastEventAt: Date;
    silentMinutes: number;
    expectedMinutes: number;
    source: 'configured' | 'learned';
  }>;
  resolve: Array<{ issueId: string; integration: string; lastEventAt: Date }>;
}

/**
 * For every integration with history: open an issue when it has been silent longer than expected and has
 * none open; resolve the open one once an event arrived after the silence was detected.
 */
export function decideSilence(
  histories: ArrivalHistory[],
  configured: ReadonlyMap<string, number>,
  open: OpenSilence[],
  now: Date,
  settings: SilenceSettings = DEFAULT_SILENCE_SETTINGS,
): SilenceDecisions {
  const openByIntegration = new Map(open.map((issue) => [issue.integration, issue]));
  const decisions: SilenceDecisions = { open: [], resolve: [] };
  for (const history of histories) {
    const current = openByIntegration.get(history.integration);
    if (current) {
      if (history.lastEventAt.getTime() > current.detectedAt.getTime())
        decisions.resolve.push({
          issueId: current.issueId,
          integration: history.integration,
          lastEventAt: history.lastEventAt,
        });
      continue;
    }
    const expected = expectedInterval(history, configured.get(history.integration), settings);
    if (expected.minutes === null) continue;
    const silentMs = now.getTime() - history.lastEventAt.getTime();
    if (silentMs > expected.minutes * 60_000) {
      decisions.open.push({
        integration: history.integration,
        lastEventAt: history.lastEventAt,
        silentMinutes: Math.floor(silentMs / 60_000),
        expectedMinutes: expected.minutes,
        source: expected.source,
      });
    }
  }
  return decisions;
}

/** What the issue says: the title groups nothing (one issue per integration), so it can carry the numbers. */
export function silenceText(decision: SilenceDecisions['open'][number]): { title: string; detail: string } {
  const how = decision.source === 'configured' ? 'expectedIntervalMinutes in seam.yaml' : 'learned from its history';
  return {
    title: `integration ${decision.integration} has sent no events for ${decision.silentMinutes} min`,
    detail:
      `No event from ${decision.integration} since ${decision.lastEventAt.toISOString()} (${decision.silentMinutes} min); ` +
      `it is expected at least every ${decision.expectedMinutes} min (${how}). The integration may be stopped, stuck or cut off.`,
  };
}
