import { ApiProperty } from '@nestjs/swagger';
import { ReasonDto } from './reason.dto';

const CLASSES = ['defect', 'bad_source_data', 'process_change', 'needs_triage'];
const STATUSES = ['new', 'acknowledged', 'resolved', 'regressed'];

/** An issue as the list, the engineering queue and the actions return it. */
export class IssueDto {
  @ApiProperty({ format: 'uuid', example: '0146ba2a-aee9-40f8-8f26-accb37c62baa' }) id: string;
  @ApiProperty({ example: 'c287518e70d8838163948652ea21be58' }) fingerprint: string;
  @ApiProperty({ example: 'you may not record transactions before the lock date' }) title: string;
  @ApiProperty({ description: 'one sentence of what happened', example: '5 pos sales failed to sync to MYOB' })
  whatHappened: string;
  @ApiProperty({
    description: "the issue's page in the console, relative to PUBLIC_URL",
    example: '/console#/issue/0146',
  })
  consolePath: string;
  @ApiProperty({ example: 'You may not record transactions before the lock date' }) sampleMessage: string;
  @ApiProperty({ enum: CLASSES, example: 'process_change' }) classification: string;
  @ApiProperty({ example: 'period_locked' }) category: string;
  @ApiProperty({ example: 0.98 }) confidence: number;
  @ApiProperty({ description: "the owner team's slug", example: 'business' }) owner: string;
  @ApiProperty({ enum: STATUSES, example: 'new' }) status: string;
  @ApiProperty({ example: 'pos-myob-sales' }) integration: string;
  @ApiProperty({ nullable: true, example: 'pos' }) sourceSystem: string | null;
  @ApiProperty({ nullable: true, example: 'sale' }) sourceEntity: string | null;
  @ApiProperty({ nullable: true, example: 'myob' }) targetSystem: string | null;
  @ApiProperty({ nullable: true, example: 'sale' }) targetEntity: string | null;
  @ApiProperty({ nullable: true, example: null }) errorCode: string | null;
  @ApiProperty({ example: 5 }) occurrences: number;
  @ApiProperty({ example: 5 }) distinctRecords: number;
  @ApiProperty({ description: 'records whose latest sync still fails', example: 5 }) failingRecords: number;
  @ApiProperty({ format: 'date-time' }) firstSeenAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ nullable: true, example: '3.1.0' }) lastRelease: string | null;
  @ApiProperty({ example: false }) classifiedByHuman: boolean;
  @ApiProperty({ format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ nullable: true, example: null }) resolvedReason: string | null;
  @ApiProperty({ example: 0 }) regressions: number;
  @ApiProperty({ nullable: true, description: 'the escalation level reached', example: 0 }) escalationLevel:
    number | null;
  @ApiProperty({ nullable: true, description: 'the known issue it is labelled with', example: 'KI-7' }) knownIssue:
    string | null;
  @ApiProperty({ nullable: true, example: 'Raj' }) assignee: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, example: null }) drillId: string | null;
}

export class IssuePageDto {
  @ApiProperty({ type: [IssueDto] }) items: IssueDto[];
  @ApiProperty({
    nullable: true,
    description: 'pass as ?cursor= for the next page; null on the last',
    example: 'WyIyMDI2LTExLTMwVDA4OjE3OjAwLjIwOVoiXQ',
  })
  nextCursor: string | null;
}

export class IssueRecordDto {
  @ApiProperty({ example: 'pos' }) system: string;
  @ApiProperty({ example: 'sale' }) entity: string;
  @ApiProperty({ example: 'S-904' }) id: string;
  @ApiProperty({ nullable: true, description: "the record's name at the source", example: 'Harbour Foods Pty Ltd' })
  label: string | null;
  @ApiProperty({ nullable: true, example: 'https://pos.example/sales/S-904' }) url: string | null;
  @ApiProperty({ nullable: true }) targetId: string | null;
  @ApiProperty({ nullable: true }) targetUrl: string | null;
  @ApiProperty({ format: 'date-time' }) firstSeenAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ example: 1 }) count: number;
  @ApiProperty({ enum: ['failing', 'recovered'], example: 'failing' }) state: string;
  @ApiProperty({ format: 'date-time', nullable: true }) recoveredAt: string | null;
}

export class SampleEventDto {
  @ApiProperty({ example: '50' }) id: string;
  @ApiProperty({ example: 'evt-000123' }) eventId: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ nullable: true }) runId: string | null;
  @ApiProperty({ nullable: true }) release: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { system: 'pos', entity: 'sale', id: 'S-904' } })
  source: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { system: 'myob', entity: 'sale' } })
  target: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { message: 'You may not record transactions before the lock date' },
  })
  error: Record<string, unknown> | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'masked for roles the privacy settings do not show it to',
  })
  payload: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, example: 'create' }) operation: string | null;
}

export class TimelineEntryDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'the key name, or system', example: 'system' }) actor: string;
  @ApiProperty({ example: 'classified' }) action: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { to: 'process_change', category: 'period_locked' },
  })
  detail: Record<string, unknown>;
}

export class NearbyReleaseDto {
  @ApiProperty({ example: '3.1.0' }) version: string;
  @ApiProperty({ format: 'date-time' }) deployedAt: string;
  @ApiProperty({ nullable: true }) integration: string | null;
  @ApiProperty({ nullable: true }) system: string | null;
}

export class NearbyChangeDto {
  @ApiProperty({ example: 'myob' }) system: string;
  @ApiProperty({ nullable: true }) entity: string | null;
  @ApiProperty({ nullable: true }) integration: string | null;
  @ApiProperty({ example: 'Lock date moved to 31 October for month-end close' }) description: string;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
}

export class IssueDetailDto extends IssueDto {
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
  @ApiProperty({ type: [IssueRecordDto], description: 'the trace back to the source records' })
  records: IssueRecordDto[];
  @ApiProperty({ nullable: true, type: String, description: 'the rest of the records: GET /v1/issues/:id/records' })
  recordsNextCursor: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'what to do next: kind, text, retry, and the records, fields, change, release or owner it names',
    example: { kind: 'fix_at_source', text: 'Fix CUST-3310 at the source, then retry.', retry: false },
  })
  nextStep: Record<string, unknown>;
  @ApiProperty({ type: [SampleEventDto] }) sampleEvents: SampleEventDto[];
  @ApiProperty({ type: [String] }) runIds: string[];
  @ApiProperty({ type: [NearbyReleaseDto] }) releases: NearbyReleaseDto[];
  @ApiProperty({ type: [NearbyChangeDto] }) changes: NearbyChangeDto[];
  @ApiProperty({ type: [TimelineEntryDto] }) timeline: TimelineEntryDto[];
}

export class AssignedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, example: 'Raj' }) assignee: string | null;
}

export class KnownIssueLinkedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'KI-7' }) knownIssue: string;
}

export class RetryRequestedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [String], description: 'record ids sent to the retry URL', example: ['SO-1001'] })
  retried: string[];
  @ApiProperty({
    type: [String],
    description: 'records left out: unchanged at the source since they failed',
    example: [],
  })
  skipped: string[];
}
