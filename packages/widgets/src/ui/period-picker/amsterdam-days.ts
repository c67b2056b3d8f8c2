/**
 * Calendar days as the care organisation counts them: in Europe/Amsterdam, whatever the time zone
 * of the device. A day is an ISO string "YYYY-MM-DD" (what `<input type="date">` holds), so days
 * compare as strings.
 */

import { TIME_ZONE } from '../../i18n/format.js';

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock fields in Amsterdam at `instant`. */
function wallClock(instant: number): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of clock.formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function parts(day: string): [number, number, number] {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return [year, month, date];
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whether `day` is a real calendar day written as "YYYY-MM-DD". */
export function isDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [year, month, date] = parts(day);
  return fromUtc(Date.UTC(year, month - 1, date)) === day;
}

/** The day it is in Amsterdam at `instant`. */
export function dayInAmsterdam(instant: Date): string {
  const { year = 0, month = 0, day = 0 } = wallClock(instant.getTime());
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `day` moved by `count` days. */
export function addDays(day: string, count: number): string {
  const [year, month, date] = parts(day);
  return fromUtc(Date.UTC(year, month - 1, date + count));
}

/** `day` moved by `count` months; the 31st becomes the last day of a shorter month. */
export function addMonths(day: string, count: number): string {
  const [year, month, date] = parts(day);
  const lastOfTarget = new Date(Date.UTC(year, month - 1 + count + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month - 1 + count, Math.min(date, lastOfTarget)));
}

/** The offset of Amsterdam from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number): number {
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = wallClock(instant);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The moment `day` starts (00:00) in Amsterdam. */
export function startOfDay(day: string): Date {
  const [year, month, date] = parts(day);
  const wall = Date.UTC(year, month - 1, date);
  const guess = wall - offsetAt(wall);
  // Near a change to or from summer time the offset at the guess may differ; one more step settles it.
  return new Date(wall - offsetAt(guess));
}
