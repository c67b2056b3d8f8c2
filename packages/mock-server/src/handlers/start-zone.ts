/** The organisation's time zone: the portal's days, hours and sync window are local time there. */
export const TIME_ZONE = 'Europe/Amsterdam';

const HOUR = 3_600_000;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** A wall-clock time in the organisation's zone (month 1–12). */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in Europe/Amsterdam at a moment. */
export function localTime(ms: number): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function offsetAt(ms: number): number {
  const t = localTime(ms);
  const whole = Math.floor(ms / 1000) * 1000;
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - whole;
}

/**
 * The moment of a local wall-clock time. Days past the month's end roll over (Date.UTC does), so
 * `day + 7` is a week later at the same local time, also across a DST change.
 */
export function fromLocal(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC can be an hour off near a DST change; the second
  // look at the offset of the first guess settles it.
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}

/** Local midnight of the day `ms` falls on, plus `days` days. */
export function startOfLocalDay(ms: number, days = 0): number {
  const t = localTime(ms);
  return fromLocal(t.year, t.month, t.day + days);
}

/** The first and the last synchronisation of a day, local hours ("06:00" to "24:00"). */
export const SYNC_WINDOW = { start: 6, end: 24 } as const;

const isSyncHour = (hour: number) => hour === 0 || hour >= SYNC_WINDOW.start;

/**
 * The latest sync at or before `now` and the next one after it. Syncs run on the local hour, and
 * Amsterdam's offset is a whole number of hours, so every sync falls on a UTC hour too: walking
 * UTC hours and asking Intl for the local hour is DST-correct (a 23- or 25-hour day just has one
 * hour fewer or more before the window opens).
 */
export function syncTimes(now: number): { last: number; next: number } {
  const hour = Math.floor(now / HOUR) * HOUR;
  let last = hour;
  while (!isSyncHour(localTime(last).hour)) last -= HOUR;
  let next = hour + HOUR;
  while (!isSyncHour(localTime(next).hour)) next += HOUR;
  return { last, next };
}
