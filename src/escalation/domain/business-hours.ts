import type { BusinessHours, CalendarDay } from '../../core/seam-config.types';

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** minutes since local midnight */
  minutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
// Intl formatters are expensive to build and this runs per escalation step: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // h23, not hour12:false: the latter prints midnight as "24" on some ICU versions
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(at: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
}

/** The wall-clock date, weekday and minute of an instant in a time zone (daylight saving included). */
export function localParts(at: Date, timeZone: string): LocalParts {
  const parts = wallClock(at, timeZone);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday],
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function offsetMinutes(at: Date, timeZone: string): number {
  const parts = wallClock(at, timeZone);
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  // the formatter drops milliseconds, so compare against the instant truncated to the second
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

const toMinutes = (hhmm: string): number => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours * 60 + (minutes || 0);
};

/**
 * The instant a local wall-clock time happens in a zone. The offset at the naive instant can be the
 * one from the other side of a daylight-saving change; a second correction settles it. A time the
 * change skips (02:30 when clocks jump 02:00 → 03:00) comes out shifted forward by the gap (03:30),
 * and a time that happens twice (02:30 when clocks fall back) comes out as its later occurrence.
 */
export function zonedTimeToUtc(date: string, hhmm: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const naive = Date.UTC(year, month - 1, day) + toMinutes(hhmm) * 60_000;
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  guess = naive - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** A holiday without a region closes every team; one with a region closes only that region's teams. */
function isHoliday(calendar: readonly CalendarDay[], date: string, region?: string): boolean {
  return calendar.some((day) => day.kind === 'holiday' && day.date === date && (!day.region || day.region === region));
}

/** Undefined hours mean a 24/7 team. */
export function isBusinessTime(
  hours: BusinessHours | undefined,
  calendar: readonly CalendarDay[],
  at: Date,
  region?: string,
): boolean {
  if (!hours) return true;
  const local = localParts(at, hours.timeZone);
  if (!hours.days.includes(local.weekday) || isHoliday(calendar, local.date, region)) return false;
  return local.minutes >= toMinutes(hours.start) && local.minutes < toMinutes(hours.end);
}

// Calendar arithmetic on local dates is done in UTC, where every day has 24 hours.
function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function weekdayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

const SEARCH_DAYS = 30;

/** `at` when it is business time already, else the next moment the team's business hours begin. */
export function nextBusinessStart(
  hours: BusinessHours | undefined,
  calendar: readonly CalendarDay[],
  at: Date,
  region?: string,
): Date {
  if (!hours || isBusinessTime(hours, calendar, at, region)) return at;
  const today = localParts(at, hours.timeZone).date;
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(today, offset);
    if (!hours.days.includes(weekdayOf(date)) || isHoliday(calendar, date, region)) continue;
    const start = zonedTimeToUtc(date, hours.start, hours.timeZone);
    if (start.getTime() > at.getTime()) return start;
  }
  // No business day within a month (no days configured, or a month of holidays): waiting longer
  // would bury the issue, so treat the team as reachable now rather than never.
  return at;
}

const HOUR = 3_600_000;

/**
 * The first whole hour from `at` on at which the team is out of hours (within 8 days), or undefined
 * for a team that never is (around the clock, or open every hour of every day).
 */
export function nextAfterHours(
  hours: BusinessHours | undefined,
  calendar: readonly CalendarDay[],
  at: Date,
  region?: string,
): Date | undefined {
  if (!hours) return undefined;
  for (let step = 0; step < 24 * 8; step++) {
    const candidate = new Date(at.getTime() + step * HOUR);
    if (!isBusinessTime(hours, calendar, candidate, region)) return candidate;
  }
  return undefined;
}
