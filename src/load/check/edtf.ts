import * as edtfModule from 'edtf';
import { startPrecision, type DateSpan } from '../../model/dates.js';
import { calendarProblem, notEdtf } from './calendar-check.js';

// The parser is the package's default export. Imported as an ES module that is the function;
// required from the CommonJS build (as the bundled CLI does), Node's interop nests it one
// level deeper.
type Parse = typeof edtfModule.default;
const edtf: Parse =
  typeof edtfModule.default === 'function'
    ? edtfModule.default
    : (edtfModule.default as unknown as { default: Parse }).default;

// EDTF parsing, for the check and compile stages only: the edtf package is slow to load and
// to run, so reading commands use the spans compiled from it.

/**
 * Why value is not a valid EDTF date, interval or set of real calendar dates, or undefined when it
 * is: the one check of a date, made by the schema (with the message it shows) and by edtfSpan.
 */
export function edtfProblem(value: string): string | undefined {
  const why = calendarProblem(value);
  if (why) return why;
  if (parseSpan(value)) return undefined;
  const ends = value.split('/');
  if (ends.length === 2 && ends.every((end) => /\d/.test(end) && parseSpan(end))) {
    return `${value} ends before it starts`;
  }
  return notEdtf(value);
}

/** True when value is a valid EDTF date, interval or set. */
export function isEdtf(value: string): boolean {
  return edtfProblem(value) === undefined;
}

/** Parses an EDTF string into its span, or returns undefined if it is not valid EDTF. */
export function edtfSpan(value: string): DateSpan | undefined {
  return calendarProblem(value) ? undefined : parseSpan(value);
}

// The span the edtf package gives a value (which must have passed calendarProblem).
function parseSpan(value: string): DateSpan | undefined {
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

/** A date with what ordering needs, parsed once. */
export interface SortableDate {
  readonly value: string;
  readonly span: DateSpan | undefined;
}

/**
 * Orders EDTF dates by their earliest possible instant. At the same instant a coarser date comes
 * first (2024 before 2024-01), and a single date before an interval starting with it (the May
 * incident before the responses dated "May to December").
 */
export function compareDates(a: SortableDate, b: SortableDate): number {
  const sa = a.span;
  const sb = b.span;
  if (!sa || !sb) return sa ? -1 : sb ? 1 : 0;
  return (
    order(sa.start, sb.start) ||
    startPrecision(a.value) - startPrecision(b.value) ||
    Number(a.value.includes('/')) - Number(b.value.includes('/')) ||
    order(sa.end, sb.end)
  );
}

/** compareDates for two EDTF strings (parses both: for tests and one-off comparisons). */
export function compareEdtf(a: string, b: string): number {
  return compareDates({ value: a, span: edtfSpan(a) }, { value: b, span: edtfSpan(b) });
}

function order(x: number, y: number): number {
  return x === y ? 0 : x < y ? -1 : 1;
}
