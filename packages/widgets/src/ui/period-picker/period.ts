import { msg, str } from '@lit/localize';
import { TIME_ZONE } from '../../i18n/format.js';
import { addDays, addMonths, isDay, startOfDay } from './amsterdam-days.js';

/** The choices of the period picker, in the order shown; the one list for types, stories and tests. */
export const PERIOD_PRESETS = ['last-7-days', 'last-month', 'last-year', 'custom'] as const;

/** A choice of the period picker. */
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A period as whole days in Amsterdam, both included ("YYYY-MM-DD"). */
export interface DayRange {
  /** The first day. */
  fromDay: string;
  /** The last day (included). */
  toDay: string;
}

/** A chosen period: moments for the API, days for people. */
export interface Period extends DayRange {
  /** The start of the first day in Amsterdam (included). */
  from: Date;
  /** The start of the day after the last day in Amsterdam (not included), as the API's `to`. */
  to: Date;
  /** The choice that made this period. */
  preset: PeriodPreset;
}

/** The earliest day the custom period accepts. */
export const EARLIEST_DAY = '1900-01-01';

/** The label of a choice, in the current locale. */
export function presetLabel(preset: PeriodPreset): string {
  switch (preset) {
    case 'last-7-days':
      return msg('Laatste 7 dagen', { id: 'ui.period.last7Days' });
    case 'last-month':
      return msg('Laatste maand', { id: 'ui.period.lastMonth' });
    case 'last-year':
      return msg('Laatste jaar', { id: 'ui.period.lastYear' });
    case 'custom':
      return msg('Periode kiezen…', { id: 'ui.period.custom' });
  }
}

/**
 * The days of a preset ending `today`, today included: seven days, or one month or one year back
 * to the day after the same date (15 March: 16 February to 15 March).
 */
export function presetDays(preset: Exclude<PeriodPreset, 'custom'>, today: string): DayRange {
  const months = preset === 'last-year' ? 12 : 1;
  const fromDay =
    preset === 'last-7-days' ? addDays(today, -6) : addDays(addMonths(today, -months), 1);
  return { fromDay, toDay: today };
}

/** The period for `days` chosen through `preset`. */
export function periodOf(days: DayRange, preset: PeriodPreset): Period {
  return {
    ...days,
    from: startOfDay(days.fromDay),
    to: startOfDay(addDays(days.toDay, 1)),
    preset,
  };
}

/** What is wrong with the days of a custom period, per field; empty when it is fine. */
export interface DayProblems {
  /** The message for the first day. */
  from?: string;
  /** The message for the last day. */
  to?: string;
}

function dayProblem(day: string, today: string, which: 'from' | 'to'): string | undefined {
  if (!isDay(day)) {
    return which === 'from'
      ? msg('Vul een begindatum in.', { id: 'ui.period.fromMissing' })
      : msg('Vul een einddatum in.', { id: 'ui.period.toMissing' });
  }
  if (day > today) {
    return msg('Deze datum ligt in de toekomst. Kies vandaag of eerder.', {
      id: 'ui.period.future',
    });
  }
  if (day < EARLIEST_DAY) {
    return msg(str`Kies een datum vanaf ${EARLIEST_DAY.slice(0, 4)}.`, {
      id: 'ui.period.tooEarly',
    });
  }
  return undefined;
}

/** Checks a custom period: both days real, not in the future, and the last not before the first. */
export function checkDays({ fromDay, toDay }: DayRange, today: string): DayProblems {
  const problems: DayProblems = {};
  const from = dayProblem(fromDay, today, 'from');
  const to = dayProblem(toDay, today, 'to');
  if (from) problems.from = from;
  if (to) problems.to = to;
  if (!from && !to && toDay < fromDay) {
    problems.to = msg('De einddatum ligt vóór de begindatum.', { id: 'ui.period.toBeforeFrom' });
  }
  return problems;
}

/** The days of `range` for people to read ("16 februari – 15 maart 2025") in `locale`. */
export function formatDayRange(range: DayRange, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return format.formatRange(startOfDay(range.fromDay), startOfDay(range.toDay));
}
