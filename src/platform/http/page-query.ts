import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { stacked } from './validation';

/**
 * A listing's page size, 1 to 200 (50 when absent). Fields, not a base class: an inherited property comes
 * first in the OpenAPI schema, and limit and cursor stand last in every listing's query.
 */
export const PageLimit = (): PropertyDecorator =>
  stacked(
    ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(200),
  );

/** Where a listing's next page starts: the nextCursor of the page before, handed back as it came. */
export const PageCursor = (description?: string): PropertyDecorator =>
  stacked(ApiPropertyOptional(description ? { description } : {}), IsOptional(), IsString(), Length(1, 200));
