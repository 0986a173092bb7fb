import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsReadableTimestamp, IsTextOrWholeNumber, MaxJsonBytes } from '../../platform/http/validation';

const URL_RULE = { require_tld: false, require_protocol: true } as const;

export class SourceRecordDto {
  @ApiProperty({ example: 'shopify' }) @IsString() @Length(1, 100) system: string;
  @ApiProperty({ example: 'order' }) @IsString() @Length(1, 100) entity: string;
  // record ids are JSON numbers in many systems' payloads (Shopify's, NetSuite's internal ids)
  @ApiProperty({ example: '5012', description: 'a string, or a whole number (kept as text)' })
  @IsTextOrWholeNumber()
  @Length(1, 200)
  id: string;
  @ApiPropertyOptional() @IsOptional() @IsUrl(URL_RULE) @Length(1, 2000) url?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) label?: string;
}

export class TargetRecordDto {
  @ApiPropertyOptional({ example: 'netsuite' }) @IsOptional() @IsString() @Length(1, 100) system?: string;
  @ApiPropertyOptional({ example: 'salesOrder' }) @IsOptional() @IsString() @Length(1, 100) entity?: string;
  @ApiPropertyOptional({ description: 'a string, or a whole number (kept as text)' })
  @IsOptional()
  @IsTextOrWholeNumber()
  @Length(1, 200)
  id?: string;
  @ApiPropertyOptional() @IsOptional() @IsUrl(URL_RULE) @Length(1, 2000) url?: string;
}

export class SyncErrorDto {
  @ApiProperty({ example: 'Invalid entity reference key 1042.' })
  @IsString()
  @IsNotEmpty()
  @MaxJsonBytes(8192, { message: 'message must be at most 8192 bytes' })
  message: string;

  // many vendors' codes are numbers in their own responses (Zoho's 1002, Fortnox's 2001103)
  @ApiPropertyOptional({ example: 'INVALID_KEY_OR_REF', description: 'a string, or a whole number (kept as text)' })
  @IsOptional()
  @IsTextOrWholeNumber()
  @Length(1, 200)
  code?: string;
  // iPaaS tools that pass every field as text send "400": three digits are taken as the status they spell
  @ApiPropertyOptional({ example: 400, description: 'an integer, or its three digits as a string' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(100)
  @Max(599)
  httpStatus?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) field?: string;
  @ApiPropertyOptional() @IsOptional() @IsObject() @MaxJsonBytes(16384) details?: Record<string, unknown>;
}

/** The sync event of API.md: what the integration layer sends for every failed (or successful) sync. */
export class SyncEventDto {
  @ApiProperty({ example: 'evt-000123' }) @IsString() @Length(1, 200) eventId: string;
  @ApiProperty({ example: 'shopify-netsuite-orders' }) @IsString() @Length(1, 100) integration: string;
  @ApiProperty({ example: '2026-11-02T01:00:00Z' })
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/i, { message: 'occurredAt must carry a time zone (Z or ±hh:mm)' })
  @IsReadableTimestamp()
  occurredAt: string;

  @ApiPropertyOptional({ enum: ['failed', 'succeeded'], default: 'failed' })
  @IsOptional()
  @IsIn(['failed', 'succeeded'])
  status?: 'failed' | 'succeeded';

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) runId?: string;
  @ApiPropertyOptional({ example: 'create' }) @IsOptional() @IsString() @Length(1, 40) operation?: string;

  @ApiProperty({ type: SourceRecordDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SourceRecordDto)
  source: SourceRecordDto;

  @ApiPropertyOptional({ type: TargetRecordDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TargetRecordDto)
  target?: TargetRecordDto;

  @ApiPropertyOptional({ type: SyncErrorDto, description: 'required when status is failed' })
  @ValidateIf((event: SyncEventDto) => event.status !== 'succeeded' || event.error !== undefined)
  @IsObject({ message: 'error must be an object (required when status is failed)' })
  @ValidateNested()
  @Type(() => SyncErrorDto)
  error?: SyncErrorDto;

  @ApiPropertyOptional({ description: 'the record as sent, at most 64 KB serialised' })
  @IsOptional()
  @IsObject()
  @MaxJsonBytes(65536)
  payload?: Record<string, unknown>;

  @ApiPropertyOptional({ example: '2.4.0' }) @IsOptional() @IsString() @Length(1, 100) release?: string;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(1) @Max(1000) attempt?: number;
}
