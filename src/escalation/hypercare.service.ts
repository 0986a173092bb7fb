import { Injectable } from '@nestjs/common';
import { ConfigStore } from '../ownership/config.store';
import { ReportsService } from '../reports/reports.service';
import { EscalationQueriesRepository } from './escalation-queries.repository';

const DAY_MS = 86_400_000;

/** Hypercare windows, and the weekly report: enough to see when the build team can step back. */
@Injectable()
export class HypercareService {
  constructor(
    private readonly store: ConfigStore,
    private readonly reports: ReportsService,
    private readonly queries: EscalationQueriesRepository,
  ) {}

  async windows(now = new Date()) {
    const windows = (await this.store.load()).hypercare;
    return { items: windows.map((w) => ({ ...w, active: new Date(w.from) <= now && now < new Date(w.until) })) };
  }

  async report(integration: string, days: number, now = new Date()) {
    const window = (await this.store.load()).hypercare.find((w) => w.integration === integration) ?? null;
    const since = new Date(now.getTime() - days * DAY_MS);
    const classes = await this.queries.classesSince(integration, since);
    const escalations = await this.queries.escalationCountsSince(integration, since);
    const ack = await this.queries.acknowledgementSince(integration, since);
    return {
      integration,
      window: window && { ...window, active: new Date(window.from) <= now && now < new Date(window.until) },
      period: { from: since.toISOString(), to: now.toISOString(), days },
      classes,
      escalations,
      acknowledge: {
        acknowledged: ack.acknowledged,
        medianSeconds: ack.median === null ? null : Math.round(Number(ack.median)),
      },
      // response (MTTA/MTTR over the period), openIssues (oldest first) and exitCriteria (docs/escalation.md)
      ...(await this.reports.hypercare(integration, { since, until: now })),
    };
  }
}
