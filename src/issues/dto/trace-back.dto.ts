import { ApiProperty } from '@nestjs/swagger';

export class TraceBackRecordDto {
  @ApiProperty() system: string;
  @ApiProperty() entity: string;
  @ApiProperty({ description: 'the source record id' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: "the record's name at the source" }) label: string | null;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ nullable: true, type: String }) targetUrl: string | null;
  @ApiProperty() firstSeenAt: string;
  @ApiProperty() lastSeenAt: string;
  @ApiProperty({ description: 'failures of this record in the issue' }) count: number;
  @ApiProperty({ enum: ['failing', 'recovered'] }) state: string;
  @ApiProperty({ nullable: true, type: String }) recoveredAt: string | null;
}

export class TraceBackPageDto {
  @ApiProperty({ type: [TraceBackRecordDto] }) items: TraceBackRecordDto[];
  @ApiProperty({ nullable: true, type: String, description: 'pass as cursor for the next page' }) nextCursor:
    string | null;
}
