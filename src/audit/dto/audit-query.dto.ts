import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageCursor, PageLimit } from '../../platform/http/page-query';
import { IsReadableTimestamp } from '../../platform/http/validation';

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'who acted: a key name, or system' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;
  @ApiPropertyOptional({ description: 'e.g. config_imported, channel_verified, acknowledged' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  action?: string;
  @ApiPropertyOptional({ description: 'team slug the change touched' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  team?: string;
  @ApiPropertyOptional({ description: 'issue id' })
  @IsOptional()
  @IsUUID('all', { message: 'issue must be an issue id (a UUID)' })
  issue?: string;
  @ApiPropertyOptional({ description: 'at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsReadableTimestamp()
  since?: string;

  @PageLimit()
  limit?: number;

  @PageCursor('nextCursor of the previous page')
  cursor?: string;
}

export class AuditEntryDto {
  @ApiProperty({ description: 'increasing with time' }) id: string;
  @ApiProperty() at: string;
  @ApiProperty() actor: string;
  @ApiProperty() action: string;
  @ApiProperty({ nullable: true, type: String }) team: string | null;
  @ApiProperty({ nullable: true, type: String }) issueId: string | null;
  @ApiProperty({ description: 'what changed: before and after where there was a before', type: Object }) detail: Record<
    string,
    unknown
  >;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
