import { IsIntegrationName } from '../../platform/http/integration-name.validator';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CATEGORIES, CLASSIFICATIONS, OWNER_CLASSES } from '../../core/classification.types';
import { IsRegex, IsTimeZone, stacked } from '../../platform/http/validation';
import { CALENDAR_KINDS, CHANNEL_KINDS } from '../../core/seam-config.types';

// seam.yaml, validated field by field: every error names its path ("teams.1.members.0.id must …").

const SLUG = /^[a-z0-9][a-z0-9_-]{0,59}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class ChannelDto {
  @Matches(ID, { message: 'id must be 1..100 letters, digits, _ . @ or -' })
  id: string;

  @IsIn(CHANNEL_KINDS, { message: `kind must be one of ${CHANNEL_KINDS.join(', ')}` })
  kind: (typeof CHANNEL_KINDS)[number];

  @IsString()
  @Length(1, 1000)
  target: string;

  /** HMAC secret for webhook channels */
  @IsOptional()
  @IsString()
  @Length(8, 200)
  secret?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'verifiedAt must be an ISO 8601 date-time' })
  verifiedAt?: string | null;

  /** the service's delivery history, as GET shows it: accepted so a read can be put back as-is, never imported */
  @IsOptional()
  @IsObject({ message: 'lastDelivery must be an object (it is ignored on import)' })
  lastDelivery?: unknown;
}

/** How an away period ends and why: the same in seam.yaml's awayPeriods as in POST …/members/:member/away. */
export const AwayUntil = (): PropertyDecorator =>
  stacked(IsOptional(), IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 date-time' }));
export const AwayReason = (): PropertyDecorator => stacked(IsOptional(), IsString(), MaxLength(200));

export class AwayPeriodDto {
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time' })
  from: string;

  @AwayUntil()
  until?: string;

  @AwayReason()
  reason?: string;
}

export class MemberDto {
  @Matches(ID, { message: 'id must be 1..100 letters, digits, _ . @ or -' })
  id: string;

  @IsString()
  @Length(1, 200)
  name: string;

  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @IsOptional()
  @IsBoolean()
  away?: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AwayPeriodDto)
  awayPeriods?: AwayPeriodDto[];

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChannelDto)
  channels: ChannelDto[] = [];
}

export class BusinessHoursDto {
  @IsTimeZone()
  timeZone: string;

  @IsArray()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true, message: 'days must be ISO weekdays 1 (Monday) to 7 (Sunday)' })
  days: number[];

  @Matches(HHMM, { message: 'start must be HH:MM' })
  start: string;

  @Matches(HHMM, { message: 'end must be HH:MM' })
  end: string;
}

export class AfterHoursDto {
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  members?: string[];

  @IsOptional()
  @Matches(SLUG, { message: 'team must be a team slug' })
  team?: string;
}

export class RolesDto {
  @IsOptional() @IsArray() @IsString({ each: true }) firstResponse?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) decidesEscalation?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) talksToUsers?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) workaround?: string[];
}

export class RotationDto {
  @Matches(ID, { message: 'id must be 1..100 letters, digits, _ . @ or -' })
  id: string;

  @IsIn(['daily', 'weekly'], { message: 'every must be daily or weekly' })
  every: 'daily' | 'weekly';

  @Matches(HHMM, { message: 'handOffAt must be HH:MM' })
  handOffAt: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'start must be YYYY-MM-DD (the local date of the first hand-off)' })
  start: string;

  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  members: string[];
}

export class RotationOverrideDto {
  @IsString() @Length(1, 100) rotation: string;
  @IsString() @Length(1, 100) member: string;
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time' }) from: string;
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 date-time' }) until: string;
  @IsOptional() @IsString() @MaxLength(200) reason?: string;
}

export class ScheduleDto {
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RotationDto)
  rotations: RotationDto[] = [];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RotationOverrideDto)
  overrides?: RotationOverrideDto[];
}

