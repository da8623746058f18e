import { isoDay, type DateSpan } from './dates.js';

// Dates as windows, without the edtf package (slow to load; reading commands never do): how
// precise an EDTF date is, the span of each of its parts, when a window closes by Wikipedia's
// {{Update after}} rule (a year alone: the next 1 January; a year and month: the day after that
// month), and the ISO 8601 durations the dataset file gives windows in.

/** How precise a date is, as TSV, CSV and JSON say it. */
export const PRECISIONS = [
  'day',
  'month',
  'season',
  'year',
  'decade',
  'century',
  'millennium',
  'interval',
  'set',
] as const;
export type Precision = (typeof PRECISIONS)[number];

const DAY_MS = 86_400_000;

/** How precise an EDTF date is: day, month, season, year, decade, century, millennium, interval or set. */
export function datePrecision(value: string): Precision {
  const text = value.trim();
  if (/^[[{]/.test(text)) return 'set';
  if (text.includes('/')) return 'interval';
  const [year = '', month, day] = bare(text).replace(/^-/, '').split('-');
  if (day !== undefined) return !day.includes('X') ? 'day' : month?.includes('X') ? 'year' : 'month';
  if (month !== undefined) return month.includes('X') ? 'year' : Number(month) > 12 ? 'season' : 'month';
  const unspecified = (year.match(/X/g) ?? []).length;
  return (['year', 'decade', 'century', 'millennium'] as const)[Math.min(unspecified, 3)]!;
}

// A date without its qualifiers (? ~ %), its time of day and significant digits (S2).
function bare(part: string): string {
  return part.replace(/[?~%]/g, '').replace(/T.*$/, '').replace(/S\d+$/, '');
}

/**
 * The span of one date of EDTF's plain forms (not an interval): 2024, 2024-07, 2024-07-10, a
 * season or quarter (2024-21 to 2024-24, January–March to October–December, as the edtf package
 * reads them), unspecified digits (199X, 2024-XX), qualifiers ignored. undefined for other forms.
 */
export function partSpan(part: string): DateSpan | undefined {
  const match = /^(\d{4}|\d{3}X|\d{2}XX|\dXXX)(?:-(\d\d|XX)(?:-(\d\d|XX))?)?$/.exec(bare(part.trim()));
  if (!match) return undefined;
  const [, year = '', month, day] = match;
  const first = Number(year.replace(/X/g, '0'));
  const last = Number(year.replace(/X/g, '9'));
  if (month === undefined || month === 'XX') {
    return day !== undefined && day !== 'XX' ? undefined : span(utc(first, 0, 1), utc(last + 1, 0, 1));
  }
  const m = Number(month);
  if (m >= 21 && m <= 24) {
    if (day !== undefined) return undefined;
    const from = (m - 21) * 3;
    return span(utc(first, from, 1), utc(last, from + 3, 1));
  }
  if (m < 1 || m > 12) return undefined;
  if (day === undefined || day === 'XX') return span(utc(first, m - 1, 1), utc(last, m, 1));
  const d = Number(day);
  if (d < 1 || d > new Date(utc(first, m, 0)).getUTCDate()) return undefined;
  return span(utc(first, m - 1, d), utc(first, m - 1, d + 1));
}

function span(start: number, next: number): DateSpan {
  return { start, end: next - 1 };
}

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month, day);
}

/**
 * The first and last moments an EDTF date can mean, each undefined where that end is open (..),
 * unknown (empty) or of a form partSpan does not read. An interval's ends are its parts'; a set's
 * its first and last members'.
 */
