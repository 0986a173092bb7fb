import { ApiProperty } from '@nestjs/swagger';

export class ReleaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '3.1.0' }) version: string;
  @ApiProperty({ format: 'date-time' }) deployedAt: string;
  @ApiProperty({ nullable: true, example: 'webshop-bc-items' }) integration: string | null;
  @ApiProperty({ nullable: true, example: null }) system: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class BusinessChangeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'myob' }) system: string;
  @ApiProperty({ nullable: true, example: null }) entity: string | null;
  @ApiProperty({ nullable: true, example: null }) integration: string | null;
  @ApiProperty({ example: 'Lock date moved to 31 October for month-end close' }) description: string;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
