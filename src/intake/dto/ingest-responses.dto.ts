import { ApiProperty } from '@nestjs/swagger';

export class IngestResultDto {
  @ApiProperty({ description: 'events stored now', example: 2 }) accepted: number;
  @ApiProperty({ description: 'events stored before (same integration and eventId): not stored again', example: 0 })
  duplicates: number;
  @ApiProperty({
    type: [String],
    description: "Seam's id for the i-th event sent (for a duplicate, the id stored the first time)",
    example: ['101', '102'],
  })
  ids: string[];
}

export class FailedEventDto {
  @ApiProperty({ example: '4711' }) id: string;
  @ApiProperty({ example: 'evt-000123' }) eventId: string;
  @ApiProperty({ example: 'portal-netsuite-orders' }) integration: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time' }) failedAt: string;
  @ApiProperty({ description: 'the error of its last attempt', example: 'invalid input syntax for type json' })
  failure: string;
}

export class FailedEventListDto {
  @ApiProperty({ type: [FailedEventDto] }) items: FailedEventDto[];
}
