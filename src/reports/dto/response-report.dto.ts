import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { IsReadableTimestamp } from '../../platform/http/validation';

export class ResponseReportQueryDto {
  @ApiPropertyOptional({ description: 'issues first seen at or after (default: 30 days before until)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsReadableTimestamp()
  since?: string;

  @ApiPropertyOptional({ description: 'issues first seen before (default: now); at most 366 days after since' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsReadableTimestamp()
  until?: string;
}

export class ResponseStatsDto {
  @ApiProperty({ description: 'issues first seen in the period' }) issues: number;
  @ApiProperty() acknowledged: number;
  @ApiProperty() resolved: number;
  @ApiProperty() open: number;
  @ApiProperty({ nullable: true, type: Number, description: 'mean time from first seen to acknowledged' }) mttaSeconds:
    number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'mean time from first seen to resolved' }) mttrSeconds:
    number | null;
  @ApiProperty({ nullable: true, type: Number }) medianTtaSeconds: number | null;
  @ApiProperty({ nullable: true, type: Number }) medianTtrSeconds: number | null;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'MTTA above MTTA_TARGET_MINUTES; null when nothing was acknowledged',
  })
  mttaOverTarget: boolean | null;
}

class TeamStatsDto extends ResponseStatsDto {
  @ApiProperty() team: string;
}
class ClassStatsDto extends ResponseStatsDto {
  @ApiProperty() classification: string;
}
class IntegrationStatsDto extends ResponseStatsDto {
  @ApiProperty() integration: string;
}
class PeriodDto {
  @ApiProperty() since: string;
  @ApiProperty() until: string;
}
class TargetsDto {
  @ApiProperty() mttaMinutes: number;
}

export class ResponseReportDto {
  @ApiProperty({ type: PeriodDto }) period: PeriodDto;
  @ApiProperty({ type: TargetsDto }) targets: TargetsDto;
  @ApiProperty({ type: ResponseStatsDto }) overall: ResponseStatsDto;
  @ApiProperty({ type: [TeamStatsDto] }) byTeam: TeamStatsDto[];
  @ApiProperty({ type: [ClassStatsDto] }) byClass: ClassStatsDto[];
  @ApiProperty({ type: [IntegrationStatsDto] }) byIntegration: IntegrationStatsDto[];
}