export class TeamDto {
  @Matches(SLUG, { message: 'slug must be 1..60 lower-case letters, digits, _ or -' })
  slug: string;

  @IsString()
  @Length(1, 200)
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  region?: string;

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MemberDto)
  members: MemberDto[] = [];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChannelDto)
  channels?: ChannelDto[];

  @IsOptional()
  @ValidateNested()
  @Type(() => BusinessHoursDto)
  businessHours?: BusinessHoursDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => AfterHoursDto)
  afterHours?: AfterHoursDto;

  @IsOptional()
  @IsString()
  lead?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => RolesDto)
  roles?: RolesDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule?: ScheduleDto;
}

export class RouteDto {
  @IsInt()
  @Min(0)
  priority: number;

  @IsOptional()
  @IsIn(CLASSIFICATIONS, { message: `classification must be one of ${CLASSIFICATIONS.join(', ')}` })
  classification?: string;
  @IsOptional() @IsIn(CATEGORIES, { message: 'category must be a known category' }) category?: string;
  @IsOptional() @IsString() @MaxLength(100) system?: string;
  @IsOptional() @IsString() @MaxLength(100) entity?: string;
  @IsOptional() @IsString() @MaxLength(100) integration?: string;

  @Matches(SLUG, { message: 'team must be a team slug' })
  team: string;
}

export class LevelDto {
  // fractions allowed: a drill or a test can run a whole chain in seconds
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'afterMinutes must be a number of minutes' })
  @Min(0)
  @Max(7 * 24 * 60)
  afterMinutes: number;

  @IsArray()
  @IsString({ each: true })
  notify: string[];

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  afterHours?: string[];
}

const URGENCIES = ['page', 'business_hours', 'digest'] as const;
export class UrgencyDto {
  @IsOptional() @IsIn(URGENCIES) defect?: (typeof URGENCIES)[number];
  @IsOptional() @IsIn(URGENCIES) bad_source_data?: (typeof URGENCIES)[number];
  @IsOptional() @IsIn(URGENCIES) process_change?: (typeof URGENCIES)[number];
  @IsOptional() @IsIn(URGENCIES) needs_triage?: (typeof URGENCIES)[number];
}

export class PolicyDto {
  @Matches(SLUG, { message: 'team must be a team slug' })
  team: string;

  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LevelDto)
  levels: LevelDto[];

  @ValidateNested()
  @Type(() => UrgencyDto)
  urgency: UrgencyDto = new UrgencyDto();

  @IsOptional() @IsInt() @Min(1) pageAtRecords?: number;
  @IsOptional() @IsInt() @Min(0) @Max(31) calendarWindowDays?: number;
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'ackWithinMinutes must be a number of minutes' })
  @Min(0.01)
  @Max(24 * 60)
  ackWithinMinutes?: number;
  @IsOptional() @IsISO8601({ strict: true }) lastDrillAt?: string | null;
}

export class CalendarDayDto {
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @IsIn(CALENDAR_KINDS, { message: `kind must be one of ${CALENDAR_KINDS.join(', ')}` })
  kind: (typeof CALENDAR_KINDS)[number];

  @IsString() @Length(1, 200) name: string;
  @IsOptional() @IsString() @MaxLength(40) region?: string;
}

export class KnownIssueMatchDto {
  @IsOptional() @IsString() integration?: string;
  @IsOptional() @IsString() system?: string;
  @IsOptional() @IsIn(OWNER_CLASSES) classification?: (typeof OWNER_CLASSES)[number];
  @IsOptional() @IsIn(CATEGORIES) category?: (typeof CATEGORIES)[number];
  @IsOptional() @IsString() @MaxLength(500) @IsRegex() messageRegex?: string;
}

export class KnownIssueDto {
  @Matches(ID, { message: 'id must be 1..100 letters, digits, _ . @ or -' })
  id: string;

