import { Requires } from '../access/access.decorators';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { ConfigStore } from '../ownership/config.store';
import { ReportsService } from '../reports/reports.service';
import { HypercareListDto, HypercareReportDto } from './dto/escalation-responses.dto';

export class HypercareReportQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(90) days?: number;
}

/** The weekly hypercare report: enough to see when the build team can step back. */
@ApiTags('hypercare')
@Requires('issues.read')
@Controller('v1/hypercare')
export class HypercareController {
  constructor(
    private readonly db: DataSource,
    private readonly store: ConfigStore,
    private readonly reports: ReportsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Hypercare windows and whether each is in force' })
  @ApiOkResponse({ type: HypercareListDto })
  async windows() {
    const now = new Date();
    return { items: (await this.store.load()).hypercare.map((w) => ({ ...w, active: new Date(w.from) <= now && now < new Date(w.until) })) };
  }

  @Get(':integration/report')
  @ApiOperation({
    summary: 'Issues by class, notifications, escalations and time to acknowledge for one integration over the last days (default 7); its open issues and the exit criteria',
  })
  @ApiOkResponse({ type: HypercareReportDto })
  async report(@Param('integration') integration: string, @Query() query: HypercareReportQuery) {
    const days = query.days ?? 7;
    const now = new Date();
    const window = (await this.store.load()).hypercare.find((w) => w.integration === integration) ?? null;
    const since = new Date(now.getTime() - days * 86_400_000);
    const classes = await this.db.query(
      `SELECT classification, COUNT(*)::int AS issues, SUM(occurrences)::int AS failures FROM issue
       WHERE integration = $1 AND drill_id IS NULL AND last_seen_at >= $2 GROUP BY 1 ORDER BY 2 DESC`,
      [integration, since],
    );
    const [escalations] = await this.db.query(
      `SELECT COUNT(*) FILTER (WHERE a.action = 'notified')::int AS notified, COUNT(*) FILTER (WHERE a.action = 'escalated')::int AS escalated,
              COUNT(*) FILTER (WHERE a.action = 'notification_dead_lettered')::int AS "deadLettered"
       FROM audit_log a JOIN issue i ON i.id = a.issue_id WHERE i.integration = $1 AND i.drill_id IS NULL AND a.at >= $2`,
      [integration, since],
    );
    const [ack] = await this.db.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ack.at - n.at)) AS median, COUNT(*)::int AS acknowledged
       FROM issue i
       JOIN LATERAL (SELECT min(at) AS at FROM audit_log WHERE issue_id = i.id AND action = 'notified') n ON n.at IS NOT NULL
       JOIN LATERAL (SELECT min(at) AS at FROM audit_log WHERE issue_id = i.id AND action = 'acknowledged' AND at >= n.at) ack ON ack.at IS NOT NULL
       WHERE i.integration = $1 AND i.drill_id IS NULL AND i.first_seen_at >= $2`,
      [integration, since],
    );
    return {
      integration,
      window: window && { ...window, active: new Date(window.from) <= now && now < new Date(window.until) },
      period: { from: since.toISOString(), to: now.toISOString(), days },
      classes,
      escalations,
      acknowledge: { acknowledged: ack.acknowledged, medianSeconds: ack.median === null ? null : Math.round(Number(ack.median)) },
      // response (MTTA/MTTR over the period), openIssues (oldest first) and exitCriteria (docs/escalation.md)
      ...(await this.reports.hypercare(integration, { since, until: now })),
    };
  }
}
