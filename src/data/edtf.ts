import edtf from 'edtf';

/** The span of time an EDTF string can mean: earliest and latest instant (ms), end may be open. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
}

/** Parses an EDTF string into its span, or returns undefined if it is not valid EDTF. */
export function edtfSpan(value: string): DateSpan | undefined {
  try {
    const parsed = edtf(value);
    const start = parsed.min;
    const end = parsed.max;
    if (!Number.isFinite(start) && !Number.isFinite(end)) return undefined;
    return { start, end };
  } catch {
    return undefined;
  }
}

/** True when value is a valid EDTF date, interval or set. */
export function isEdtf(value: string): boolean {
  return edtfSpan(value) !== undefined;
}

/** Orders EDTF dates by their earliest possible instant; a less precise date sorts before the precise ones inside it. */
export function compareEdtf(a: string, b: string): number {
  const sa = edtfSpan(a);
  const sb = edtfSpan(b);
  if (!sa || !sb) return sa ? -1 : sb ? 1 : 0;
  if (sa.start !== sb.start) return sa.start - sb.start;
  return sb.end - sa.end;
}

/** The ISO day (YYYY-MM-DD) of an instant, or '' when the instant is open or unknown. */
export function isoDay(instant: number): string {
  return Number.isFinite(instant) ? new Date(instant).toISOString().slice(0, 10) : '';
}
