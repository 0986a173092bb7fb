import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../domain/permissions';

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid', example: '85ceaea5-412e-40b7-9cf0-20840765785d' }) id: string;
  @ApiProperty({ example: 'netsuite connector' }) name: string;
  @ApiProperty({ enum: ROLES, example: 'integration' }) role: string;
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'the integrations an integration key may post for; null: any',
    example: ['portal-netsuite-orders'],
  })
  integrations: string[] | null;
  @ApiProperty({ description: 'the key name that created it', example: 'bootstrap admin' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) lastUsedAt: string | null;
}

export class CreatedKeyDto {
  @ApiProperty({ format: 'uuid', example: 'd5a21575-8478-43d2-ba7e-7d64d989cccb' }) id: string;
  @ApiProperty({ example: 'netsuite connector' }) name: string;
  @ApiProperty({ enum: ROLES, example: 'integration' }) role: string;
  @ApiProperty({ type: [String], nullable: true, example: ['portal-netsuite-orders'] }) integrations: string[] | null;
  @ApiProperty({
    description: 'the key itself: shown in this answer only, stored as a hash',
    example: 'seam_k05meg8aoIzttxhQKFaABARKJxTgxQIajLhVsU7ZU5I',
  })
  key: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: [ApiKeyDto] }) items: ApiKeyDto[];
}
