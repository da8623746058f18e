// Dates as the reading commands use them: spans of instants, computed once when a dataset is
// compiled (see load/edtf.ts, which parses EDTF), and calendar dates typed on the command line.

/** The span of time an EDTF string can mean: earliest and latest instant (ms); open or unknown ends are ±Infinity. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
}

/** The span of a calendar date as people type it: 2024, 2024-07 or 2024-07-10; undefined if it is not one. */
export function calendarSpan(value: string): DateSpan | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year, month!))) return undefined;
  const start = utc(year, (month ?? 1) - 1, day ?? 1);
  const next =
    day !== undefined
      ? utc(year, month! - 1, day + 1)
      : month !== undefined
        ? utc(year, month, 1)
        : utc(year + 1, 0, 1);
  return { start, end: next - 1 };
}

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month, day);
}

function daysIn(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** How precise the start of a date is: 0 unknown or decade, 1 year, 2 month or season, 3 day. */
export function startPrecision(value: string): number {
  const start = value
    .replace(/^\[|\]$/g, '')
    .split('/')[0]!
    .replace(/[?~%]/g, '');
  if (start === '' || start === '..' || /X/.test(start.slice(0, 4))) return 0;
  return Math.min(3, start.replace(/^-/, '').split('-').length);
}

/** The ISO day (YYYY-MM-DD) of an instant, or '' when the instant is open or unknown. */
export function isoDay(instant: number): string {
  return Number.isFinite(instant) ? new Date(instant).toISOString().slice(0, 10) : '';
}
