import { currentLocale } from './localization.js';

/** Every date and time is shown as in the Netherlands, wherever the browser is. */
export const TIME_ZONE = 'Europe/Amsterdam';

const tag = () => (currentLocale() === 'en' ? 'en-GB' : 'nl-NL');
const toDate = (value: string | number | Date) => (value instanceof Date ? value : new Date(value));

/** `14:00`. */
export function formatTime(value: string | number | Date): string {
  return new Intl.DateTimeFormat(tag(), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(toDate(value));
}

/** `vrijdag 20 november 2026` / `Friday, 20 November 2026`. */
export function formatDate(value: string | number | Date): string {
  return new Intl.DateTimeFormat(tag(), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(toDate(value));
}

/** `20 nov. 2026, 14:00`. */
export function formatDateTime(value: string | number | Date): string {
  return new Intl.DateTimeFormat(tag(), {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(toDate(value));
}

/** Whether two moments fall on the same day in the Netherlands. */
export function sameDay(a: string | number | Date, b: string | number | Date): boolean {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return day.format(toDate(a)) === day.format(toDate(b));
}

/** A number with the locale's decimal comma or point. */
export function formatNumber(value: number, decimals = 0): string {
  return new Intl.NumberFormat(tag(), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** `20 nov.` / `20 Nov`: a day on a chart's time axis. */
export function formatShortDate(value: string | number | Date): string {
  return new Intl.DateTimeFormat(tag(), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
  }).format(toDate(value));
}
