// The time axis of `timeline --chart`: time left to right in a given number of columns. Only the
// years in which some event starts or ends get columns, more for a year whose events are dated to
// the month; the years between them are left out, and the axis breaks there (1990 ┊ 2019 ┊ 2024),
// so that thirty quiet years do not squeeze a busy one into a single column.

/** Where instants fall on a chart's columns, and the labels under them. */
export interface Axis {
  readonly width: number;
  /** The column (0 … width - 1) of a finite instant. */
  column(instant: number): number;
  /** Labels for the line under the chart: a column and its text (years, and months where there is room). */
  readonly labels: readonly (readonly [number, string])[];
  /** The columns where left-out years are (an axis break): first column and width. */
  readonly breaks: readonly (readonly [number, number])[];
}

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly x: number;
  readonly width: number;
  readonly label: string;
}

const MIN_YEAR = 5; // "2024" and a space
const BREAK = 2;
const DETAILED = 6; // a year with dates to the month weighs as six without
const MONTHS = ['Apr', 'Jul', 'Oct'];

/** An axis over the years of the instants (finite ones), fitted to width; detailed: years with month or day dates. */
export function timeAxis(instants: readonly number[], detailed: ReadonlySet<number>, width: number): Axis {
  const years = [...new Set(instants.filter(Number.isFinite).map(yearOf))].sort((a, b) => a - b);
  if (years.length === 0) return { width, column: () => 0, labels: [], breaks: [] };
  const gaps = years.filter((year, i) => i > 0 && year > years[i - 1]! + 1).length;
  const roomy = width >= years.length * MIN_YEAR + gaps * BREAK;
  const fits = width >= years.length + gaps;
  const segments = fits
    ? yearSegments(years, detailed, width, roomy ? MIN_YEAR : 1, roomy ? BREAK : gaps > 0 ? 1 : 0)
    : // Narrower than a column a year: one linear scale from the first year to the last.
      [{ ...yearSpan(years[0]!, years.at(-1)!), x: 0, width, label: String(years[0]) }];
  const breaks = segments.slice(1).flatMap((s, i) => {
    const before = segments[i]!;
    const gap = s.x - (before.x + before.width);
    return gap > 0 ? [[before.x + before.width, gap] as const] : [];
  });
  const column = (instant: number): number => {
    const at = segments.find((s) => instant >= s.from && instant <= s.to);
    if (at)
      return (
        at.x + Math.min(at.width - 1, Math.floor(((instant - at.from) / (at.to - at.from + 1)) * at.width))
      );
    const before = segments.filter((s) => s.to < instant).at(-1);
    return before ? Math.min(width - 1, before.x + before.width) : 0;
  };
  return { width, column, labels: labelsOf(segments, column, width), breaks };
}

// Each year its columns: at least least, the rest shared by weight (largest remainders first).
function yearSegments(
  years: readonly number[],
  detailed: ReadonlySet<number>,
  width: number,
  least: number,
  gap: number,
): Segment[] {
  const gaps = years.filter((year, i) => i > 0 && year > years[i - 1]! + 1).length;
  const spare = width - years.length * least - gaps * gap;
  const weights = years.map((year) => (detailed.has(year) ? DETAILED : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (spare * w) / total);
  const widths = shares.map((share) => least + Math.floor(share));
  let left = width - gaps * gap - widths.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((share, i) => [share - Math.floor(share), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) if (left-- > 0) widths[i]! += 1;
  const segments: Segment[] = [];
  let x = 0;
  years.forEach((year, i) => {
    if (i > 0 && year > years[i - 1]! + 1) x += gap;
    segments.push({ ...yearSpan(year, year), x, width: widths[i]!, label: String(year) });
    x += widths[i]!;
  });
  return segments;
}

// Year labels at each segment's start; in a segment wide enough, Apr, Jul and Oct too. A label
// that would touch the one before it is left out.
function labelsOf(
  segments: readonly Segment[],
  column: (instant: number) => number,
  width: number,
): [number, string][] {
  const wanted: [number, string][] = [];
  for (const s of segments) {
    wanted.push([s.x, s.label]);
    if (s.width < 24 || s.to - s.from > YEAR_MS) continue;
    const year = yearOf(s.from);
    MONTHS.forEach((month, i) => wanted.push([column(utc(year, 3 + 3 * i)), month]));
  }
  const placed: [number, string][] = [];
  let free = 0;
  for (const [x, text] of wanted) {
    if (x < free || x + text.length > width) continue;
    placed.push([x, text]);
    free = x + text.length + 1;
  }
  return placed;
}

const YEAR_MS = 366 * 86_400_000;

function yearSpan(first: number, last: number): { from: number; to: number } {
  return { from: utc(first, 0), to: utc(last + 1, 0) - 1 };
}

function yearOf(instant: number): number {
  return new Date(instant).getUTCFullYear();
}

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
function utc(year: number, month: number): number {
  return new Date(0).setUTCFullYear(year, month, 1);
}
