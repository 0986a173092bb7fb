// seam.yaml as data: ownership keeps it, escalation, issues and the rest read it. Pure data: nothing here
// may import Nest, TypeORM, BullMQ or ioredis (domain-purity.spec.ts checks core/ and every /domain/ folder).
import type { Category, Classification, OwnerClass } from './classification.types';

export const CHANNEL_KINDS = ['webhook', 'slack', 'teams', 'email', 'jira'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** One way to reach a member (or a team's shared channel). */
export interface ContactChannel {
  id: string;
  kind: ChannelKind;
  /** URL for webhook/slack/teams/jira, address for email */
  target: string;
  /** when someone last confirmed the channel reaches a person (ISO), null = never */
  verifiedAt?: string | null;
  /** the last delivery attempt's outcome, null = never used */
  lastDelivery?: { at: string; ok: boolean; error?: string } | null;
}

export interface Member {
  id: string;
  name: string;
  timeZone?: string;
  /** away with no end (the old flag): skipped by escalation and flagged when a level still points at them */
  away?: boolean;
  /** dated absences; skipped by escalation while one is in force */
  awayPeriods?: AwayPeriod[];
  channels: ContactChannel[];
}

/** An absence: from (inclusive) until (exclusive), ISO date-times; no until is away until marked back. */
export interface AwayPeriod {
  from: string;
  until?: string;
  reason?: string;
}

/** A team's business hours in its own IANA time zone. days: ISO weekday numbers, 1 = Monday … 7 = Sunday. */
export interface BusinessHours {
  timeZone: string;
  days: number[];
  /** "HH:MM", local */
  start: string;
  /** "HH:MM", local, after start */
  end: string;
}

export const CALENDAR_KINDS = ['holiday', 'month_end_close', 'payment_run', 'freight_cutoff', 'other'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** A dated business event; holidays are not business days, the others raise urgency near them. */
export interface CalendarDay {
  /** YYYY-MM-DD, a local date in the team's time zone */
  date: string;
  kind: CalendarKind;
  name: string;
  /** region code (e.g. "AU-VIC"); when set it applies only to teams of that region */
  region?: string;
}

/** Who does what for a team, as the ownership document shows it. Values are member ids. */
export interface TeamRoles {
  firstResponse?: string[];
  decidesEscalation?: string[];
  talksToUsers?: string[];
  workaround?: string[];
}

/**
 * An on-call rotation: members take turns, handing off daily or weekly at a local time in the
 * rotation's time zone (default: the team's business-hours zone, else UTC). `start` is the local date
 * of the first hand-off, to members[0]; a weekly rotation hands off on that date's weekday.
 */
export interface Rotation {
  id: string;
  every: 'daily' | 'weekly';
  /** "HH:MM", local */
  handOffAt: string;
  /** YYYY-MM-DD, local */
  start: string;
  timeZone?: string;
  members: string[];
}

/** Someone else takes a rotation's turn from `from` until `until` (ISO date-times). */
export interface RotationOverride {
  rotation: string;
  member: string;
  from: string;
  until: string;
  reason?: string;
}

export interface TeamSchedule {
  rotations: Rotation[];
  overrides?: RotationOverride[];
}

export interface Team {
  slug: string;
  name: string;
  region?: string;
  members: Member[];
  /** shared channels of the team (e.g. a Slack channel) */
  channels?: ContactChannel[];
  businessHours?: BusinessHours;
  /** who answers out of hours: a member of this team, or another team's level-1 */
  afterHours?: { members?: string[]; team?: string };
  lead?: string;
  roles?: TeamRoles;
  /** on-call rotations, named in levels and after-hours cover as "oncall:<rotation id>" */
  schedule?: TeamSchedule;
}

/** How a level or after-hours cover names a rotation: "oncall:<rotation id>". */
export const ONCALL_PREFIX = 'oncall:';

/**
 * Recipients are member ids of the policy's team, or references: "team:<slug>" (that team's level-1
 * recipients), "lead" (the team lead), "channel:<id>" (a team channel), "oncall:<rotation id>" (whoever
 * is on call in that rotation of the policy's team when the level fires).
 */
export interface EscalationLevel {
  afterMinutes: number;
  notify: string[];
  /** used instead of notify outside the team's business hours; falls back to the team's afterHours cover */
  afterHours?: string[];
}

/** page now; wait for business hours; or only in the team's daily digest */
export type Urgency = 'page' | 'business_hours' | 'digest';

export interface EscalationPolicy {
  team: string;
  levels: EscalationLevel[];
  /** per class: page now, day or night, or wait for business hours */
  urgency: Partial<Record<Classification, Urgency>>;
  /** an issue touching at least this many records pages whatever its class */
  pageAtRecords?: number;
  /** calendar events within this many days make low-urgency issues page (default 1) */
  calendarWindowDays?: number;
  /** a drill passes when someone it reached acknowledges within this long of its first notice (default: last level + 15) */
  ackWithinMinutes?: number;
  /** when a drill of this policy last passed */
  lastDrillAt?: string | null;
}

/** A known issue: matching issues are labelled and do not notify until it expires. */
export interface KnownIssue {
  id: string;
  title: string;
  supportScript?: string;
  /** matches issues first seen after this release: the event's own release field, or the integration's deploy marker */
  release?: string;
  expiresAt: string;
  /** an issue affecting more records than this pages after all (default: the owner policy's pageAtRecords) */
  maxRecords?: number;
  match: {
    integration?: string;
    system?: string;
    classification?: OwnerClass;
    category?: Category;
    messageRegex?: string;
  };
}

/** When an issue's owner hears of it, per class. */
export interface NotifyThreshold {
  /** notify once the issue has this many failures within windowMinutes … */
  minFailures: number;
  windowMinutes: number;
  /** … or once its oldest still-failing record has failed for this long */
  orFailingForMinutes?: number;
}

export interface NoiseSettings {
  thresholds: Partial<Record<Classification, NotifyThreshold>>;
  /** transient categories resolved by the integration's own retry within this long never notify */
  transientGraceMinutes: number;
}

/** Everything seam.yaml holds. */
export interface SeamConfig {
  teams: Team[];
  routing: Array<{
    priority: number;
    classification?: string;
    category?: string;
    system?: string;
    entity?: string;
    integration?: string;
    team: string;
  }>;
  policies: EscalationPolicy[];
  calendar: CalendarDay[];
  knownIssues: KnownIssue[];
  noise: NoiseSettings;
  /** during the window, firstResponderTeam (default support) and engineeringTeam (default engineering) hear of every new issue state */
  /** payload fields masked (in payloads and in error messages) for roles not in visibleTo */
  privacy?: { sensitiveFields: string[]; visibleTo: string[] };
  /** where to ask an integration to re-sync records (POST, HMAC-signed when a secret is set) */
  /** expectedIntervalMinutes: silence longer than this opens an issue (0: never; absent: learned from its history) */
  integrations?: Array<{ integration: string; retryUrl?: string; expectedIntervalMinutes?: number }>;
  hypercare: Array<{
    integration: string;
    from: string;
    until: string;
    engineeringTeam?: string;
    firstResponderTeam?: string;
  }>;
}
