import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { SeamError } from '../platform/errors/seam-error';
import {
  hypercareExit,
  reportPeriod,
  responseReport,
  type Period,
  type ResponseReport,
} from './domain/response-report';
import { ResponseReportRepository } from './response-report.repository';

/** Response times per team, class and integration, and what hypercare needs to end; on the replica when there is one. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: ResponseReportRepository,
    private readonly config: AppConfig,
  ) {}

  async response(since: string | undefined, until: string | undefined): Promise<ResponseReport> {
    const result = reportPeriod(since, until, new Date());
    if ('error' in result) throw new SeamError('request.invalid', [result.error]);
    return this.responseOver(result.period);
  }

  private responseOver(period: Period, integration?: string): Promise<ResponseReport> {
    return this.repository
      .rows(period, integration)
      .then((rows) => responseReport(rows, period, this.config.MTTA_TARGET_MINUTES));
  }

  /** For the hypercare report: an integration's open issues, response times over the period, and the exit criteria. */
  async hypercare(integration: string, period: Period) {
    const now = new Date();
    const [report, open] = await Promise.all([
      this.responseOver(period, integration),
      this.repository.openIssues(integration),
    ]);
    const targets = {
      maxOpenDefectAgeDays: this.config.HYPERCARE_MAX_OPEN_DEFECT_DAYS,
      mttaMinutes: this.config.MTTA_TARGET_MINUTES,
    };
    return {
      response: report.overall,
      openIssues: open.map((issue) => ({
        ...issue,
        ageHours: Math.floor((now.getTime() - new Date(issue.firstSeenAt).getTime()) / 3_600_000),
      })),
      exitCriteria: {
        targets,
        ...hypercareExit(open, report.overall.mttaSeconds, report.overall.acknowledged, targets, now),
      },
    };
  }
}