export function dateEnds(value: string): { start?: number; end?: number } {
  const text = value.trim();
  const parts = /^[[{]/.test(text)
    ? text
        .slice(1, -1)
        .split(/,|\.\./)
        .filter((p) => p.trim() !== '')
    : text.split('/');
  const first = parts[0] === undefined || parts[0] === '..' ? undefined : partSpan(parts[0]);
  const lastPart = parts[parts.length - 1];
  const last = lastPart === undefined || lastPart === '..' ? undefined : partSpan(lastPart);
  return { ...(first ? { start: first.start } : {}), ...(last ? { end: last.end } : {}) };
}

/** The span of the first date of an EDTF value (an interval's start, a set's first member); undefined when open or unread. */
export function firstPartSpan(value: string): DateSpan | undefined {
  const text = value.trim().replace(/^[[{]/, '');
  const first = text.split(/[/,]|\.\./)[0];
  return first === undefined || first === '' ? undefined : partSpan(first);
}

/** The day after the last moment of a span: when a window that ends with it has passed ({{Update after}}). */
export function dayAfter(end: number): number {
  return Math.floor(end / DAY_MS) * DAY_MS + DAY_MS;
}

/** The first moment of the day an instant falls on. */
export function dayOf(instant: number): number {
  return Math.floor(instant / DAY_MS) * DAY_MS;
}

/** An ISO 8601 duration of whole years, months, weeks and days (P6M, P1Y6M, P90D). */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/** Reads an ISO 8601 duration of whole years, months, weeks and days; undefined when it is not one. */
export function parseDuration(value: string): Duration | undefined {
  const match = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(value);
  if (!match) return undefined;
  const [, y, m, w, d] = match.map((n) => Number(n ?? 0));
  return { years: y!, months: m!, days: w! * 7 + d! };
}

/**
 * An instant moved on by a duration, by the calendar: years and months first (the day of the
 * month kept, or the month's last day when it has fewer), then days.
 */
export function addDuration(instant: number, duration: Duration): number {
  const date = new Date(instant);
  const months = date.getUTCMonth() + duration.months + duration.years * 12;
  const year = date.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), new Date(utc(year, month + 1, 0)).getUTCDate());
  const moved = utc(year, month, day) + (instant - dayOf(instant));
  return moved + duration.days * DAY_MS;
}

/** A duration in words: "6 months", "1 year", "1 year 6 months", "90 days". */
export function durationText(duration: Duration): string {
  const parts = [
    counted(duration.years, 'year'),
    counted(duration.months, 'month'),
    counted(duration.days, 'day'),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'no time';
}

function counted(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How long from one instant to a later one, in whole months, else days: "22 months", "12 days", "today". */
export function elapsedText(from: number, to: number): string {
  const a = new Date(dayOf(from));
  const b = new Date(dayOf(to));
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  if (b.getUTCDate() < a.getUTCDate()) months--;
  if (months >= 1) return counted(months, 'month');
  const days = Math.round((b.getTime() - a.getTime()) / DAY_MS);
  return days <= 0 ? 'today' : counted(days, 'day');
}

/** Whole days from one instant to a later one (0 on the same day). */
export function daysBetween(from: number, to: number): number {
  return Math.round((dayOf(to) - dayOf(from)) / DAY_MS);
}

/** A day as a reader says when something began: "Feb 2025" for the first of a month, else "11 Mar 2025". */
export function sinceText(day: number): string {
  const iso = isoDay(day);
  const [year, month, date] = iso.split('-');
  const name = MONTHS[Number(month) - 1];
  return date === '01' ? `${name} ${year}` : `${Number(date)} ${name} ${year}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The words a plan's or a pending outcome's text can give its time in, by the dataset file's key. */
export const WINDOW_WORDS = {
  near_future: /\bnear future\b/i,
  coming_months: /\bcoming months\b/i,
  next_year: /\bnext year\b/i,
} as const;
export type WindowWords = keyof typeof WINDOW_WORDS;

/** The first of the window words a text uses (in the order of WINDOW_WORDS), with the words as written. */
export function windowWordsIn(texts: readonly string[]): { key: WindowWords; words: string } | undefined {
  for (const key of Object.keys(WINDOW_WORDS) as WindowWords[]) {
    for (const text of texts) {
      const found = WINDOW_WORDS[key].exec(text.replace(/\s+/g, ' '));
      if (found) return { key, words: found[0] };
    }
  }
  return undefined;
}
