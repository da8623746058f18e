import edtf from 'edtf';

/** The span of time an EDTF string can mean: earliest and latest instant (ms); open or unknown ends are ±Infinity. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
}

/** Parses an EDTF string into its span, or returns undefined if it is not valid EDTF. */
export function edtfSpan(value: string): DateSpan | undefined {
  try {
    const parsed = edtf(value);
    const start = Number.isFinite(parsed.min) ? parsed.min : -Infinity;
    const end = Number.isFinite(parsed.max) ? parsed.max : Infinity;
    if (start === -Infinity && end === Infinity) return undefined;
    return { start, end };
  } catch {
    return undefined;
  }
}

/** True when value is a valid EDTF date, interval or set. */
export function isEdtf(value: string): boolean {
  return edtfSpan(value) !== undefined;
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

/**
 * Orders EDTF dates by their earliest possible instant. At the same instant a coarser date comes
 * first (2024 before 2024-01), and a single date before an interval starting with it (the May
 * incident before the responses dated "May to December").
 */
export function compareEdtf(a: string, b: string): number {
  const sa = edtfSpan(a);
  const sb = edtfSpan(b);
  if (!sa || !sb) return sa ? -1 : sb ? 1 : 0;
  return (
    order(sa.start, sb.start) ||
    startPrecision(a) - startPrecision(b) ||
    Number(a.includes('/')) - Number(b.includes('/')) ||
    order(sa.end, sb.end)
  );
}

function order(x: number, y: number): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

/** The ISO day (YYYY-MM-DD) of an instant, or '' when the instant is open or unknown. */
export function isoDay(instant: number): string {
  return Number.isFinite(instant) ? new Date(instant).toISOString().slice(0, 10) : '';
}
