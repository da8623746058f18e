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
  if (!Number.isFinite(instant)) return '';
  // The civil date of a day count (H. Hinnant's algorithm): what toISOString gives, without a Date.
  const z = Math.floor(instant / 86_400_000) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * m + 2) / 5) + 1;
  const month = m < 10 ? m + 3 : m - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Years outside 0–9999 are written with a sign and six digits: leave those to Date.
  if (year < 0 || year > 9999) return new Date(instant).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
