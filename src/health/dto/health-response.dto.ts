import { ApiProperty } from '@nestjs/swagger';

export class HealthDto {
  @ApiProperty({
    enum: ['ok', 'degraded'],
    description: 'ok (200) when Postgres and the queue answer, else degraded (503)',
    example: 'ok',
  })
  status: string;
  @ApiProperty({ enum: ['up', 'down'], example: 'up' }) postgres: string;
  @ApiProperty({ enum: ['up', 'down'], required: false, description: 'with REDIS_URL', example: 'up' }) redis?: string;
  @ApiProperty({ enum: ['up', 'down'], required: false, description: 'without REDIS_URL (BullMQ on Postgres)' })
  queue?: string;
  @ApiProperty({ enum: ['redis', 'postgres'], example: 'redis' }) queueBackend: string;
}
