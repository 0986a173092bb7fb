import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
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

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
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
