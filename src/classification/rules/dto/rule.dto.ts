import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsRegex } from '../../../platform/http/validation';
import { SyncEventDto } from '../../../intake/dto/sync-event.dto';
import { CATEGORIES, OWNER_CLASSES, type Category, type OwnerClass } from '../../domain/classification.types';

export class RuleMatchDto {
  @ApiPropertyOptional({ description: 'target system (or source system when there is no target)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) sourceSystem?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) integration?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) code?: string;

  @ApiPropertyOptional({ description: 'case-insensitive regular expression over the error message' })
  @IsOptional()
  @IsRegex()
  @Length(1, 500)
  messageRegex?: string;

  @ApiPropertyOptional() @IsOptional() @Min(100) @Max(599) @IsInt() httpStatus?: number;
  @ApiPropertyOptional({ description: 'a payload key that must be present' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  payloadField?: string;
  @ApiPropertyOptional({ description: 'with payloadField: the value it must have' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  payloadValue?: string;
}

export class CreateRuleDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ default: 100, description: 'lower runs first' })
  @IsOptional()
  @Min(0)
  @Max(100000)
  @IsInt()
  priority?: number;

  @ApiProperty({ type: RuleMatchDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RuleMatchDto)
  match: RuleMatchDto;

  @ApiProperty({ enum: OWNER_CLASSES }) @IsIn(OWNER_CLASSES) classification: OwnerClass;
  @ApiPropertyOptional({ enum: CATEGORIES }) @IsOptional() @IsIn(CATEGORIES) category?: Category;
}

export class TestRuleDto {
  @ApiProperty({ type: CreateRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CreateRuleDto)
  rule: CreateRuleDto;

  @ApiProperty({ type: SyncEventDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SyncEventDto)
  event: SyncEventDto;
}
