import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsReadableTimestamp } from '../../platform/http/validation';

const ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

export class CreateReleaseDto {
  @ApiProperty({ example: '2.4.0' }) @IsString() @Length(1, 100) version: string;

  @ApiProperty({ example: '2026-11-02T01:00:00Z' })
  @IsISO8601({ strict: true })
  @Matches(ZONE, { message: 'deployedAt must carry a time zone (Z or ±hh:mm)' })
  @IsReadableTimestamp()
  deployedAt: string;

  @ApiPropertyOptional({ example: 'shopify-netsuite-orders' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  integration?: string;
  @ApiPropertyOptional({ example: 'netsuite' }) @IsOptional() @IsString() @Length(1, 100) system?: string;
}

export class CreateChangeDto {
  @ApiProperty({ example: 'netsuite' }) @IsString() @Length(1, 100) system: string;
  @ApiProperty({ example: "Added order status 'Awaiting Credit Approval'" })
  @IsString()
  @Length(1, 2000)
  description: string;

  @ApiProperty({ example: '2026-11-02T01:00:00Z' })
  @IsISO8601({ strict: true })
  @Matches(ZONE, { message: 'changedAt must carry a time zone (Z or ±hh:mm)' })
  @IsReadableTimestamp()
  changedAt: string;

  @ApiPropertyOptional({ example: 'salesOrder' }) @IsOptional() @IsString() @Length(1, 100) entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) integration?: string;
}
