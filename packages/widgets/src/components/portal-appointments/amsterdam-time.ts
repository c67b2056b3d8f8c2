/**
 * Wall-clock times in Europe/Amsterdam, whatever the device's time zone: what a date and a time
 * field hold ("2026-03-29", "09:30") to and from the moment the API speaks in.
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
});

/** The day ("YYYY-MM-DD") and time ("HH:MM") in Amsterdam at a moment. */
export function wallTime(at: string | number): { day: string; time: string } {
  const f: Record<string, string> = {};
  for (const p of clock.formatToParts(new Date(at))) f[p.type] = p.value;
  return { day: `${f.year}-${f.month}-${f.day}`, time: `${f.hour}:${f.minute}` };
}

/** Amsterdam's offset from UTC at a moment, in milliseconds. */
function offsetAt(instant: number): number {
  const { day, time } = wallTime(instant);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, h, min) - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The moment a wall-clock time in Amsterdam names, or NaN for a malformed one. In the hour that
 * does not exist in spring the time counts as summer time (02:30 is 03:30).
 */
export function amsterdamMoment(day: string, time: string): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const clockTime = /^(\d{2}):(\d{2})$/.exec(time);
  if (!date || !clockTime) return NaN;
  const wall = Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +clockTime[1]!, +clockTime[2]!);
  // The offset at a first guess may be the other side of a change; one more step settles it.
  return wall - offsetAt(wall - offsetAt(wall));
}

/** `day` moved by `count` days. */
export function addDays(day: string, count: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + count)).toISOString().slice(0, 10);
}
