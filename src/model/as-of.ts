import { UsageError } from '../errors.js';
import { calendarSpan, isoDay } from './dates.js';

// The date an answer is as of: --as-of, else the dataset file's settings.as_of, else today. A
// year or a month stands for its last day (--as-of 2024 is 31 December 2024).

/** The date answers are as of. */
export interface AsOf {
  /** The day, YYYY-MM-DD. */
  readonly day: string;
  /** The last moment of that day (ms): what is dated later is after it. */
  readonly end: number;
  /** Where it comes from: --as-of, the dataset file, or the clock (today). */
  readonly origin: 'flag' | 'dataset' | 'today';
}

/** Where the as-of date may come from, most binding first. */
export interface AsOfInputs {
  /** --as-of, as typed. */
  readonly flag?: string | undefined;
  /** The dataset file's settings.as_of (already checked as a calendar date). */
  readonly setting?: string | undefined;
  /** Today, YYYY-MM-DD: CAR_BRIEF_TODAY when set (tests, reproducible runs), else the clock's local date. */
  readonly today: string;
}

/** The as-of date of a run; a --as-of that is not a calendar date is a usage error (exit 2). */
export function resolveAsOf(inputs: AsOfInputs): AsOf {
  if (inputs.flag !== undefined) return asOfDay(inputs.flag, 'flag', '--as-of');
  if (inputs.setting !== undefined) return asOfDay(inputs.setting, 'dataset', 'settings.as_of');
  return asOfDay(inputs.today, 'today', 'today');
}

function asOfDay(value: string, origin: AsOf['origin'], what: string): AsOf {
  const span = calendarSpan(value.trim());
  if (!span) throw new UsageError(`${what} ${value}: give a date as 2024, 2024-07 or 2024-07-10`);
  return { day: isoDay(span.end), end: span.end, origin };
}

/**
 * Today as YYYY-MM-DD: CAR_BRIEF_TODAY when set (a day, for tests and runs that must not change
 * with the date), else the local date of the clock.
 */
export function todayOf(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const given = env.CAR_BRIEF_TODAY;
  if (given !== undefined && given !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || !calendarSpan(given)) {
      throw new UsageError(`CAR_BRIEF_TODAY ${given}: give a day as 2026-12-07`);
    }
    return given;
  }
  const date = now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