  @IsString() @Length(1, 300) title: string;
  @IsOptional() @IsString() @MaxLength(20_000) supportScript?: string;
  @IsOptional() @IsString() @MaxLength(100) release?: string;
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date-time' }) expiresAt: string;
  /** past this many affected records a matching issue pages after all (default: the owner's pageAtRecords) */
  @IsOptional() @IsInt() @Min(1) @Max(10_000_000) maxRecords?: number;

  @ValidateNested()
  @Type(() => KnownIssueMatchDto)
  match: KnownIssueMatchDto;
}

export class ThresholdDto {
  @IsInt() @Min(1) minFailures: number;
  @IsInt() @Min(1) windowMinutes: number;
  @IsOptional() @IsInt() @Min(1) orFailingForMinutes?: number;
}

export class ThresholdsDto {
  @IsOptional() @ValidateNested() @Type(() => ThresholdDto) defect?: ThresholdDto;
  @IsOptional() @ValidateNested() @Type(() => ThresholdDto) bad_source_data?: ThresholdDto;
  @IsOptional() @ValidateNested() @Type(() => ThresholdDto) process_change?: ThresholdDto;
  @IsOptional() @ValidateNested() @Type(() => ThresholdDto) needs_triage?: ThresholdDto;
}

export class NoiseDto {
  @ValidateNested() @Type(() => ThresholdsDto) thresholds: ThresholdsDto = new ThresholdsDto();
  @IsInt() @Min(0) @Max(24 * 60) transientGraceMinutes = 10;
}

export class HypercareDto {
  @IsString() @Length(1, 100) integration: string;
  @IsISO8601({ strict: true }) from: string;
  @IsISO8601({ strict: true }) until: string;
  @IsOptional() @Matches(SLUG) engineeringTeam?: string;
  @IsOptional() @Matches(SLUG) firstResponderTeam?: string;
}

export class PrivacyDto {
  @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) sensitiveFields: string[] = [];
  @IsArray()
  @IsIn(['integration', 'support', 'engineering', 'business', 'admin'], {
    each: true,
    message: 'visibleTo must list roles: integration, support, engineering, business, admin',
  })
  visibleTo: string[] = ['support', 'admin'];
}

export class IntegrationDto {
  @IsString() @Length(1, 100) @IsIntegrationName() integration: string;
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'retryUrl must be an http(s) URL' })
  @MaxLength(1000)
  retryUrl?: string;
  /** silence longer than this opens an integration_silent issue; 0 turns the check off; absent: learned from its history */
  @IsOptional()
  @IsInt({ message: 'expectedIntervalMinutes must be a whole number of minutes' })
  @Min(0)
  @Max(43_200, { message: 'expectedIntervalMinutes must not be more than 43200 (30 days)' })
  expectedIntervalMinutes?: number;
  /** signs retry calls */
  @IsOptional() @IsString() @Length(8, 200) secret?: string;
  /** secrets the integration signs its webhooks with (X-Seam-Signature); two during a rotation; [] removes them */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2, { message: 'signingSecrets may hold at most 2 secrets (old and new, while rotating)' })
  @IsString({ each: true })
  @Length(16, 200, { each: true, message: 'each signing secret must be 16..200 characters' })
  signingSecrets?: string[];
}

export class SeamConfigDto {
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => TeamDto) teams: TeamDto[] = [];
  @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => RouteDto) routing: RouteDto[] = [];
  @IsArray() @ValidateNested({ each: true }) @Type(() => PolicyDto) policies: PolicyDto[] = [];
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  calendar: CalendarDayDto[] = [];
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => KnownIssueDto)
  knownIssues: KnownIssueDto[] = [];
  @ValidateNested() @Type(() => NoiseDto) noise: NoiseDto = new NoiseDto();
  @IsArray() @ValidateNested({ each: true }) @Type(() => HypercareDto) hypercare: HypercareDto[] = [];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => IntegrationDto)
  integrations?: IntegrationDto[];
  @IsOptional() @ValidateNested() @Type(() => PrivacyDto) privacy?: PrivacyDto;
}
